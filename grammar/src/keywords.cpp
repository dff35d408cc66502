#include "evkg/grammar/keywords.hpp"

#include <algorithm>

namespace evkg::keywords {

namespace {

bool contains(std::vector<std::string> const& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace

std::vector<std::string> const& declaration_kinds() {
    static std::vector<std::string> const words{"report",       "outlet", "state",  "government",
                                                "force",        "pmc",    "group",  "coalition",
                                                "organisation", "person", "source", "alliance",
                                                "mechanism",    "place",  "event",  "claim"};
    return words;
}

std::vector<std::string> const& property_keys() {
    static std::vector<std::string> const words{
        // declarations
        "alias", "same-as", "note", "sentence", "outlet", "published", "url", "language", "text",
        "of", "country", "ideology", "ethnic-base", "objective", "acled-name", "member",
        "member-of", "role", "linked-to", "supported-by", "founded", "dissolved", "ended", "kind",
        "in", "near", "at", "type", "date", "place", "perpetrator", "coordinated-with",
        "accompanied-by", "participant", "target", "victim", "under", "part-of", "by", "to",
        "report", "act", "on", "about", "aspect", "quote", "verification", "contradicts",
        "corroborates", "revises", "asserts", "casualties",
        // casualty figures
        "victims", "status", "nationality", "ethnicity", "mainly", "side", "including"};
    return words;
}

std::vector<std::string> const& quantity_words() {
    static std::vector<std::string> const words{"exactly", "at-least", "at-most",    "about",
                                                "between", "dozens",   "scores",     "hundreds",
                                                "several", "many",     "unspecified"};
    return words;
}

std::vector<std::string> const& outcome_words() {
    static std::vector<std::string> const words{"killed",    "injured",  "abducted",
                                                "displaced", "arrested", "losses"};
    return words;
}

std::vector<std::string> const& day_words() {
    static std::vector<std::string> const words{"today",     "yesterday", "monday", "tuesday",
                                                "wednesday", "thursday",  "friday", "saturday",
                                                "sunday",    "weekend"};
    return words;
}

bool is_declaration_kind(std::string_view word) { return contains(declaration_kinds(), word); }
bool is_property_key(std::string_view word) { return contains(property_keys(), word); }

} // namespace evkg::keywords
