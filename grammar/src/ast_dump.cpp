#include "evkg/grammar/ast_dump.hpp"

#include <fmt/format.h>

namespace evkg::ast {

namespace {

template <typename... Fs>
struct overloaded : Fs... {
    using Fs::operator()...;
};
template <typename... Fs>
overloaded(Fs...) -> overloaded<Fs...>;

std::string quoted(text const& t) {
    std::string out = "\"";
    for (char c : t.value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    out += '"';
    if (!t.language.empty()) out += "@" + t.language;
    return out;
}

std::string show(iri const& i) {
    return i.prefixed ? i.prefix + ":" + i.value : "<" + i.value + ">";
}

std::string show(date_point const& point) {
    return boost::apply_visitor(
        overloaded{[](calendar_date const& d) {
                       if (d.month == 0) return fmt::format("{:04}", d.year);
                       if (d.day == 0) return fmt::format("{:04}-{:02}", d.year, d.month);
                       return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
                   },
                   [](relative_day const& d) { return d.word; }},
        point.get());
}

template <typename List, typename Show>
std::string join(List const& items, Show show_item) {
    std::string out;
    for (auto const& item : items)
        out += (out.empty() ? "" : ", ") + show_item(item);
    return out;
}

std::string show(quantity const& q) {
    std::string out = q.qualifier.name;
    for (std::size_t i = 0; i < q.numbers.size(); ++i)
        out += (i == 1 ? " and " : " ") + std::to_string(q.numbers[i].value);
    if (q.phrase) out += " " + quoted(*q.phrase);
    return out;
}

void dump_properties(std::string& out, std::vector<property> const& properties, int indent);

void dump_property(std::string& out, property const& p, int indent) {
    std::string const pad(static_cast<std::size_t>(indent) * 2, ' ');
    auto const name = [](identifier const& i) { return i.name; };
    std::string value = boost::apply_visitor(
        overloaded{
            [&](identifier_list const& l) { return "refs " + join(l.items, name); },
            [&](text_list const& l) { return "texts " + join(l.items, quoted); },
            [&](iri_list const& l) {
                return "iris " + join(l.items, [](iri const& i) { return show(i); });
            },
            [&](integer_list const& l) {
                return "integers " +
                       join(l.items, [](integer const& i) { return std::to_string(i.value); });
            },
            [&](date_expression const& d) {
                std::string s = "date " + show(d.from);
                if (d.to) s += " .. " + show(*d.to);
                if (d.phrase) s += " " + quoted(*d.phrase);
                return s;
            },
            [&](timed_reference_list const& l) {
                return "members " + join(l.items, [](timed_reference const& r) {
                           std::string s = r.target.name;
                           if (r.since) s += " since " + show(*r.since);
                           if (r.until)
                               s += " until " +
                                    boost::apply_visitor(
                                        overloaded{[](date_point const& d) { return show(d); },
                                                   [](ended_marker const&) {
                                                       return std::string("ended");
                                                   }},
                                        r.until->get());
                           return s;
                       });
            },
            [&](role_in const& r) { return "role " + r.role.name + " of " + r.organisation.name; },
            [&](proximity_list const& l) {
                return "nears " + join(l.items, [](proximity const& p) {
                           return p.place.name +
                                  (p.direction ? " direction " + p.direction->name : "");
                       });
            },
            [&](coordinates const& c) { return "coordinates " + c.latitude + ", " + c.longitude; },
            [&](reference_or_text_list const& l) {
                return "targets " + join(l.items, [](reference_or_text const& r) {
                           return boost::apply_visitor(
                               overloaded{[](identifier const& i) { return i.name; },
                                          [](text const& t) { return quoted(t); }},
                               r.get());
                       });
            },
            [&](qualified_text const& q) {
                return std::string("qualified ") + (q.mainly ? "mainly " : "") + quoted(q.value);
            },
            [&](flag const&) { return std::string("flag"); },
            [&](ended_marker const&) { return std::string("ended"); },
            [&](boost::spirit::x3::forward_ast<casualty_figure> const& f) {
                return "figure " + f.get().outcome.name + " " + show(f.get().amount);
            },
        },
        p.value.get());
    out += pad + p.key.name + ": " + value + "\n";
    if (auto const* figure =
            boost::get<boost::spirit::x3::forward_ast<casualty_figure>>(&p.value.get()))
        dump_properties(out, figure->get().details, indent + 1);
}

void dump_properties(std::string& out, std::vector<property> const& properties, int indent) {
    for (auto const& p : properties)
        dump_property(out, p, indent);
}

} // namespace

std::string dump(document const& doc) {
    std::string out;
    for (auto const& statement : doc.statements) {
        boost::apply_visitor(
            overloaded{
                [&](prefix_declaration const& p) {
                    out += "prefix " + p.name.name + ": " + show(p.value) + "\n";
                },
                [&](use_declaration const& u) { out += "use " + quoted(u.path) + "\n"; },
                [&](declaration const& d) {
                    out += d.kind.name + " " + d.id.name;
                    if (d.label) out += " " + quoted(*d.label);
                    out += "\n";
                    dump_properties(out, d.properties, 1);
                },
            },
            statement.get());
    }
    return out;
}

} // namespace evkg::ast
