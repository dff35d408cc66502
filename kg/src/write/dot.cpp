// to_dot: a dataset (or its N-Quads) in, a Graphviz picture out. The picture is for reading a
// report's graph at a glance, so it draws the model's nouns (actors, places, events, claims ...)
// and the relations a researcher follows, and leaves out the plumbing (time spans, selectors,
// affiliation nodes).
#include "evkg/kg/dot.hpp"

#include "evkg/kg/vocabulary.hpp"
#include "quads/dataset_impl.hpp"
#include "quads/serd_handles.hpp"
#include "vocabulary/reused_vocabulary.hpp"

#include <array>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace evkg::kg {
namespace {

struct term {
    SerdType type = SERD_NOTHING;
    std::string value;
    auto operator<=>(term const&) const = default;
};

// subject -> predicate -> objects, all sorted: iteration order is the output order.
using property_map =
    std::map<std::string, std::map<std::string, std::set<term>, std::less<>>, std::less<>>;

// Graphs are merged: every claim-content triple hangs from its claim, so nothing is lost
// for the picture, and claimed roles are drawn differently from stated ones anyway.
void add_statement(property_map& properties, std::string_view subject, std::string_view predicate,
                   term object) {
    auto& by_predicate = properties.try_emplace(std::string(subject)).first->second;
    by_predicate.try_emplace(std::string(predicate)).first->second.insert(std::move(object));
}

struct read_state {
    property_map properties;
    std::optional<std::string> error;
};

term to_term(SerdNode const* node) {
    if (node == nullptr || node->buf == nullptr) return {};
    return {node->type, std::string(reinterpret_cast<char const*>(node->buf), node->n_bytes)};
}

SerdStatus on_statement(void* handle, SerdStatementFlags, SerdNode const*, SerdNode const* subject,
                        SerdNode const* predicate, SerdNode const* object, SerdNode const*,
                        SerdNode const*) {
    auto& state = *static_cast<read_state*>(handle);
    add_statement(state.properties, to_term(subject).value, to_term(predicate).value,
                  to_term(object));
    return SERD_SUCCESS;
}

SerdStatus on_error(void* handle, SerdError const* error) {
    auto& state = *static_cast<read_state*>(handle);
    if (state.error) return SERD_SUCCESS; // keep the first
    std::array<char, 512> message{};
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(message.data(), message.size(), error->fmt, args);
    va_end(args);
    std::string text = message.data();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    state.error = "N-Quads line " + std::to_string(error->line) + ", column " +
                  std::to_string(error->col) + ": " + text;
    return SERD_SUCCESS;
}

property_map read_nquads(std::string_view nquads) {
    if (nquads.find('\0') != std::string_view::npos)
        throw dot_input_error("N-Quads input holds a NUL byte");
    read_state state;
    handles::serd_reader reader(
        serd_reader_new(SERD_NQUADS, &state, nullptr, nullptr, nullptr, &on_statement, nullptr));
    if (!reader) throw dot_input_error("cannot create an N-Quads reader");
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), &on_error, &state);
    std::string const text(nquads); // serd reads NUL-terminated text
    SerdStatus const status =
        serd_reader_read_string(reader.get(), reinterpret_cast<uint8_t const*>(text.c_str()));
    if (state.error) throw dot_input_error(*state.error);
    if (status != SERD_SUCCESS && status != SERD_FAILURE)
        throw dot_input_error(std::string("N-Quads input: ") +
                              reinterpret_cast<char const*>(serd_strerror(status)));
    return std::move(state.properties);
}

// The store holds IRIs and literals only (model_builder mints no blank node).
property_map read_store(quad_store const& store) {
    property_map properties;
    for (auto const& q : store.quads()) {
        quad_view const v = store.view(q, true);
        add_statement(properties, v.subject, v.predicate,
                      term{v.literal ? SERD_LITERAL : SERD_URI, std::string(v.object)});
    }
    return properties;
}

// --- what the picture looks like -------------------------------------------------------

struct node_style {
    std::string_view klass; // an evkg class
    std::string_view shape;
    std::string_view fill;
    std::string_view extra; // more attributes, already formatted
};

// In priority order: a node is drawn as its first matching class.
constexpr std::array node_styles{
    node_style{ev::Claim, "note", "", ""},
    node_style{ev::Event, "box", "#fee391", "style=\"rounded,filled,bold\""},
    node_style{ev::Report, "tab", "#f0f0f0", ""},
    node_style{ev::Alliance, "hexagon", "#dadaeb", ""},
    node_style{ev::Mechanism, "component", "#dadaeb", ""},
    node_style{ev::State, "box3d", "#deebf7", ""},
    node_style{ev::Government, "box", "#deebf7", ""},
    node_style{ev::StateForce, "box", "#c6dbef", ""},
    node_style{ev::PrivateMilitaryCompany, "box", "#fdd0a2", ""},
    node_style{ev::Coalition, "box", "#fcbba1", "peripheries=2"},
    node_style{ev::ArmedGroup, "box", "#fcbba1", ""},
    node_style{ev::Organisation, "box", "#e5e5e5", ""},
    node_style{ev::Outlet, "cylinder", "#f0f0f0", ""},
    node_style{ev::Person, "ellipse", "#ffffff", ""},
    node_style{ev::UnnamedSource, "ellipse", "#ffffff", "style=\"dashed,filled\""},
    node_style{ev::Place, "house", "#c7e9c0", ""},
    node_style{ev::DescribedGroup, "ellipse", "#ffffff", "style=\"dotted,filled\""},
};

// Speaker colours (ColorBrewer Set3, colour-blind friendlier than a rainbow), assigned in the
// sorted order of the speakers' IRIs, so the same graph always gets the same colours.
constexpr std::array<std::string_view, 12> speaker_palette{
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
constexpr std::array<std::string_view, 12> speaker_edge_palette{
    "#1b9e77", "#b8a600", "#7570b3", "#e7298a", "#377eb8", "#e6550d",
    "#4d9221", "#c51b7d", "#636363", "#762a83", "#41ab5d", "#bf9b00"};

struct edge {
    std::string from;
    std::string to;
    std::string attributes;
    auto operator<=>(edge const&) const = default;
};

// The relations drawn between two drawn nodes: predicate, label, extra attributes.
struct relation {
    std::string_view predicate;
    std::string_view label;
    std::string_view attributes;
};

constexpr std::array<relation, 20> relations{{
    {sem::hasPlace, "at", ""},
    {ev::perpetrator, "perpetrator", "penwidth=2"},
    {ev::coordinatedWith, "coordinated with", ""},
    {ev::accompaniedBy, "accompanied by", ""},
    {ev::participant, "participant", ""},
    {ev::target, "target", ""},
    {ev::victim, "victim", ""},
    {ev::conductedUnder, "under", ""},
    {sem::subEventOf, "part of", ""},
    {ev::mechanismOf, "of", ""},
    {geo::sfWithin, "in", "color=\"#969696\", fontcolor=\"#636363\""},
    {ev::near, "near", "color=\"#969696\", fontcolor=\"#636363\", style=dashed"},
    {ev::actsFor, "acts for", "color=\"#969696\", fontcolor=\"#636363\""},
    {org::linkedTo, "linked to", "style=dashed"},
    {ev::supportedBy, "supported by", "style=dashed"},
    {schema::publisher, "publisher", "color=\"#969696\""},
    {ev::about, "about", ""},
    {ev::toldTo, "told to", "style=dotted, color=\"#969696\""},
    {ev::corroborates, "corroborates", "color=\"#238b45\", fontcolor=\"#238b45\", style=dashed"},
    {ev::revises, "revises", "color=\"#2171b5\", style=dotted"},
}};

// Roles a source claims: drawn dotted in the speaker's colour, so they never read as facts.
struct claimed_relation {
    std::string_view predicate;
    std::string_view label;
};
constexpr std::array<claimed_relation, 8> claimed_relations{{
    {ev::claimedPerpetrator, "claims perpetrator"},
    {ev::claimedCoordinatedWith, "claims coordinated with"},
    {ev::claimedAccompaniedBy, "claims accompanied by"},
    {ev::claimedParticipant, "claims participant"},
    {ev::claimedTarget, "claims target"},
    {ev::claimedVictim, "claims victim"},
    {ev::claimedPlace, "claims place"},
    {ev::claimedMechanism, "claims under"},
}};

// DOT double-quoted string content.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += '"';
    return out;
}

std::string_view local_name(std::string_view value) {
    auto const cut = value.find_last_of("/#");
    return cut == std::string_view::npos ? value : value.substr(cut + 1);
}

// "CouldNotVerify" -> "could not verify"
std::string words(std::string_view camel) {
    std::string out;
    for (char c : camel) {
        if (c >= 'A' && c <= 'Z') {
            if (!out.empty()) out += ' ';
            out += static_cast<char>(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    return out;
}

class picture {
public:
    picture(property_map properties, dot_options const& options)
        : props_(std::move(properties)), options_(options) {}

    std::string render() {
        classify_nodes();
        assign_speaker_colours();
        collect_edges();
        return write();
    }

private:
    std::set<term> const& objects(std::string_view subject, std::string_view predicate) const {
        static std::set<term> const none;
        auto const s = props_.find(subject);
        if (s == props_.end()) return none;
        auto const p = s->second.find(predicate);
        return p == s->second.end() ? none : p->second;
    }

    std::optional<std::string> first(std::string_view subject, std::string_view predicate) const {
        auto const& values = objects(subject, predicate);
        if (values.empty()) return std::nullopt;
        return values.begin()->value;
    }

    bool has(std::string_view subject, std::string_view predicate, std::string_view value) const {
        for (auto const& o : objects(subject, predicate))
            if (o.value == value) return true;
        return false;
    }

    std::string id(std::string const& node_iri) const {
        if (node_iri.starts_with(options_.base) && node_iri.size() > options_.base.size())
            return node_iri.substr(options_.base.size());
        return node_iri;
    }

    std::string label(std::string const& node) const {
        if (auto text = first(node, rdfs::label)) return *text;
        return std::string(local_name(node));
    }

    void classify_nodes() {
        for (auto const& [subject, predicates] : props_) {
            auto const types = predicates.find(rdf::type);
            if (types == predicates.end()) continue;
            for (auto const& style : node_styles) {
                if (types->second.contains(term{SERD_URI, std::string(style.klass)})) {
                    style_of_[subject] = &style;
                    break;
                }
            }
        }
    }

    void assign_speaker_colours() {
        std::set<std::string> speakers;
        for (auto const& [node, style] : style_of_)
            if (style->klass == ev::Claim)
                for (auto const& s : objects(node, prov::wasAttributedTo))
                    speakers.insert(s.value);
        std::size_t index = 0;
        for (auto const& speaker : speakers)
            speaker_index_[speaker] = index++;
    }

    std::size_t colour_of_claim(std::string const& claim) const {
        // A claim by several speakers takes the colour of the first (sorted) one.
        for (auto const& s : objects(claim, prov::wasAttributedTo))
            if (auto const found = speaker_index_.find(s.value); found != speaker_index_.end())
                return found->second % speaker_palette.size();
        return speaker_palette.size() - 4; // grey
    }

    bool drawn(std::string const& node) const { return style_of_.contains(node); }

    void add_edge(std::string const& from, std::string const& to, std::string attributes) {
        if (!drawn(from) || !drawn(to)) return;
        edges_.insert({from, to, std::move(attributes)});
        touched_.insert(from);
        touched_.insert(to);
    }

    void collect_edges() {
        for (auto const& [subject, style] : style_of_) {
            for (auto const& r : relations)
                for (auto const& o : objects(subject, r.predicate))
                    add_edge(subject, o.value,
                             "label=" + quoted(r.label) +
                                 (r.attributes.empty() ? "" : ", " + std::string(r.attributes)));
            if (style->klass == ev::Claim) claim_edges(subject);
        }
        membership_edges();
    }

    void claim_edges(std::string const& claim) {
        std::size_t const colour = colour_of_claim(claim);
        std::string const pen = quoted(speaker_edge_palette[colour]);
        std::string act = "said";
        if (auto a = first(claim, ev::speechAct)) act = words(local_name(*a));
        for (auto const& s : objects(claim, prov::wasAttributedTo)) {
            auto const found = speaker_index_.find(s.value);
            std::string const speaker_pen =
                found == speaker_index_.end()
                    ? pen
                    : quoted(speaker_edge_palette[found->second % speaker_edge_palette.size()]);
            add_edge(s.value, claim,
                     "label=" + quoted(act) + ", color=" + speaker_pen +
                         ", fontcolor=" + speaker_pen + ", penwidth=2");
        }
        for (auto const& [predicate, text] : claimed_relations)
            for (auto const& o : objects(claim, predicate))
                add_edge(claim, o.value,
                         "label=" + quoted(text) + ", style=dotted, color=" + pen +
                             ", fontcolor=" + pen);
        // Contradiction is symmetric in the data (both directions): draw each pair once.
        for (auto const& other : objects(claim, ev::contradicts))
            if (claim < other.value)
                add_edge(claim, other.value,
                         "label=\"contradicts\", color=\"#e31a1c\", fontcolor=\"#e31a1c\", "
                         "style=dashed, penwidth=2, dir=both, constraint=false");
    }

    void membership_edges() {
        term const membership{SERD_URI, std::string(org::Membership)};
        for (auto const& [subject, predicates] : props_) {
            auto const types = predicates.find(rdf::type);
            if (types == predicates.end() || !types->second.contains(membership)) continue;
            auto member = first(subject, org::member);
            auto organisation = first(subject, org::organization);
            if (!member || !organisation) continue;
            std::string text = "member";
            if (auto role = first(subject, org::role)) text = words(local_name(*role));
            if (auto since = first(subject, ev::startDate)) text += "\nsince " + *since;
            if (auto until = first(subject, ev::endDate)) text += "\nuntil " + *until;
            bool const ended = has(subject, ev::ended, "true") || has(subject, ev::ended, "1");
            if (ended) text += "\n(ended)";
            bool const over = ended || first(subject, ev::endDate).has_value();
            add_edge(*member, *organisation,
                     "label=" + quoted(text) + ", color=\"#6a51a3\", fontcolor=\"#6a51a3\"" +
                         (over ? ", style=dashed" : ""));
        }
    }

    // One label line per casualty figure: outcome, bounds and the report's own phrase.
    std::string figure_line(std::string const& figure) const {
        std::string line;
        if (auto outcome = first(figure, ev::outcome)) line = words(local_name(*outcome));
        auto const lower = first(figure, ev::lowerBound);
        auto const upper = first(figure, ev::upperBound);
        auto const best = first(figure, ev::bestEstimate);
        std::string bounds;
        if (lower && upper)
            bounds = *lower == *upper ? "= " + *lower : *lower + "\u2013" + *upper;
        else if (lower)
            bounds = "\u2265 " + *lower;
        else if (upper)
            bounds = "\u2264 " + *upper;
        else if (best)
            bounds = "\u2248 " + *best;
        line += ":";
        if (!bounds.empty()) line += " " + bounds;
        if (auto phrase = first(figure, ev::phrase)) line += " \u201c" + *phrase + "\u201d";
        for (auto const& including : objects(figure, ev::including))
            line += ", incl. " + including.value;
        std::vector<std::string> sides;
        for (auto const& s : objects(figure, ev::side))
            sides.push_back(label(s.value));
        if (!sides.empty()) {
            line += " (";
            for (std::size_t i = 0; i < sides.size(); ++i)
                line += (i == 0 ? "" : ", ") + sides[i];
            line += ")";
        }
        return line;
    }

    std::string node_label(std::string const& node, node_style const& style) const {
        std::string text = label(node);
        if (style.klass != ev::Claim) return text;
        for (auto const& f : objects(node, ev::casualtyFigure))
            text += "\n" + figure_line(f.value);
        if (auto v = first(node, ev::verification)) text += "\n[" + words(local_name(*v)) + "]";
        return text;
    }

    std::string write() const {
        std::string out = "digraph " + quoted(options_.graph_name) + " {\n";
        out += "  graph [rankdir=LR, fontname=\"Helvetica\", splines=true, nodesep=0.3, "
               "ranksep=0.6];\n";
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n";
        out += "  edge [fontname=\"Helvetica\", fontsize=8];\n";
        for (auto const& [node, style] : style_of_) {
            bool const always = style->klass == ev::Claim || style->klass == ev::Event ||
                                style->klass == ev::Report;
            if (!always && !options_.include_isolated && !touched_.contains(node)) continue;
            std::string attributes = "label=" + quoted(node_label(node, *style)) +
                                     ", shape=" + std::string(style->shape);
            if (style->klass == ev::Claim) {
                std::size_t const colour = colour_of_claim(node);
                attributes += ", fillcolor=" + quoted(speaker_palette[colour]);
                if (first(node, ev::verification)) attributes += ", style=\"filled,dashed\"";
            } else {
                attributes += ", fillcolor=" + quoted(style->fill);
            }
            if (auto const found = speaker_index_.find(node); found != speaker_index_.end())
                attributes +=
                    ", color=" +
                    quoted(speaker_edge_palette[found->second % speaker_edge_palette.size()]) +
                    ", penwidth=2";
            if (!style->extra.empty()) attributes += ", " + std::string(style->extra);
            out += "  " + quoted(id(node)) + " [" + attributes + "];\n";
        }
        for (auto const& e : edges_)
            out += "  " + quoted(id(e.from)) + " -> " + quoted(id(e.to)) + " [" + e.attributes +
                   "];\n";
        out += "}\n";
        return out;
    }

    property_map props_;
    dot_options const& options_;
    std::map<std::string, node_style const*> style_of_;
    std::map<std::string, std::size_t> speaker_index_;
    std::set<edge> edges_;
    std::set<std::string> touched_;
};

} // namespace

std::string to_dot(std::string_view nquads, dot_options const& options) {
    return picture(read_nquads(nquads), options).render();
}

std::string to_dot(dataset const& data, dot_options const& options) {
    return picture(read_store(data.internals().store), options).render();
}

} // namespace evkg::kg
