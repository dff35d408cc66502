#!/usr/bin/python3
"""The rdflib baseline: build the corpus graph the way a researcher would by hand.

Reads corpus.jsonl (written by `generate_corpus.py --json`: the same facts as
the .ev files, with relative dates already resolved), builds the graph of
docs/rdf-mapping.md with rdflib (one Graph, `g.add` per triple) and
serialises it as N-Triples. This is the baseline of the "evkg is >= 50x
faster than rdflib" target in docs/benchmarks.md, so it is written plainly,
without tricks: the script people write before they have evkg.

Run with Debian's interpreter (rdflib is installed for it):
    /usr/bin/python3 bench/rdflib_build.py bench/out/10000/corpus.jsonl -o out.nt
"""

import argparse
import json
import sys

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

EVKG = Namespace("https://w3id.org/evkg/ns#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SCHEMA = Namespace("https://schema.org/")

CLASSES = {
    "report": EVKG.Report, "outlet": EVKG.Outlet, "state": EVKG.State,
    "government": EVKG.Government, "force": EVKG.StateForce,
    "pmc": EVKG.PrivateMilitaryCompany, "group": EVKG.ArmedGroup, "coalition": EVKG.Coalition,
    "organisation": EVKG.Organisation, "person": EVKG.Person, "source": EVKG.UnnamedSource,
    "alliance": EVKG.Alliance, "mechanism": EVKG.Mechanism, "place": EVKG.Place,
    "event": EVKG.Event, "claim": EVKG.Claim,
}
PATHS = {"report": "report", "alliance": "alliance", "mechanism": "mechanism",
         "place": "place", "event": "event", "claim": "claim"}   # every other kind: actor
ROLES = {"perpetrator": "perpetrator", "coordinated-with": "coordinatedWith",
         "accompanied-by": "accompaniedBy", "participant": "participant"}
CLAIMED = {"perpetrator": EVKG.claimedPerpetrator, "coordinated-with": EVKG.claimedCoordinatedWith,
           "accompanied-by": EVKG.claimedAccompaniedBy, "participant": EVKG.claimedParticipant,
           "target": EVKG.claimedTarget, "victim": EVKG.claimedVictim,
           "place": EVKG.claimedPlace, "under": EVKG.claimedMechanism}
# ACLED-compatible readings of the qualifiers (docs/rdf-mapping.md, "Casualty figures").
VAGUE = {"several": (3, 9, 3), "dozens": (24, 99, 12), "scores": (40, 99, 40),
         "hundreds": (200, 999, 100), "many": (None, None, None),
         "unspecified": (None, None, None)}


def integer(n):
    return Literal(n, datatype=XSD.integer)


def typed(lexical_and_type):
    lexical, datatype = lexical_and_type
    return Literal(lexical, datatype=XSD[datatype])


def canonical_decimal(written):
    """xsd:decimal's canonical form, as evkg writes coordinates: 21.8390 -> 21.839."""
    negative = written.startswith("-")
    whole, _, fraction = written.lstrip("-").partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0") or "0"
    zero = whole == "0" and fraction == "0"
    return ("-" if negative and not zero else "") + whole + "." + fraction


def text(value_and_lang, lang=None):
    value, own = value_and_lang
    return Literal(value, lang=own or lang)


class Builder:
    def __init__(self, base, vocab):
        self.base = base
        self.vocab = vocab
        self.g = Graph()
        self.kinds = {}
        self.reports = {}     # report id -> {"outlet": id, "language": tag}

    def node(self, ident):
        return URIRef(self.base + PATHS.get(self.kinds[ident], "actor") + "/" + ident)

    def iri(self, path):
        return URIRef(self.base + path)

    def concept(self, scheme, notation):
        return URIRef(self.vocab[scheme][notation])

    def time_span(self, node, span, report, lang):
        g = self.g
        g.add((node, RDF.type, EVKG.TimeSpan))
        g.add((node, EVKG.earliest, Literal(span["earliest"], datatype=XSD.date)))
        g.add((node, EVKG.latest, Literal(span["latest"], datatype=XSD.date)))
        g.add((node, EVKG.precision, self.concept("precision", span["precision"])))
        # A phrase written in a claim is in the report's language (lang is None for events).
        g.add((node, EVKG.phrase, Literal(span["phrase"],
                                          lang=lang if span["phrase_written"] else None)))
        if span["relative"]:
            g.add((node, EVKG.relativeTo, self.node(report)))
        if "date" in span:
            g.add((node, EVKG.date, typed(span["date"])))

    def timed(self, node, since, until):
        if since:
            self.g.add((node, EVKG.startDate, typed(since)))
        if until == "ended":
            self.g.add((node, EVKG.ended, Literal(True)))
        elif until:
            self.g.add((node, EVKG.endDate, typed(until)))

    def membership(self, org, member, since=None, until=None):
        node = self.iri("membership/%s/%s" % (org, member))
        self.g.add((node, RDF.type, ORG.Membership))
        self.g.add((node, ORG.member, self.node(member)))
        self.g.add((node, ORG.organization, self.node(org)))
        self.timed(node, since, until)
        return node

    def figure(self, claim, n, fig, lang):
        g = self.g
        node = self.iri("claim/%s/figure-%d" % (claim, n))
        g.add((self.node(claim), EVKG.casualtyFigure, node))
        g.add((node, RDF.type, EVKG.CasualtyFigure))
        g.add((node, EVKG.outcome, self.concept("outcome", fig["outcome"])))
        g.add((node, EVKG.quantifier, self.concept("quantifier", fig["qualifier"])))
        q, nums = fig["qualifier"], fig["numbers"]
        lower = upper = best = acled = None
        if q == "exactly":
            lower = upper = best = acled = nums[0]
        elif q == "at-least":
            lower = acled = nums[0]
        elif q == "at-most":
            lower, upper, acled = 0, nums[0], nums[0]
        elif q == "about":
            best = acled = nums[0]
        elif q == "between":
            lower, upper, acled = nums[0], nums[1], nums[0]
        else:
            lower, upper, acled = VAGUE[q]
        for prop, value in ((EVKG.lowerBound, lower), (EVKG.upperBound, upper),
                            (EVKG.bestEstimate, best), (EVKG.acledEstimate, acled)):
            if value is not None:
                g.add((node, prop, integer(value)))
        g.add((node, EVKG.phrase, text(fig["phrase"], lang)))
        group = None
        for key, value in fig["block"]:
            if key == "side":
                for actor in value:
                    g.add((node, EVKG.side, self.node(actor)))
            elif key == "including":
                for t in value:
                    g.add((node, EVKG.including, text(t)))
            else:
                if group is None:
                    group = self.iri("claim/%s/figure-%d/victims" % (claim, n))
                    g.add((node, EVKG.victimGroup, group))
                    g.add((group, RDF.type, EVKG.PopulationGroup))
                if key == "victims":
                    g.add((group, RDFS.label, text(value[0])))
                elif key == "status":
                    g.add((group, EVKG.combatantStatus, self.concept("combatant-status", value[0])))
                elif key == "nationality":
                    for state in value:
                        g.add((group, EVKG.nationality, self.node(state)))
                elif key == "ethnicity":
                    for t in value:
                        g.add((group, EVKG.ethnicity, text(t)))
                elif key == "mainly":
                    g.add((group, EVKG.predominantly, Literal(True)))

    def declaration(self, d):
        g = self.g
        kind, ident, report = d["kind"], d["id"], d["report"]
        s = self.node(ident)
        g.add((s, RDF.type, CLASSES[kind]))
        lang = self.reports[report]["language"] if report else None
        if d["label"]:
            g.add((s, RDFS.label, text(d["label"])))
            if kind == "report":
                g.add((s, SCHEMA.headline, text(d["label"])))
        if report and kind != "report":
            g.add((s, PROV.wasDerivedFrom, self.node(report)))
        if kind == "claim":
            outlet = self.reports[report]["outlet"]
            g.add((s, EVKG.reportedBy, self.node(outlet)))
            g.add((s, EVKG.assertion, self.iri("claim/%s/assertion" % ident)))
        described = {"target": 0, "victim": 0}
        figures = 0
        for key, value in d["props"]:
            if key == "alias":
                for t in value:
                    g.add((s, SKOS.altLabel, text(t)))
            elif key == "same-as":
                for iri in value:
                    g.add((s, OWL.sameAs, URIRef(iri)))
            elif key == "note":
                for t in value:
                    g.add((s, RDFS.comment, text(t)))
            elif key == "sentence":
                for n in value:
                    g.add((s, EVKG.sentence, integer(n)))
            elif key == "outlet":
                g.add((s, SCHEMA.publisher, self.node(value[0])))
            elif key == "published":
                g.add((s, SCHEMA.datePublished, Literal(value, datatype=XSD.date)))
            elif key == "url":
                g.add((s, SCHEMA.url, URIRef(value[0])))
            elif key == "language":
                g.add((s, SCHEMA.inLanguage, Literal(value[0])))
            elif key == "of":
                prop = EVKG.mechanismOf if kind == "mechanism" else EVKG.actsFor
                g.add((s, prop, self.node(value[0])))
            elif key == "country":
                for state in value:
                    g.add((s, EVKG.country, self.node(state)))
            elif key == "ideology":
                for n in value:
                    g.add((s, EVKG.ideology, self.concept("ideology", n)))
            elif key == "ethnic-base":
                mainly, base = value
                g.add((s, EVKG.ethnicBase, Literal(base)))
                if mainly:
                    g.add((s, EVKG.ethnicBasePartial, Literal(True)))
            elif key == "objective":
                for t in value:
                    g.add((s, EVKG.objective, text(t)))
            elif key == "acled-name":
                for t in value:
                    g.add((s, EVKG.acledActorName, text(t)))
            elif key in ("founded", "dissolved"):
                g.add((s, EVKG[key], typed(value)))
            elif key == "ended":
                g.add((s, EVKG.ended, Literal(True)))
            elif key == "member":
                for member, since, until in value:
                    self.membership(ident, member, since, until)
            elif key == "member-of":
                for org, since, until in value:
                    self.membership(org, ident, since, until)
            elif key == "role":
                role, org = value
                node = self.membership(org, ident)
                g.add((node, ORG.role, self.concept("role", role)))
            elif key in ("linked-to", "supported-by"):
                for other, since, until in value:
                    node = self.iri("affiliation/%s/%s/%s" % (ident, key, other))
                    g.add((node, RDF.type, EVKG.Affiliation))
                    g.add((node, EVKG.affiliationSubject, s))
                    g.add((node, EVKG.affiliationObject, self.node(other)))
                    g.add((node, EVKG.affiliationType, self.concept("affiliation", key)))
                    self.timed(node, since, until)
                    direct = ORG.linkedTo if key == "linked-to" else EVKG.supportedBy
                    g.add((s, direct, self.node(other)))
            elif key == "kind":
                g.add((s, EVKG.placeType, self.concept("place-type", value[0])))
            elif key == "in":
                g.add((s, GEO.sfWithin, self.node(value[0])))
            elif key == "near":
                for other, direction in value:
                    g.add((s, EVKG.near, self.node(other)))
                    node = self.iri("place/%s/near/%s" % (ident, other))
                    g.add((node, RDF.type, EVKG.Proximity))
                    g.add((node, EVKG.proximityFrom, s))
                    g.add((node, EVKG.proximityTo, self.node(other)))
                    if direction:
                        g.add((node, EVKG.direction, self.concept("direction", direction)))
            elif key == "at":
                lat, lon = value
                node = self.iri("place/%s/geometry" % ident)
                g.add((s, GEO.hasGeometry, node))
                g.add((node, RDF.type, GEO.Geometry))
                g.add((node, GEO.asWKT, Literal("POINT(%s %s)" % (canonical_decimal(lon), canonical_decimal(lat)),
                                                datatype=GEO.wktLiteral)))
            elif key == "type":
                g.add((s, SEM.eventType, self.concept("event-type", value[0])))
            elif key == "date":
                node = self.iri("event/%s/time" % ident)
                g.add((s, EVKG.time, node))
                self.time_span(node, value, report, None)
            elif key == "on":
                node = self.iri("claim/%s/time" % ident)
                g.add((s, EVKG.statedDuring, node))
                self.time_span(node, value, report, lang)
            elif key in ("target", "victim"):
                for item in value:
                    prop = CLAIMED[key] if kind == "claim" else EVKG[key]
                    if isinstance(item, str):
                        g.add((s, prop, self.node(item)))
                    else:
                        described[key] += 1
                        node = self.iri("%s/%s/%s-%d" % (PATHS[kind], ident, key, described[key]))
                        g.add((s, prop, node))
                        g.add((node, RDF.type, EVKG.DescribedGroup))
                        g.add((node, RDFS.label, text(item)))
            elif key in ROLES:
                prop = CLAIMED[key] if kind == "claim" else EVKG[ROLES[key]]
                for actor in value:
                    g.add((s, prop, self.node(actor)))
            elif key == "place":
                prop = CLAIMED[key] if kind == "claim" else SEM.hasPlace
                g.add((s, prop, self.node(value[0])))
            elif key == "under":
                prop = CLAIMED[key] if kind == "claim" else EVKG.conductedUnder
                g.add((s, prop, self.node(value[0])))
            elif key == "part-of":
                g.add((s, SEM.subEventOf, self.node(value[0])))
            elif key == "by":
                for speaker in value:
                    g.add((s, PROV.wasAttributedTo, self.node(speaker)))
            elif key == "to":
                g.add((s, EVKG.toldTo, self.node(value[0])))
            elif key == "act":
                g.add((s, EVKG.speechAct, self.concept("speech-act", value[0])))
            elif key == "about":
                for event in value:
                    g.add((s, EVKG.about, self.node(event)))
            elif key == "aspect":
                for n in value:
                    g.add((s, EVKG.aspect, self.concept("aspect", n)))
            elif key == "quote":
                g.add((s, EVKG.quote, text(value[0], lang)))
            elif key == "verification":
                g.add((s, EVKG.verification, self.concept("verification", value[0])))
                g.add((s, EVKG.verifiedBy, self.node(self.reports[report]["outlet"])))
            elif key == "contradicts":
                for other in value:
                    g.add((s, EVKG.contradicts, self.node(other)))
                    g.add((self.node(other), EVKG.contradicts, s))
            elif key in ("corroborates", "revises"):
                for other in value:
                    g.add((s, EVKG[key], self.node(other)))
            elif key == "asserts":
                for t in value:
                    g.add((s, EVKG.proposition, text(t, lang)))
            elif key == "casualties":
                figures += 1
                self.figure(ident, figures, value, lang)
            else:
                raise ValueError("%s %s: property %r not mapped" % (kind, ident, key))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="corpus.jsonl from generate_corpus.py --json")
    ap.add_argument("-o", "--output", required=True, help="N-Triples output file")
    ap.add_argument("--base", default="https://example.org/evkg/")
    args = ap.parse_args(argv)

    with open(args.corpus, encoding="utf-8") as f:
        header = json.loads(f.readline())
        decls = [json.loads(line) for line in f]
    b = Builder(args.base, header["vocab"])
    for d in decls:
        b.kinds[d["id"]] = d["kind"]
        if d["kind"] == "report":
            props = dict((k, v) for k, v in d["props"])
            b.reports[d["id"]] = {"outlet": props["outlet"][0], "language": props["language"][0]}
    for d in decls:
        b.declaration(d)
    b.g.serialize(destination=args.output, format="nt", encoding="utf-8")
    print("%d triples" % len(b.g), file=sys.stderr)


if __name__ == "__main__":
    main()
