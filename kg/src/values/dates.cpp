#include "evkg/kg/dates.hpp"

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace evkg::kg {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

constexpr std::array<std::string_view, 7> weekday_names{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// The parts of a date as fmt's "{:04}" and "{:02}" write them, by hand:
// every time span writes three or four dates, and fmt::format cost more
// than the rest of the time span. Negative values (never a valid date)
// still go through fmt, sign and all.
void append_padded(std::string& out, int value, int width) {
    if (value < 0) {
        out += fmt::format("{:0{}}", value, width);
        return;
    }
    char digits[10];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += digits[--n];
}

// YYYY, YYYY-MM or YYYY-MM-DD: the first `parts` parts of a date.
std::string spell_date(int year, int month, int day, int parts) {
    std::string out;
    append_padded(out, year, 4);
    if (parts > 1) {
        out += '-';
        append_padded(out, month, 2);
    }
    if (parts > 2) {
        out += '-';
        append_padded(out, day, 2);
    }
    return out;
}

// The latest day with weekday `wanted` on or before `anchor`.
civil_date latest_weekday_on_or_before(civil_date anchor, int wanted) {
    int const back = (weekday(anchor) - wanted + 7) % 7;
    return add_days(anchor, -back);
}

time_span single_day(civil_date d, bool relative) {
    return {d, d, date_precision::day, iso_date(d), "date", relative};
}

std::optional<time_span> resolve_calendar(ast::calendar_date const& d, std::string& error) {
    if (d.year < 1 || d.year > 9999) {
        error = fmt::format("year {} is out of range (0001 to 9999)", d.year);
        return std::nullopt;
    }
    if (d.month == 0) {
        if (d.day != 0) {
            error = "a date with a day needs a month";
            return std::nullopt;
        }
        return time_span{{d.year, 1, 1},
                         {d.year, 12, 31},
                         date_precision::year,
                         spell_date(d.year, d.month, d.day, 1),
                         "gYear",
                         false};
    }
    if (d.month < 1 || d.month > 12) {
        error = fmt::format("month {} does not exist", d.month);
        return std::nullopt;
    }
    if (d.day == 0)
        return time_span{{d.year, d.month, 1},  {d.year, d.month, days_in_month(d.year, d.month)},
                         date_precision::month, spell_date(d.year, d.month, d.day, 2),
                         "gYearMonth",          false};
    if (!is_valid_day(d.year, d.month, d.day)) {
        error = fmt::format("{:04}-{:02}-{:02} is not a calendar date", d.year, d.month, d.day);
        return std::nullopt;
    }
    return single_day({d.year, d.month, d.day}, false);
}

std::optional<time_span> resolve_relative(ast::relative_day const& r,
                                          std::optional<civil_date> published, std::string& error) {
    if (!published) {
        error =
            fmt::format("the relative date `{}` needs a report with a `published` date", r.word);
        return std::nullopt;
    }
    civil_date const anchor = *published;
    if (r.word == "today") return single_day(anchor, true);
    if (r.word == "yesterday") return single_day(add_days(anchor, -1), true);
    if (r.word == "weekend") {
        civil_date const sunday = latest_weekday_on_or_before(anchor, 6);
        return time_span{add_days(sunday, -1), sunday, date_precision::range, "", "", true};
    }
    for (std::size_t i = 0; i < weekday_names.size(); ++i)
        if (r.word == weekday_names[i])
            return single_day(latest_weekday_on_or_before(anchor, static_cast<int>(i)), true);
    error = fmt::format("`{}` is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, today, yesterday, "
                        "a weekday or weekend",
                        r.word);
    return std::nullopt;
}

} // namespace

bool is_valid_day(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

// Howard Hinnant's civil-calendar algorithms (public-domain formulas).
long days_from_civil(civil_date d) {
    long y = d.year - (d.month <= 2 ? 1 : 0);
    long const era = (y >= 0 ? y : y - 399) / 400;
    long const yoe = y - era * 400;
    long const m = d.month;
    long const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
    long const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

civil_date civil_from_days(long z) {
    z += 719468;
    long const era = (z >= 0 ? z : z - 146096) / 146097;
    long const doe = z - era * 146097;
    long const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long const y = yoe + era * 400;
    long const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long const mp = (5 * doy + 2) / 153;
    long const d = doy - (153 * mp + 2) / 5 + 1;
    long const m = mp + (mp < 10 ? 3 : -9);
    return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

civil_date add_days(civil_date d, long days) { return civil_from_days(days_from_civil(d) + days); }

int weekday(civil_date d) {
    long const days = days_from_civil(d); // 1970-01-01 was a Thursday (3)
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string iso_date(civil_date d) { return spell_date(d.year, d.month, d.day, 3); }

std::optional<time_span> resolve_date_point(ast::date_point const& point,
                                            std::optional<civil_date> published,
                                            std::string& error) {
    if (auto const* c = boost::get<ast::calendar_date>(&point)) return resolve_calendar(*c, error);
    return resolve_relative(boost::get<ast::relative_day>(point), published, error);
}

std::optional<time_span> resolve_date_expression(ast::date_expression const& expression,
                                                 std::optional<civil_date> published,
                                                 std::string& error) {
    auto from = resolve_date_point(expression.from, published, error);
    if (!from || !expression.to) return from;
    auto to = resolve_date_point(*expression.to, published, error);
    if (!to) return std::nullopt;
    if (to->latest < from->earliest) {
        error = fmt::format("the range ends ({}) before it starts ({})", iso_date(to->latest),
                            iso_date(from->earliest));
        return std::nullopt;
    }
    return time_span{
        from->earliest, to->latest, date_precision::range, "", "", from->relative || to->relative};
}

std::string spell_date_point(ast::date_point const& point) {
    if (auto const* c = boost::get<ast::calendar_date>(&point)) {
        return spell_date(c->year, c->month, c->day, c->month == 0 ? 1 : c->day == 0 ? 2 : 3);
    }
    return boost::get<ast::relative_day>(point).word;
}

std::string spell_date_expression(ast::date_expression const& expression) {
    std::string out = spell_date_point(expression.from);
    if (expression.to) out += " .. " + spell_date_point(*expression.to);
    return out;
}

} // namespace evkg::kg
