#include "corpus_builder.hpp"

namespace evkg::test {

ast::identifier ident(std::string name) {
    ast::identifier id;
    id.name = std::move(name);
    return id;
}

ast::text text(std::string value, std::string language) {
    ast::text t;
    t.value = std::move(value);
    t.language = std::move(language);
    return t;
}

namespace {
template <typename Value>
ast::property make(std::string key, Value value) {
    ast::property p;
    p.key = ident(std::move(key));
    p.value = std::move(value);
    return p;
}
} // namespace

ast::property refs(std::string key, std::initializer_list<std::string> ids) {
    ast::identifier_list list;
    for (auto const& id : ids)
        list.items.push_back(ident(id));
    return make(std::move(key), list);
}

ast::property texts(std::string key, std::initializer_list<std::string> values) {
    ast::text_list list;
    for (auto const& v : values)
        list.items.push_back(text(v));
    return make(std::move(key), list);
}

ast::property text_with_language(std::string key, std::string value, std::string language) {
    ast::text_list list;
    list.items.push_back(text(std::move(value), std::move(language)));
    return make(std::move(key), list);
}

ast::property iris(std::string key, std::initializer_list<std::string> full_iris) {
    ast::iri_list list;
    for (auto const& v : full_iris) {
        ast::iri i;
        i.value = v;
        list.items.push_back(i);
    }
    return make(std::move(key), list);
}

ast::property prefixed(std::string key, std::string prefix, std::string local) {
    ast::iri_list list;
    ast::iri i;
    i.prefix = std::move(prefix);
    i.value = std::move(local);
    i.prefixed = true;
    list.items.push_back(i);
    return make(std::move(key), list);
}

ast::property integers(std::string key, std::initializer_list<std::uint64_t> values) {
    ast::integer_list list;
    for (auto v : values) {
        ast::integer n;
        n.value = v;
        list.items.push_back(n);
    }
    return make(std::move(key), list);
}

ast::property flag(std::string key) { return make(std::move(key), ast::flag{}); }

ast::property day(std::string key, int year, int month, int d) {
    ast::calendar_date c;
    c.year = year, c.month = month, c.day = d;
    ast::date_expression e;
    e.from = c;
    return make(std::move(key), e);
}

ast::property relative(std::string key, std::string word, std::string to_word) {
    ast::relative_day r;
    r.word = std::move(word);
    ast::date_expression e;
    e.from = r;
    if (!to_word.empty()) {
        ast::relative_day to;
        to.word = std::move(to_word);
        e.to = ast::date_point(to);
    }
    return make(std::move(key), e);
}

ast::property members(std::string key, std::initializer_list<std::string> ids, bool ended) {
    ast::timed_reference_list list;
    for (auto const& id : ids) {
        ast::timed_reference r;
        r.target = ident(id);
        if (ended) r.until = ast::until_point(ast::ended_marker{});
        list.items.push_back(r);
    }
    return make(std::move(key), list);
}

ast::property role(std::string role_name, std::string organisation) {
    ast::role_in r;
    r.role = ident(std::move(role_name));
    r.organisation = ident(std::move(organisation));
    return make("role", r);
}

ast::property near(std::string place, std::string direction) {
    ast::proximity_list list;
    ast::proximity p;
    p.place = ident(std::move(place));
    if (!direction.empty()) p.direction = ident(std::move(direction));
    list.items.push_back(p);
    return make("near", list);
}

ast::property at(std::string latitude, std::string longitude) {
    ast::coordinates c;
    c.latitude = std::move(latitude);
    c.longitude = std::move(longitude);
    return make("at", c);
}

ast::property targets(std::string key, std::vector<std::string> ids,
                      std::vector<std::string> descriptions) {
    ast::reference_or_text_list list;
    for (auto const& id : ids)
        list.items.push_back(ast::reference_or_text(ident(id)));
    for (auto const& d : descriptions)
        list.items.push_back(ast::reference_or_text(text(d)));
    return make(std::move(key), list);
}

ast::property figure(std::string outcome, std::string qualifier, std::vector<std::uint64_t> numbers,
                     std::string phrase, std::vector<ast::property> details) {
    ast::casualty_figure f;
    f.outcome = ident(std::move(outcome));
    f.amount.qualifier = ident(std::move(qualifier));
    for (auto n : numbers) {
        ast::integer i;
        i.value = n;
        f.amount.numbers.push_back(i);
    }
    if (!phrase.empty()) f.amount.phrase = text(std::move(phrase));
    f.details = std::move(details);
    return make("casualties", boost::spirit::x3::forward_ast<ast::casualty_figure>(f));
}

ast::declaration declaration(std::string kind, std::string id, std::string label,
                             std::vector<ast::property> properties) {
    ast::declaration d;
    d.kind = ident(std::move(kind));
    d.id = ident(std::move(id));
    if (!label.empty()) d.label = text(std::move(label));
    d.properties = std::move(properties);
    return d;
}

file_builder& file_builder::prefix(std::string name, std::string iri) {
    ast::prefix_declaration p;
    p.name = ident(std::move(name));
    p.value.value = std::move(iri);
    statements.emplace_back(p);
    return *this;
}

file_builder& file_builder::add(ast::declaration d) {
    statements.emplace_back(std::move(d));
    return *this;
}

corpus make_corpus(std::vector<file_builder> const& files) {
    corpus c;
    for (auto const& f : files) {
        parsed_file parsed;
        parsed.file = c.sources.add(f.path, "");
        parsed.document.statements = f.statements;
        parsed.ok = true;
        c.files.push_back(std::move(parsed));
    }
    return c;
}

std::vector<file_builder> seed_like_files(std::string const& text_path) {
    file_builder registry{"registry.ev", {}};
    registry.prefix("wd", "http://www.wikidata.org/entity/")
        .add(declaration("outlet", "afp", "Agence France-Presse",
                         {texts("alias", {"AFP"}), prefixed("same-as", "wd", "Q40464")}))
        .add(declaration("state", "mali", "Mali", {prefixed("same-as", "wd", "Q912")}))
        .add(declaration("state", "niger", "Niger", {}))
        .add(declaration("force", "fama", "Malian Armed Forces",
                         {refs("of", {"mali"}), texts("acled-name", {"Military Forces of Mali"})}))
        .add(declaration("coalition", "csp-dpa", "CSP-DPA", {refs("ideology", {"separatist"})}))
        .add(declaration("person", "spokesman", "Mohamed Elmaouloud",
                         {role("spokesperson", "csp-dpa")}))
        .add(declaration("group", "jnim", "JNIM", {members("linked-to", {"csp-dpa"})}))
        .add(declaration("alliance", "aes", "AES",
                         {day("founded", 2024), members("member", {"mali", "niger"})}))
        .add(declaration("mechanism", "aes-defence", "collective defence", {refs("of", {"aes"})}))
        .add(declaration("place", "town", "Tinzaouat\xc3\xa8ne",
                         {refs("kind", {"town"}), refs("in", {"mali"}), at("19.9569", "2.9708")}))
        .add(declaration("place", "town-south", "south of town",
                         {refs("kind", {"area"}), near("town", "south")}));

    file_builder report{"report.ev", {}};
    std::vector<ast::property> report_props{refs("outlet", {"afp"}), day("published", 2024, 7, 30),
                                            refs("language", {"en"})};
    if (!text_path.empty()) report_props.push_back(texts("text", {text_path}));
    report.add(declaration("report", "r1", "Drone strikes kill civilians", report_props))
        .add(declaration("source", "official", "a local official", {}))
        .add(declaration("event", "strike", "Drone strike",
                         {refs("type", {"drone-strike"}), relative("date", "tuesday"),
                          refs("place", {"town"}), refs("perpetrator", {"fama"}),
                          refs("under", {"aes-defence"}), integers("sentence", {1})}))
        .add(declaration("event", "battle", "Battle",
                         {refs("type", {"armed-clash"}), relative("date", "thursday", "saturday"),
                          refs("participant", {"fama", "csp-dpa"})}))
        .add(declaration("claim", "c1", "An official on the toll",
                         {refs("by", {"official"}), refs("to", {"afp"}), refs("act", {"said"}),
                          relative("on", "tuesday"), refs("about", {"strike"}),
                          refs("aspect", {"casualties"}),
                          texts("quote", {"killed at least six civilians"}),
                          targets("target", {}, {"civilian gold miners"}),
                          figure("killed", "at-least", {6}, "at least six",
                                 {texts("victims", {"civilians"}), refs("status", {"civilian"}),
                                  refs("nationality", {"mali", "niger"}), flag("mainly")})}))
        .add(declaration("claim", "c2", "The army says it hit a pick-up",
                         {refs("by", {"fama"}), refs("act", {"said"}), refs("about", {"strike"}),
                          refs("contradicts", {"c1"}), refs("verification", {"could-not-verify"}),
                          texts("asserts", {"a pick-up transporting \"terrorists\""})}));
    return {registry, report};
}

} // namespace evkg::test
