// Calendar dates and time spans (docs/rdf-mapping.md, "Time spans"):
// validation, ISO lexical forms, and relative days (today, yesterday,
// monday ... sunday, weekend) resolved against a report's publication date.
#pragma once

#include "evkg/grammar/ast.hpp"

#include <optional>
#include <string>

namespace evkg::kg {

struct civil_date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(civil_date const&) const = default;
};

// A real calendar day (proleptic Gregorian, years 1..9999).
bool is_valid_day(int year, int month, int day);
// Days since 1970-01-01 and back.
long days_from_civil(civil_date d);
civil_date civil_from_days(long days);
civil_date add_days(civil_date d, long days);
// 0 = Monday ... 6 = Sunday.
int weekday(civil_date d);
std::string iso_date(civil_date d); // 2024-07-30

enum class date_precision { day, month, year, range };

// Where an event or an utterance happened in time.
struct time_span {
    civil_date earliest;
    civil_date latest;
    date_precision precision = date_precision::day;
    // For a single day, month or year: its own lexical form and XSD datatype
    // local name ("date", "gYearMonth", "gYear"); empty for a range.
    std::string lexical;
    std::string xsd_type;
    bool relative = false; // used a relative day: evkg:relativeTo the report
};

// A date point: a calendar date (validated) or a relative day resolved against
// `published`. On failure returns nullopt and sets `error`.
std::optional<time_span> resolve_date_point(ast::date_point const& point,
                                            std::optional<civil_date> published,
                                            std::string& error);

// `from [.. to]`: one point, or a range from the first day of `from` to the
// last day of `to` (precision range; `to` must not end before `from` starts).
std::optional<time_span> resolve_date_expression(ast::date_expression const& expression,
                                                 std::optional<civil_date> published,
                                                 std::string& error);

// The date expression as the language writes it ("thursday .. saturday").
std::string spell_date_point(ast::date_point const& point);
std::string spell_date_expression(ast::date_expression const& expression);

} // namespace evkg::kg
