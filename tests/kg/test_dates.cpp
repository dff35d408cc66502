#include "evkg/kg/dates.hpp"

#include <catch2/catch.hpp>

using namespace evkg;
using namespace evkg::kg;

namespace {

ast::date_point day(int y, int m = 0, int d = 0) {
    ast::calendar_date c;
    c.year = y, c.month = m, c.day = d;
    return ast::date_point(c);
}
ast::date_point relative(std::string word) {
    ast::relative_day r;
    r.word = std::move(word);
    return ast::date_point(r);
}

// 2024-07-30, the seed report's publication date, was a Tuesday.
constexpr civil_date tuesday_report{2024, 7, 30};

} // namespace

TEST_CASE("the seed publication date is a Tuesday", "[dates]") {
    CHECK(weekday(tuesday_report) == 1);
    CHECK(weekday({1970, 1, 1}) == 3);
    CHECK(weekday({2000, 2, 29}) == 1);
}

TEST_CASE("relative days resolve against a Tuesday publication date", "[dates]") {
    struct row {
        char const* word;
        civil_date earliest;
        civil_date latest;
        date_precision precision;
    };
    auto const r = GENERATE(values<row>({
        {"tuesday", {2024, 7, 30}, {2024, 7, 30}, date_precision::day},
        {"today", {2024, 7, 30}, {2024, 7, 30}, date_precision::day},
        {"yesterday", {2024, 7, 29}, {2024, 7, 29}, date_precision::day},
        {"monday", {2024, 7, 29}, {2024, 7, 29}, date_precision::day},
        {"wednesday", {2024, 7, 24}, {2024, 7, 24}, date_precision::day},
        {"saturday", {2024, 7, 27}, {2024, 7, 27}, date_precision::day},
        {"sunday", {2024, 7, 28}, {2024, 7, 28}, date_precision::day},
        {"weekend", {2024, 7, 27}, {2024, 7, 28}, date_precision::range},
    }));
    CAPTURE(r.word);
    std::string error;
    auto span = resolve_date_point(relative(r.word), tuesday_report, error);
    REQUIRE(span);
    CHECK(span->earliest == r.earliest);
    CHECK(span->latest == r.latest);
    CHECK(span->precision == r.precision);
    CHECK(span->relative);
    CHECK(span->lexical == (r.precision == date_precision::day ? iso_date(r.earliest) : ""));
}

TEST_CASE("a weekend on a Sunday is that weekend; on a Saturday the one before", "[dates]") {
    std::string error;
    auto on_sunday = resolve_date_point(relative("weekend"), civil_date{2024, 7, 28}, error);
    REQUIRE(on_sunday);
    CHECK(on_sunday->earliest == civil_date{2024, 7, 27});
    auto on_saturday = resolve_date_point(relative("weekend"), civil_date{2024, 7, 27}, error);
    REQUIRE(on_saturday);
    CHECK(on_saturday->latest == civil_date{2024, 7, 21});
}

TEST_CASE("ranges run from the first day of the start to the last day of the end", "[dates]") {
    ast::date_expression e;
    e.from = relative("thursday");
    e.to = relative("saturday");
    std::string error;
    auto span = resolve_date_expression(e, tuesday_report, error);
    REQUIRE(span);
    CHECK(span->earliest == civil_date{2024, 7, 25});
    CHECK(span->latest == civil_date{2024, 7, 27});
    CHECK(span->precision == date_precision::range);
    CHECK(span->lexical.empty());
    CHECK(spell_date_expression(e) == "thursday .. saturday");

    ast::date_expression months;
    months.from = day(2024, 2);
    months.to = day(2024, 3);
    auto m = resolve_date_expression(months, std::nullopt, error);
    REQUIRE(m);
    CHECK(m->earliest == civil_date{2024, 2, 1});
    CHECK(m->latest == civil_date{2024, 3, 31});
    CHECK_FALSE(m->relative);

    ast::date_expression backwards;
    backwards.from = day(2024, 7, 30);
    backwards.to = day(2024, 7, 1);
    CHECK_FALSE(resolve_date_expression(backwards, std::nullopt, error));
    CHECK(error.find("before it starts") != std::string::npos);
}

TEST_CASE("month and year precision keep their own datatype", "[dates]") {
    std::string error;
    auto year = resolve_date_point(day(2020), std::nullopt, error);
    REQUIRE(year);
    CHECK(year->precision == date_precision::year);
    CHECK(year->earliest == civil_date{2020, 1, 1});
    CHECK(year->latest == civil_date{2020, 12, 31});
    CHECK(year->lexical == "2020");
    CHECK(year->xsd_type == "gYear");

    auto month = resolve_date_point(day(2024, 2), std::nullopt, error);
    REQUIRE(month);
    CHECK(month->precision == date_precision::month);
    CHECK(month->latest == civil_date{2024, 2, 29});
    CHECK(month->lexical == "2024-02");
    CHECK(month->xsd_type == "gYearMonth");

    auto full = resolve_date_point(day(2024, 7, 30), std::nullopt, error);
    REQUIRE(full);
    CHECK(full->lexical == "2024-07-30");
    CHECK(full->xsd_type == "date");
}

TEST_CASE("impossible dates are rejected", "[dates]") {
    auto const bad = GENERATE(values<std::array<int, 3>>(
        {{2024, 2, 30}, {2023, 2, 29}, {2023, 13, 1}, {2024, 4, 31}, {0, 1, 1}, {2024, 0, 5}}));
    CAPTURE(bad[0], bad[1], bad[2]);
    std::string error;
    CHECK_FALSE(resolve_date_point(day(bad[0], bad[1], bad[2]), std::nullopt, error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("a relative date needs a publication date", "[dates]") {
    std::string error;
    CHECK_FALSE(resolve_date_point(relative("monday"), std::nullopt, error));
    CHECK(error.find("published") != std::string::npos);
    CHECK_FALSE(resolve_date_point(relative("someday"), tuesday_report, error));
}

TEST_CASE("day arithmetic round-trips across leap years", "[dates]") {
    for (long d = -800000; d < 800000; d += 997) {
        civil_date const c = civil_from_days(d);
        REQUIRE(days_from_civil(c) == d);
    }
    CHECK(add_days({2024, 2, 28}, 1) == civil_date{2024, 2, 29});
    CHECK(add_days({2024, 3, 1}, -1) == civil_date{2024, 2, 29});
}
