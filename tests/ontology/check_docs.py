#!/usr/bin/python3
"""Documentation and consistency checks of the ontology files (rdflib).

  check_docs.py ONTOLOGY_DIR MAPPING_MD

- evkg.ttl: every evkg: term is exactly one of owl:Class, owl:ObjectProperty,
  owl:DatatypeProperty, owl:AnnotationProperty, with rdfs:label and rdfs:comment; object and
  datatype properties have rdfs:domain and rdfs:range; every evkg: term the mapping names is
  declared; the ontology header is complete.
- vocabularies.ttl: every skos:Concept has exactly one skos:notation, one English
  skos:prefLabel, a skos:definition, exactly one skos:inScheme, and skos:topConceptOf or
  skos:broader; its local name is the CamelCase of its notation; schemes sit in the namespaces of
  the mapping's table; the keywords of the language are all there; ACLED's 6 event types and
  25 sub-event types each have one concept.
- shapes.ttl: each sh:in list of concepts is exactly one whole scheme; every class of evkg.ttl
  (except the abstract evkg:Actor) is the target of a shape.
Exit status 0 if all hold, 1 otherwise (every problem is printed).
"""
import os
import re
import sys

import rdflib
from rdflib import RDF, RDFS, OWL, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SKOS, SH, DCTERMS

EVKG = rdflib.Namespace("https://w3id.org/evkg/ns#")
VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
VOCAB = "https://w3id.org/evkg/vocab/"

SCHEMES = {  # prefix in the mapping -> scheme path, and the keywords the language uses
    "evt": ("event-type", "drone-strike armed-clash attack coup alliance-ended alliance-formed "
            "shelling-artillery-missile remote-explosive abduction agreement non-violent-transfer "
            "government-regains-territory"),
    "role": ("role", "spokesperson commander leader member official head-of-state president "
             "transitional-president head-of-government prime-minister vice-president minister "
             "chief-of-staff secretary-general chairperson"),
    "qty": ("quantifier", "exactly at-least at-most about between several dozens scores hundreds "
            "many unspecified"),
    "out": ("outcome", "killed injured abducted displaced arrested losses"),
    "cst": ("combatant-status", "civilian combatant unknown"),
    "act": ("speech-act", "said claimed accused acknowledged admitted denied announced reported"),
    "asp": ("aspect", "casualties perpetrator target place time mechanism outcome"),
    "ver": ("verification", "could-not-verify unverified verified disputed"),
    "ideo": ("ideology", "separatist jihadist ethnic political communal criminal"),
    "ptype": ("place-type", "country region district city town village mine border-area area base "
              "camp road"),
    "dir": ("direction", "north south east west north-east north-west south-east south-west"),
    "aff": ("affiliation", "linked-to supported-by"),
    "prec": ("precision", "day month year range"),
    "rank": ("rank", "general lieutenant-general major-general brigadier-general colonel "
             "lieutenant-colonel major captain lieutenant"),
    "mst": ("membership-status", "active withdrawal-pending withdrawn suspended expelled future"),
}

ACLED = {
    "Battles": ["Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack",
                                   "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}

problems = []


def problem(msg):
    problems.append(msg)


def camel(notation):
    return "".join(p[:1].upper() + p[1:] for p in notation.split("-"))


def check_ontology(onto, mapping_text):
    kinds = [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty]
    terms = {s for s in onto.subjects(RDF.type, None)
             if isinstance(s, URIRef) and str(s).startswith(str(EVKG))}
    if len(terms) < 20:
        problem("evkg.ttl declares only %d evkg: terms" % len(terms))
    for t in sorted(terms):
        name = t.n3(onto.namespace_manager)
        types = [k for k in kinds if (t, RDF.type, k) in onto]
        other = [o for o in onto.objects(t, RDF.type) if o not in kinds]
        if len(types) != 1 or other:
            problem("%s: must be exactly one of owl:Class/ObjectProperty/DatatypeProperty/"
                    "AnnotationProperty, has %s" % (name, list(onto.objects(t, RDF.type))))
        for p in (RDFS.label, RDFS.comment):
            if not any(isinstance(o, Literal) and o.language == "en" for o in onto.objects(t, p)):
                problem("%s: no English %s" % (name, p.n3(onto.namespace_manager)))
        if types and types[0] in (OWL.ObjectProperty, OWL.DatatypeProperty):
            for p in (RDFS.domain, RDFS.range):
                if len(list(onto.objects(t, p))) != 1:
                    problem("%s: needs exactly one %s" % (name, p.n3(onto.namespace_manager)))
    # every term the mapping names is declared
    for local in sorted(set(re.findall(r"evkg:([A-Za-z]+)", mapping_text))):
        if EVKG[local] not in terms:
            problem("docs/rdf-mapping.md names evkg:%s, which evkg.ttl does not declare" % local)
    # the header
    onts = list(onto.subjects(RDF.type, OWL.Ontology))
    if len(onts) != 1:
        problem("evkg.ttl: expected one owl:Ontology, found %d" % len(onts))
    else:
        for p in (OWL.versionIRI, DCTERMS.license, DCTERMS.creator, DCTERMS.title,
                  DCTERMS.description, VANN.preferredNamespacePrefix,
                  VANN.preferredNamespaceUri):
            if onto.value(onts[0], p) is None:
                problem("evkg.ttl: the ontology header lacks %s" % p)
        if str(onto.value(onts[0], VANN.preferredNamespaceUri)) != str(EVKG):
            problem("evkg.ttl: vann:preferredNamespaceUri is not %s" % EVKG)
    return {t for t in terms if (t, RDF.type, OWL.Class) in onto}


def check_vocabularies(voc, mapping_text):
    by_scheme = {}
    for c in sorted(voc.subjects(RDF.type, SKOS.Concept)):
        name = str(c)
        notations = list(voc.objects(c, SKOS.notation))
        if len(notations) != 1:
            problem("%s: %d skos:notation (exactly one needed)" % (name, len(notations)))
            continue
        notation = str(notations[0])
        labels = [o for o in voc.objects(c, SKOS.prefLabel) if o.language == "en"]
        if len(labels) != 1:
            problem("%s: needs exactly one English skos:prefLabel" % name)
        if voc.value(c, SKOS.definition) is None:
            problem("%s: no skos:definition" % name)
        schemes = list(voc.objects(c, SKOS.inScheme))
        if len(schemes) != 1:
            problem("%s: needs exactly one skos:inScheme" % name)
            continue
        scheme = schemes[0]
        if (scheme, RDF.type, SKOS.ConceptScheme) not in voc:
            problem("%s: its scheme %s is no skos:ConceptScheme" % (name, scheme))
        top = (c, SKOS.topConceptOf, scheme) in voc
        broader = list(voc.objects(c, SKOS.broader))
        if top == bool(broader):
            problem("%s: needs either skos:topConceptOf or skos:broader" % name)
        if top and (scheme, SKOS.hasTopConcept, c) not in voc:
            problem("%s: top concept not listed by skos:hasTopConcept" % name)
        if not name.startswith(str(scheme) + "/"):
            problem("%s: not in the namespace of its scheme %s" % (name, scheme))
        elif name[len(str(scheme)) + 1:] != camel(notation):
            problem("%s: local name is not the CamelCase of its notation '%s'" % (name, notation))
        by_scheme.setdefault(str(scheme), {})
        if notation in by_scheme[str(scheme)]:
            problem("%s: notation '%s' used twice in %s" % (name, notation, scheme))
        by_scheme[str(scheme)][notation] = c
    for prefix, (path, keywords) in SCHEMES.items():
        ns = VOCAB + path + "/"
        if "`%s:` | `%s`" % (prefix, ns) not in mapping_text:
            problem("docs/rdf-mapping.md does not give %s: as %s" % (prefix, ns))
        scheme = VOCAB + path
        have = by_scheme.get(scheme, {})
        for k in keywords.split():
            if k not in have:
                problem("scheme %s lacks the notation '%s'" % (scheme, k))
    if set(by_scheme) != {VOCAB + p for p, _ in SCHEMES.values()}:
        problem("unexpected schemes: %s" % sorted(set(by_scheme) - {VOCAB + p for p, _ in
                                                                      SCHEMES.values()}))
    # ACLED: 6 event types as top concepts, 25 sub-event types beneath them
    acled = EVKG.acledLabel
    labelled = {str(o): s for s, o in voc.subject_objects(acled)}
    subs = sum(len(v) for v in ACLED.values())
    if len(ACLED) != 6 or subs != 25:
        problem("the ACLED table of this check is wrong")
    for etype, subtypes in ACLED.items():
        t = labelled.get(etype)
        if t is None:
            problem("no event-type concept has evkg:acledLabel '%s'" % etype)
            continue
        if (t, SKOS.topConceptOf, URIRef(VOCAB + "event-type")) not in voc:
            problem("ACLED event type '%s' is not a top concept" % etype)
        for st in subtypes:
            s = labelled.get(st)
            if s is None:
                problem("no event-type concept has evkg:acledLabel '%s'" % st)
            elif (s, SKOS.broader, t) not in voc:
                problem("ACLED sub-event type '%s' is not narrower than '%s'" % (st, etype))
    if len(labelled) != 31:
        problem("%d concepts carry evkg:acledLabel, expected 31" % len(labelled))
    return by_scheme


def check_shapes(shapes, by_scheme, classes):
    concept_sets = {frozenset(v.values()): s for s, v in by_scheme.items()}
    for lst in shapes.objects(None, SH["in"]):
        members = frozenset(Collection(shapes, lst))
        if members not in concept_sets:
            vocab = [m for m in members if str(m).startswith(VOCAB)]
            if vocab:
                problem("shapes.ttl: an sh:in list (%d members, e.g. %s) is not a whole scheme"
                        % (len(members), sorted(vocab)[0]))
    targets = set(shapes.objects(None, SH.targetClass))
    for c in sorted(classes):
        if c != EVKG.Actor and c not in targets:
            problem("shapes.ttl: no shape targets %s" % c)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    d, mapping = argv[1], argv[2]
    with open(mapping, encoding="utf-8") as f:
        mapping_text = f.read()
    onto = rdflib.Graph().parse(os.path.join(d, "evkg.ttl"), format="turtle")
    voc = rdflib.Graph().parse(os.path.join(d, "vocabularies.ttl"), format="turtle")
    shapes = rdflib.Graph().parse(os.path.join(d, "shapes.ttl"), format="turtle")
    classes = check_ontology(onto, mapping_text)
    by_scheme = check_vocabularies(voc, mapping_text)
    check_shapes(shapes, by_scheme, classes)
    for p in problems:
        print("FAIL: " + p)
    n_terms = len({s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(EVKG))})
    n_concepts = sum(len(v) for v in by_scheme.values())
    print("%s: %d evkg terms, %d concepts in %d schemes, %d problem(s)"
          % ("FAIL" if problems else "ok", n_terms, n_concepts, len(by_scheme), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
