// IRIs of the vocabularies evkg reuses (docs/rdf-mapping.md, "Namespaces").
// evkg's own terms are generated from the ontology (evkg/kg/vocabulary.hpp);
// these are hand-written because their ontologies are not ours to ship.
#pragma once

#include <array>
#include <string_view>

namespace evkg::kg {

namespace rdf {
inline constexpr std::string_view type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
}
namespace rdfs {
inline constexpr std::string_view label = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view comment = "http://www.w3.org/2000/01/rdf-schema#comment";
} // namespace rdfs
namespace owl {
inline constexpr std::string_view sameAs = "http://www.w3.org/2002/07/owl#sameAs";
}
namespace xsd {
inline constexpr std::string_view ns = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view integer = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view boolean = "http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr std::string_view decimal = "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view date = "http://www.w3.org/2001/XMLSchema#date";
} // namespace xsd
namespace skos {
inline constexpr std::string_view altLabel = "http://www.w3.org/2004/02/skos/core#altLabel";
}
namespace sem {
inline constexpr std::string_view eventType = "http://semanticweb.cs.vu.nl/2009/11/sem/eventType";
inline constexpr std::string_view hasPlace = "http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace";
inline constexpr std::string_view subEventOf = "http://semanticweb.cs.vu.nl/2009/11/sem/subEventOf";
} // namespace sem
namespace prov {
inline constexpr std::string_view wasDerivedFrom = "http://www.w3.org/ns/prov#wasDerivedFrom";
inline constexpr std::string_view wasAttributedTo = "http://www.w3.org/ns/prov#wasAttributedTo";
} // namespace prov
namespace org {
inline constexpr std::string_view Membership = "http://www.w3.org/ns/org#Membership";
inline constexpr std::string_view member = "http://www.w3.org/ns/org#member";
inline constexpr std::string_view organization = "http://www.w3.org/ns/org#organization";
inline constexpr std::string_view role = "http://www.w3.org/ns/org#role";
inline constexpr std::string_view linkedTo = "http://www.w3.org/ns/org#linkedTo";
} // namespace org
namespace geo {
inline constexpr std::string_view sfWithin = "http://www.opengis.net/ont/geosparql#sfWithin";
inline constexpr std::string_view hasGeometry = "http://www.opengis.net/ont/geosparql#hasGeometry";
inline constexpr std::string_view Geometry = "http://www.opengis.net/ont/geosparql#Geometry";
inline constexpr std::string_view asWKT = "http://www.opengis.net/ont/geosparql#asWKT";
inline constexpr std::string_view wktLiteral = "http://www.opengis.net/ont/geosparql#wktLiteral";
} // namespace geo
namespace schema {
inline constexpr std::string_view headline = "https://schema.org/headline";
inline constexpr std::string_view publisher = "https://schema.org/publisher";
inline constexpr std::string_view datePublished = "https://schema.org/datePublished";
inline constexpr std::string_view url = "https://schema.org/url";
inline constexpr std::string_view inLanguage = "https://schema.org/inLanguage";
} // namespace schema
namespace oa {
inline constexpr std::string_view TextQuoteSelector = "http://www.w3.org/ns/oa#TextQuoteSelector";
inline constexpr std::string_view TextPositionSelector =
    "http://www.w3.org/ns/oa#TextPositionSelector";
inline constexpr std::string_view exact = "http://www.w3.org/ns/oa#exact";
inline constexpr std::string_view start = "http://www.w3.org/ns/oa#start";
inline constexpr std::string_view end = "http://www.w3.org/ns/oa#end";
} // namespace oa

// The namespaces of evkg's SKOS vocabularies (concept IRIs start with these).
namespace scheme {
inline constexpr std::string_view event_type = "https://w3id.org/evkg/vocab/event-type/";
inline constexpr std::string_view role = "https://w3id.org/evkg/vocab/role/";
inline constexpr std::string_view quantifier = "https://w3id.org/evkg/vocab/quantifier/";
inline constexpr std::string_view outcome = "https://w3id.org/evkg/vocab/outcome/";
inline constexpr std::string_view combatant_status =
    "https://w3id.org/evkg/vocab/combatant-status/";
inline constexpr std::string_view speech_act = "https://w3id.org/evkg/vocab/speech-act/";
inline constexpr std::string_view aspect = "https://w3id.org/evkg/vocab/aspect/";
inline constexpr std::string_view verification = "https://w3id.org/evkg/vocab/verification/";
inline constexpr std::string_view ideology = "https://w3id.org/evkg/vocab/ideology/";
inline constexpr std::string_view place_type = "https://w3id.org/evkg/vocab/place-type/";
inline constexpr std::string_view direction = "https://w3id.org/evkg/vocab/direction/";
inline constexpr std::string_view affiliation = "https://w3id.org/evkg/vocab/affiliation/";
inline constexpr std::string_view precision = "https://w3id.org/evkg/vocab/precision/";
inline constexpr std::string_view rank = "https://w3id.org/evkg/vocab/rank/";
inline constexpr std::string_view membership_status =
    "https://w3id.org/evkg/vocab/membership-status/";
} // namespace scheme

// Prefixes written at the top of Turtle and TriG output, in this order.
struct prefix_binding {
    std::string_view name;
    std::string_view iri;
};
inline constexpr std::array<prefix_binding, 27> output_prefixes{{
    {"evkg", "https://w3id.org/evkg/ns#"},
    {"evt", scheme::event_type},
    {"role", scheme::role},
    {"qty", scheme::quantifier},
    {"out", scheme::outcome},
    {"cst", scheme::combatant_status},
    {"act", scheme::speech_act},
    {"asp", scheme::aspect},
    {"ver", scheme::verification},
    {"ideo", scheme::ideology},
    {"ptype", scheme::place_type},
    {"dir", scheme::direction},
    {"aff", scheme::affiliation},
    {"prec", scheme::precision},
    {"rank", scheme::rank},
    {"mst", scheme::membership_status},
    {"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"org", "http://www.w3.org/ns/org#"},
    {"geo", "http://www.opengis.net/ont/geosparql#"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"schema", "https://schema.org/"},
    {"oa", "http://www.w3.org/ns/oa#"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"xsd", xsd::ns},
    {"dcterms", "http://purl.org/dc/terms/"},
}};

} // namespace evkg::kg
