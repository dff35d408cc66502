#include "index/ast_properties.hpp"

namespace evkg::kg {

ast::casualty_figure const* figure_of(ast::property const& p) {
    auto const* f = boost::get<boost::spirit::x3::forward_ast<ast::casualty_figure>>(&p.value);
    return f == nullptr ? nullptr : &f->get();
}

boost::spirit::x3::position_tagged const& date_point_node(ast::date_point const& p) {
    if (auto const* c = boost::get<ast::calendar_date>(&p)) return *c;
    return boost::get<ast::relative_day>(p);
}

} // namespace evkg::kg
