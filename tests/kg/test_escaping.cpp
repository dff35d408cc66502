// Literal escaping torture: every string must come back byte-exact through
// serd's own reader, in all four syntaxes (serd 0.30.16 writes some long
// literals in a form its reader rejects unless the node's flags are cleared).
#include "corpus_builder.hpp"
#include "evkg/kg/build.hpp"
#include "rdf_reader.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace evkg;
using namespace evkg::test;

namespace {

std::vector<std::string> const torture{
    "He said \"hi\"",
    "a\"\"\"b",
    "ends with \"",
    "ends with \"\"",
    "\"",
    "\"\"",
    "\"\"\"",
    "line1\nline2",
    "line1\nline2\"",
    "a\n\"\"\"",
    "back\\slash",
    "abc\\",
    "q\"\\001z",
    "a\\\nb",
    "tab\there",
    "carriage\rreturn",
    "control \x01 \x1f \x7f",
    "Tinzaouat\xc3\xa8ne \xe2\x80\x94 \xd9\x85\xd8\xa7\xd9\x84\xd9\x8a \xf0\x9f\x98\x80",
    "line\xe2\x80\xa8separator and \xef\xbb\xbf BOM",
    "noncharacter \xef\xbf\xbe",
    "",
    "'single' and <angle> & {braces}",
    "@prefix x: <http://ex/> . <a> <b> <c> .",
};

struct syntax_case {
    kg::syntax format;
    SerdSyntax reader;
};

} // namespace

TEST_CASE("hostile strings round-trip byte-exact through serd's reader", "[escaping]") {
    auto const format = GENERATE(values<syntax_case>({{kg::syntax::turtle, SERD_TURTLE},
                                                      {kg::syntax::ntriples, SERD_NTRIPLES},
                                                      {kg::syntax::nquads, SERD_NQUADS},
                                                      {kg::syntax::trig, SERD_TRIG}}));
    ast::property aliases;
    aliases.key = ident("alias");
    ast::text_list list;
    for (auto const& s : torture)
        list.items.push_back(text(s));
    aliases.value = list;
    file_builder file{"torture.ev", {}};
    file.add(declaration("outlet", "o", "label \"quoted\"\n", {aliases}));

    diagnostics out;
    corpus c = make_corpus({file});
    auto data = kg::build(c, {}, out);
    REQUIRE(data);
    std::string const document = kg::serialize(*data, format.format);
    auto read = read_rdf(document, format.reader);
    INFO(document);
    REQUIRE(read.ok);

    std::set<std::string> got;
    for (auto const& s : read.statements)
        if (s.predicate == "http://www.w3.org/2004/02/skos/core#altLabel") {
            CHECK(s.object_is_literal);
            CHECK(s.subject == "https://example.org/evkg/actor/o");
            got.insert(s.object);
        }
    CHECK(got == std::set<std::string>(torture.begin(), torture.end()));
    CHECK(std::count_if(read.statements.begin(), read.statements.end(), [](auto const& s) {
              return s.predicate == "http://www.w3.org/2000/01/rdf-schema#label" &&
                     s.object == "label \"quoted\"\n";
          }) == 1);
}

TEST_CASE("a NUL byte or invalid UTF-8 in a string is a diagnostic, never output", "[escaping]") {
    auto const bad = GENERATE(std::string("nul\0inside", 10), std::string("bad \xff byte"),
                              std::string("surrogate \xed\xa0\x80"));
    file_builder file{"bad.ev", {}};
    ast::property note;
    note.key = ident("note");
    ast::text_list list;
    list.items.push_back(text(bad));
    note.value = list;
    file.add(declaration("outlet", "o", "x", {note}));
    diagnostics out;
    corpus c = make_corpus({file});
    CHECK_FALSE(kg::build(c, {}, out));
    CHECK(out.has_errors());
}
