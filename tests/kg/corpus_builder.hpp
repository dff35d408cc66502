// Hand-built corpora for kg/ tests: declarations assembled directly as AST
// nodes, so the builder can be tested without (and independently of) the
// parser.
#pragma once

#include "evkg/grammar/parser.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace evkg::test {

ast::identifier ident(std::string name);
ast::text text(std::string value, std::string language = {});

ast::property refs(std::string key, std::initializer_list<std::string> ids);
ast::property texts(std::string key, std::initializer_list<std::string> values);
ast::property text_with_language(std::string key, std::string value, std::string language);
ast::property iris(std::string key, std::initializer_list<std::string> full_iris);
ast::property prefixed(std::string key, std::string prefix, std::string local);
ast::property integers(std::string key, std::initializer_list<std::uint64_t> values);
ast::property flag(std::string key);
ast::property day(std::string key, int year, int month = 0, int day = 0);
ast::property relative(std::string key, std::string word, std::string to_word = {});
ast::property members(std::string key, std::initializer_list<std::string> ids, bool ended = false);
ast::property role(std::string role, std::string organisation);
ast::property near(std::string place, std::string direction = {});
ast::property at(std::string latitude, std::string longitude);
ast::property targets(std::string key, std::vector<std::string> ids,
                      std::vector<std::string> descriptions);
ast::property figure(std::string outcome, std::string qualifier, std::vector<std::uint64_t> numbers,
                     std::string phrase, std::vector<ast::property> details);

ast::declaration declaration(std::string kind, std::string id, std::string label,
                             std::vector<ast::property> properties);

struct file_builder {
    std::string path;
    std::vector<ast::statement> statements;

    file_builder& prefix(std::string name, std::string iri);
    file_builder& add(ast::declaration d);
};

// Adds the files (with an empty source text) to a corpus, in the given order.
corpus make_corpus(std::vector<file_builder> const& files);

// A small corpus in the shape of the seed: registry + report with claims.
std::vector<file_builder> seed_like_files(std::string const& text_path);

} // namespace evkg::test
