#!/usr/bin/env python3
"""Write a synthetic evkg corpus of a given size, deterministically.

The corpus imitates what researchers annotate: one shared registry file
(outlets, states, governments, forces, PMCs, armed groups, coalitions,
persons with roles, alliances with dated members, mechanisms, places with
hierarchy, proximity and coordinates) and many report files, each with one
`report`, its unnamed sources, a few events and several claims per event
(speech acts, aspects, quotes, uncertain casualty figures, contradictions,
verification). The registry stays bounded (a few thousand declarations)
while the number of events grows.

Layout written under OUT:
  registry.ev              the shared registry
  reports/NNNN/rNNNNNNN.ev one file per report, 1000 per directory
  corpus.ev                `use`s every report file: the one entry point
  corpus.jsonl             (with --json) the same facts as JSON lines, for
                           bench/rdflib_build.py: a header line, then one
                           line per declaration
  manifest.json            counts and parameters

Only notations the language documents are used; when ontology/vocabularies.ttl
exists its `skos:notation`s are read and used instead (per scheme).
Standard library only; the same --seed gives byte-identical files.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

VOCAB_BASE = "https://w3id.org/evkg/vocab/"
SCHEMES = [
    "event-type", "role", "quantifier", "outcome", "combatant-status", "speech-act",
    "aspect", "verification", "ideology", "place-type", "direction", "affiliation",
    "precision",
]

# The notations docs/language.md, docs/rdf-mapping.md and the seed sample use.
DOCUMENTED = {
    "event-type": ["drone-strike", "armed-clash", "attack", "coup", "alliance-ended"],
    "role": ["spokesperson"],
    "quantifier": ["exactly", "at-least", "at-most", "about", "between", "several", "dozens",
                   "scores", "hundreds", "many", "unspecified"],
    "outcome": ["killed", "injured", "abducted", "displaced", "arrested", "losses"],
    "combatant-status": ["civilian", "combatant", "unknown"],
    "speech-act": ["said", "claimed", "accused", "acknowledged", "admitted", "denied",
                   "announced"],
    "aspect": ["casualties", "perpetrator", "target", "place", "time", "mechanism", "outcome"],
    "verification": ["could-not-verify", "unverified", "verified", "disputed"],
    "ideology": ["separatist", "jihadist"],
    "place-type": ["town", "region", "mine", "border-area", "area"],
    "direction": ["north", "south", "south-east"],
    "affiliation": ["linked-to", "supported-by"],
    "precision": ["day", "month", "year", "range"],
}

# The event types most reports in the Sahel describe (used three times in four).
COMMON_TYPES = ["drone-strike", "armed-clash", "attack", "abduction", "remote-explosive",
                "shelling-artillery-missile", "violence-against-civilians", "suicide-bomb"]

# Event types that are not violent incidents: used rarely, never with casualties.
POLITICAL_TYPES = {"coup", "alliance-ended", "alliance-formed", "agreement", "peace-agreement",
                   "headquarters-or-base-established", "non-violent-transfer-of-territory",
                   "change-to-group-activity", "other", "admission-of-losses",
                   "non-violent-transfer", "strategic-developments", "peaceful-protest",
                   "protests"}


def camel(notation):
    return "".join(part[:1].upper() + part[1:] for part in notation.split("-"))


def read_vocabularies(path):
    """{scheme: {notation: iri}} from a Turtle file, without an RDF library.

    Good enough for a hand-written SKOS file: statements end in ` .` at the end
    of a line; the subject is the first term; `skos:notation "x"` inside it."""
    found = {}
    if not os.path.exists(path):
        return found
    text = open(path, encoding="utf-8").read()
    prefixes = {}
    for m in re.finditer(r'(?im)^\s*@?prefix\s+([A-Za-z0-9_-]*):\s*<([^>]*)>', text):
        prefixes[m.group(1)] = m.group(2)
    body = re.sub(r'(?m)#[^"\n]*$', "", text)
    for stmt in re.split(r'\.\s*\n', body):
        m = re.search(r'skos:notation\s+"([^"\\]+)"', stmt)
        if not m:
            continue
        subj = stmt.strip().split(None, 1)[0] if stmt.strip() else ""
        if subj.startswith("<") and subj.endswith(">"):
            iri = subj[1:-1]
        elif ":" in subj:
            pfx, local = subj.split(":", 1)
            if pfx not in prefixes:
                continue
            iri = prefixes[pfx] + local
        else:
            continue
        if not iri.startswith(VOCAB_BASE):
            continue
        scheme = iri[len(VOCAB_BASE):].split("/", 1)[0]
        found.setdefault(scheme, {})[m.group(1)] = iri
    return found


def load_vocab(ttl_path):
    """Notations to use per scheme, and their IRIs (for the JSON side file)."""
    from_file = read_vocabularies(ttl_path)
    vocab = {}
    for scheme in SCHEMES:
        if from_file.get(scheme):
            vocab[scheme] = dict(sorted(from_file[scheme].items()))
        else:
            vocab[scheme] = {n: VOCAB_BASE + scheme + "/" + camel(n) for n in DOCUMENTED[scheme]}
    return vocab, sorted(from_file)


# --- strings ---------------------------------------------------------------------

def ev_escape(value):
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        else:
            out.append(ch)
    return "".join(out)


def ev_text(value, lang=None):
    return '"' + ev_escape(value) + '"' + ("@" + lang if lang else "")


# Hostile but valid quote fragments: (as written in .ev, decoded value). Some use
# the \u / \U escapes, the others are escaped by ev_escape.
HOSTILE = [
    (None, 'he told them: "we will respond"'),
    (None, 'the so-called "liberation"'),                      # ends in a quote
    (None, 'they wrote """enough""" on the wall'),             # triple quotes
    (None, 'a path like C:\\temp\\new and a lone \\'),         # backslashes
    (None, 'ends with a backslash \\'),
    (None, 'line one\nline two'),                              # newline
    (None, 'a\ttab inside'),
    (None, 'Tinzaouatène — « six morts », dit-il'),
    (None, 'قتل ستة مدنيين في الغارة'),                         # Arabic (RTL)
    (None, 'Ŋgaoundéré, Ségou, Tombouctou, Ménaka'),
    (None, 'prayers 🙏 for the victims'),                      # astral plane
    (None, '\u202eflipped\u202c direction marks inside a string'),
    ('escaped \\u00e9t\\u00e9 and \\U0001F600 forms', 'escaped été and 😀 forms'),
    ('a quote \\"inside\\" with \\\\ too', 'a quote "inside" with \\ too'),
    (None, '""'),                                              # only quotes
    (None, 'mixed "quotes" and \\"escapes\\" and """ all'),
]

SYL = ["ta", "ka", "ma", "dou", "gou", "ni", "ber", "tin", "za", "ou", "kid", "al", "me",
       "na", "so", "ko", "ro", "fa", "lé", "ba", "ga", "ho", "dja", "ti", "ya", "mou", "sa"]
FIRST = ["Mohamed", "Ahmed", "Ibrahim", "Amadou", "Oumar", "Fatouma", "Aïcha", "Moussa",
         "Hamadoun", "Alghabass", "Iyad", "Seydou", "Mariam", "Bilal", "Abdoulaye", "Hama",
         "Adama", "Souleymane", "Zeïnabou", "Boubacar", "Issa", "Hawa", "Yacouba", "Assimi"]
LAST = ["Ag Ghaly", "Koufa", "Traoré", "Diallo", "Maïga", "Touré", "Cissé", "Ag Intalla",
        "Dicko", "Sanogo", "Keïta", "Coulibaly", "Ould Sidi", "Elmaouloud", "Ag Bibi",
        "Sidibé", "Ouédraogo", "Tchiani", "Goïta", "Kaboré", "Tandja", "Bazoum"]


def name(rng, parts=(2, 3), accent=True):
    s = "".join(rng.choice(SYL) for _ in range(rng.randint(*parts)))
    if not accent:
        s = s.replace("é", "e")
    return s[:1].upper() + s[1:]


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "eleven", "twelve"]


def number_phrase(n):
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


# --- dates -------------------------------------------------------------------------

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def resolve_point(point, published):
    """(earliest, latest, relative?) of one date point, as docs/rdf-mapping.md says."""
    if isinstance(point, dt.date):
        return point, point, False
    if isinstance(point, tuple):                       # ("month", y, m) / ("year", y)
        if point[0] == "month":
            y, m = point[1], point[2]
            last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return dt.date(y, m, 1), last, False
        return dt.date(point[1], 1, 1), dt.date(point[1], 12, 31), False
    if point == "today":
        return published, published, True
    if point == "yesterday":
        d = published - dt.timedelta(days=1)
        return d, d, True
    if point == "weekend":
        # The latest Saturday and Sunday that end on or before the publication day.
        sunday = published - dt.timedelta(days=(published.weekday() - 6) % 7)
        return sunday - dt.timedelta(days=1), sunday, True
    d = published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(point)) % 7)
    return d, d, True


def point_text(point):
    if isinstance(point, dt.date):
        return point.isoformat()
    if isinstance(point, tuple):
        return "%04d-%02d" % (point[1], point[2]) if point[0] == "month" else "%04d" % point[1]
    return point


class DateExpr:
    """A date expression: written form for .ev, resolved form for JSON."""

    def __init__(self, start, end=None, phrase=None):
        self.start, self.end, self.phrase = start, end, phrase

    def ev(self, lang=None):
        s = point_text(self.start)
        if self.end is not None:
            s += " .. " + point_text(self.end)
        if self.phrase:
            s += " " + ev_text(self.phrase, lang)
        return s

    def resolved(self, published):
        e1, l1, rel1 = resolve_point(self.start, published)
        if self.end is not None:
            e2, l2, rel2 = resolve_point(self.end, published)
            earliest, latest, rel, precision = e1, l2, rel1 or rel2, "range"
        else:
            earliest, latest, rel = e1, l1, rel1
            if isinstance(self.start, tuple):
                precision = self.start[0]
            elif self.start == "weekend":
                precision = "range"
            else:
                precision = "day"
        written = point_text(self.start) + (" .. " + point_text(self.end)
                                            if self.end is not None else "")
        out = {"earliest": earliest.isoformat(), "latest": latest.isoformat(),
               "precision": precision, "phrase": self.phrase or written,
               "phrase_written": self.phrase is not None, "relative": rel, "written": written}
        if self.end is None and self.start != "weekend":
            if precision == "day":
                out["date"] = [earliest.isoformat(), "date"]
            elif precision == "month":
                out["date"] = [earliest.isoformat()[:7], "gYearMonth"]
            else:
                out["date"] = [earliest.isoformat()[:4], "gYear"]
        return out


def point_resolved(point):
    """A lone date point (founded, since, until): lexical form and datatype."""
    if isinstance(point, dt.date):
        return [point.isoformat(), "date"]
    if point[0] == "month":
        return ["%04d-%02d" % (point[1], point[2]), "gYearMonth"]
    return ["%04d" % point[1], "gYear"]


# --- the writer of declarations (.ev text and JSON in one place) --------------------

class Decl:
    def __init__(self, kind, ident, label=None, lang=None):
        self.kind, self.id, self.label, self.lang = kind, ident, label, lang
        self.props = []          # (keyword, ev-text, json-value)

    def add(self, key, ev, value):
        self.props.append((key, ev, value))
        return self

    def refs(self, key, ids):
        return self.add(key, ", ".join(ids), list(ids))

    def concepts(self, key, notations):
        return self.add(key, ", ".join(notations), list(notations))

    def texts(self, key, values, lang=None):
        return self.add(key, ", ".join(ev_text(v, lang) for v in values),
                        [[v, lang] for v in values])

    def ev(self):
        head = self.kind + " " + self.id
        if self.label is not None:
            head += " " + ev_text(self.label, self.lang)
        if not self.props:
            return head + " { }\n"
        lines = [head + " {"]
        for key, ev, _ in self.props:
            if isinstance(ev, list):                  # a nested block (casualties)
                lines.append("  " + key + " " + ev[0] + " {")
                lines.extend("    " + line for line in ev[1])
                lines.append("  }")
            else:
                lines.append("  " + key + ("" if ev == "" else " " + ev))
        lines.append("}")
        return "\n".join(lines) + "\n"

    def json(self, report):
        return {"kind": self.kind, "id": self.id,
                "label": None if self.label is None else [self.label, self.lang],
                "report": report, "props": [[k, v] for k, _, v in self.props]}


# --- the registry ---------------------------------------------------------------------

STATE_NAMES = ["Mali", "Burkina Faso", "Niger", "Chad", "Sudan", "Algeria", "Mauritania",
               "Senegal", "Guinea", "Côte d'Ivoire", "Ghana", "Togo", "Benin", "Nigeria",
               "Cameroon", "Libya", "Russia", "France", "United States", "Türkiye",
               "Central African Republic", "South Sudan", "Ethiopia", "Somalia"]
OUTLETS = [("afp", "Agence France-Presse", "AFP", "https://www.afp.com/"),
           ("reuters", "Reuters", None, "https://www.reuters.com/"),
           ("ap", "Associated Press", "AP", "https://apnews.com/"),
           ("rfi", "Radio France Internationale", "RFI", "https://www.rfi.fr/"),
           ("bbc", "BBC News", None, "https://www.bbc.com/news"),
           ("aljazeera", "Al Jazeera", None, "https://www.aljazeera.com/"),
           ("jeune-afrique", "Jeune Afrique", None, "https://www.jeuneafrique.com/"),
           ("le-monde", "Le Monde", None, "https://www.lemonde.fr/"),
           ("studio-tamani", "Studio Tamani", None, "https://www.studiotamani.org/"),
           ("sahel-intelligence", "Sahel Intelligence", None, "https://sahel-intelligence.com/"),
           ("the-new-humanitarian", "The New Humanitarian", "TNH",
            "https://www.thenewhumanitarian.org/"),
           ("voa", "Voice of America", "VOA", "https://www.voanews.com/")]
ROLE_TITLES = {"spokesperson": "spokesperson", "leader": "leader", "commander": "commander",
               "founder": "founder", "minister": "minister", "president": "president",
               "chief-of-staff": "chief of staff", "member": "member"}


class Registry:
    def __init__(self, rng, vocab, sizes):
        self.rng, self.vocab = rng, vocab
        self.decls = []
        self.outlets, self.states, self.forces, self.govs = [], [], [], []
        self.pmcs, self.groups, self.coalitions, self.persons = [], [], [], []
        self.mechanisms, self.towns, self.places, self.regions_of = [], [], [], {}
        self.by_id = {}
        self.used_wikidata = set()
        self.build(sizes)

    def same_as_wikidata(self, d):
        q = "Q%d" % self.rng.randint(1000, 99999999)
        while q in self.used_wikidata:           # one Wikidata item per entity
            q = "Q%d" % self.rng.randint(1000, 99999999)
        self.used_wikidata.add(q)
        d.add("same-as", "wd:" + q, ["http://www.wikidata.org/entity/" + q])

    def build(self, sizes):
        rng = self.rng
        for ident, label, alias, url in OUTLETS:
            d = Decl("outlet", ident, label)
            if alias:
                d.texts("alias", [alias])
            d.add("url", "<" + url + ">", [url])
            self.same_as_wikidata(d)
            self.outlets.append(ident)
            self.decls.append(d)
        for label in STATE_NAMES:
            ident = slug(label)
            d = Decl("state", ident, label)
            self.same_as_wikidata(d)
            self.states.append(ident)
            self.decls.append(d)
        for s, label in zip(self.states, STATE_NAMES):
            g = Decl("government", s + "-government", "Government of " + label)
            g.refs("of", [s])
            self.govs.append(g.id)
            self.decls.append(g)
            f = Decl("force", s + "-army", "Armed Forces of " + label)
            f.texts("alias", [label + "'s army", "the " + label + " military"])
            f.refs("of", [s])
            f.texts("acled-name", ["Military Forces of " + label + " (2021-)"])
            self.forces.append(f.id)
            self.decls.append(f)
        for i in range(sizes["pmcs"]):
            ident = "pmc-%d" % i
            d = Decl("pmc", ident, name(rng) + " Group")
            d.refs("country", [rng.choice(self.states[16:])])
            d.texts("alias", [name(rng) + " mercenaries"])
            self.pmcs.append(ident)
            self.decls.append(d)
        ideologies = list(self.vocab["ideology"])
        for i in range(sizes["groups"]):
            ident = "group-%d" % i
            label = rng.choice(["Katiba ", "Front for ", "Movement of ", "Brigade ", ""]) + \
                name(rng) + rng.choice(["", " Liberation Front", " Mujahideen", " Defence Force"])
            d = Decl("group", ident, label)
            if rng.random() < 0.5:
                d.texts("alias", [label.split()[-1].upper()[:6]])
            d.concepts("ideology", [rng.choice(ideologies)])
            d.refs("country", [rng.choice(self.states[:16])])
            if rng.random() < 0.3:
                d.texts("objective", [rng.choice([
                    "the independence of Azawad", "rule by sharia", "the defence of herders",
                    "the return of displaced families", "l'autonomie de la région"])])
            d.texts("acled-name", [label + ": " + rng.choice(["Mali", "Burkina Faso", "Niger"])])
            if self.groups and rng.random() < 0.2:
                other = rng.choice(self.groups)
                d.add("linked-to", other, [[other, None, None]])
            if rng.random() < 0.1:
                sup = rng.choice(self.states[16:] + self.pmcs)
                since = dt.date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
                d.add("supported-by", sup + " since " + since.isoformat(),
                      [[sup, point_resolved(since), None]])
            if rng.random() < 0.3:
                self.same_as_wikidata(d)
            self.groups.append(ident)
            self.decls.append(d)
        for i in range(sizes["coalitions"]):
            ident = "coalition-%d" % i
            d = Decl("coalition", ident, "Coordination of " + name(rng) + " Movements")
            d.concepts("ideology", [rng.choice(ideologies)])
            mainly = rng.random() < 0.5
            base = rng.choice(["Tuareg", "Fulani", "Arab", "Songhai", "Dogon", "Peul"])
            d.add("ethnic-base", ("mainly " if mainly else "") + ev_text(base), [mainly, base])
            founded = dt.date(rng.randint(2012, 2022), rng.randint(1, 12), 1)
            d.add("founded", point_text(("month", founded.year, founded.month)),
                  point_resolved(("month", founded.year, founded.month)))
            members, ev = [], []
            for g in rng.sample(self.groups, 3):
                since = ("year", founded.year)
                until = None
                if rng.random() < 0.2:
                    until = "ended"
                ev.append(g + " since " + point_text(since) +
                          (" until ended" if until else ""))
                members.append([g, point_resolved(since), until])
            d.add("member", ", ".join(ev), members)
            if rng.random() < 0.15:
                d.add("ended", "", True)
            self.coalitions.append(ident)
            self.decls.append(d)
        # Alliances of states, each with a mechanism or two.
        for i in range(sizes["alliances"]):
            ident = "alliance-%d" % i
            d = Decl("alliance", ident, "Alliance of " + name(rng) + " States")
            founded = rng.randint(2010, 2024)
            d.add("founded", str(founded), ["%04d" % founded, "gYear"])
            ended = rng.random() < 0.2
            members, ev = [], []
            for s in rng.sample(self.states[:20], rng.randint(2, 4)):
                since = dt.date(founded, rng.randint(1, 12), rng.randint(1, 28))
                if ended:
                    ev.append(s + " since " + since.isoformat() + " until ended")
                    members.append([s, point_resolved(since), "ended"])
                elif rng.random() < 0.2:
                    until = dt.date(min(founded + rng.randint(1, 5), 2025), 6, 30)
                    if until <= since:
                        until = since + dt.timedelta(days=200)
                    ev.append(s + " since " + since.isoformat() + " until " + until.isoformat())
                    members.append([s, point_resolved(since), point_resolved(until)])
                else:
                    ev.append(s + " since " + since.isoformat())
                    members.append([s, point_resolved(since), None])
            d.add("member", ", ".join(ev), members)
            if ended:
                d.add("ended", "", True)
            self.same_as_wikidata(d)
            self.decls.append(d)
            for k in range(rng.randint(1, 2)):
                m = Decl("mechanism", "%s-mechanism-%d" % (ident, k),
                         rng.choice(["collective defence mechanism", "joint force",
                                     "air support arrangement"]) + " of " + d.label)
                m.refs("of", [ident])
                self.mechanisms.append(m.id)
                self.decls.append(m)
        # Persons: roles in organisations (notations from the role scheme).
        orgs = self.groups + self.coalitions + self.forces + self.govs + self.pmcs
        roles = list(self.vocab["role"])
        for i in range(sizes["persons"]):
            ident = "person-%d" % i
            d = Decl("person", ident, rng.choice(FIRST) + " " + rng.choice(LAST))
            org = rng.choice(orgs)
            role = rng.choice(roles)
            d.add("role", role + " of " + org, [role, org])
            if rng.random() < 0.3:
                d.refs("of", [org])
            self.persons.append(ident)
            self.decls.append(d)
        # Places: regions in states, towns in regions, mines and border areas.
        kinds = self.vocab["place-type"]
        directions = list(self.vocab["direction"])
        for s in self.states[:16]:
            lat0, lon0 = rng.uniform(5, 25), rng.uniform(-15, 25)
            regions = []
            for r in range(sizes["regions_per_state"]):
                rid = "%s-region-%d" % (s, r)
                d = Decl("place", rid, name(rng) + " Region")
                d.concepts("kind", ["region" if "region" in kinds else rng.choice(list(kinds))])
                d.refs("in", [s])
                regions.append(rid)
                self.decls.append(d)
                towns = []
                for t in range(sizes["towns_per_region"]):
                    tid = "%s-town-%d-%d" % (s, r, t)
                    label = name(rng, (2, 4))
                    lang = "fr" if rng.random() < 0.1 else None
                    d = Decl("place", tid, label, lang)
                    if rng.random() < 0.3:
                        d.texts("alias", [name(rng), label + "e"])
                    d.concepts("kind", ["town" if "town" in kinds else rng.choice(list(kinds))])
                    d.refs("in", [rid])
                    if towns:
                        other = rng.choice(towns)
                        if rng.random() < 0.6:
                            direction = rng.choice(directions)
                            d.add("near", other + " direction " + direction,
                                  [[other, direction]])
                        else:
                            d.add("near", other, [[other, None]])
                    lat = "%.4f" % (lat0 + rng.uniform(-3, 3))
                    lon = "%.4f" % (lon0 + rng.uniform(-3, 3))
                    d.add("at", lat + ", " + lon, [lat, lon])
                    if rng.random() < 0.2:
                        gn = "https://sws.geonames.org/%d/" % (2000000 + len(self.decls))
                        d.add("same-as", "<" + gn + ">", [gn])
                    towns.append(tid)
                    self.decls.append(d)
                self.towns.extend(towns)
                self.places.extend(towns)
                if "mine" in kinds:
                    mid = "%s-mine-%d" % (s, r)
                    d = Decl("place", mid, "gold mine near " + self.label_of(towns[0]))
                    d.concepts("kind", ["mine"])
                    d.refs("in", [rid])
                    d.add("near", towns[0], [[towns[0], None]])
                    self.places.append(mid)
                    self.decls.append(d)
            self.regions_of[s] = regions
            self.places.extend(regions)
            if "border-area" in kinds:
                other = rng.choice([x for x in self.states[:16] if x != s])
                bid = "%s-border-%s" % (s, other)
                d = Decl("place", bid, "border between " + s + " and " + other)
                d.concepts("kind", ["border-area"])
                d.refs("in", [s])
                d.add("near", other, [[other, None]])
                self.places.append(bid)
                self.decls.append(d)
        self.actors = self.forces + self.pmcs + self.groups + self.coalitions + self.govs
        self.by_id = {d.id: d for d in self.decls}

    def label_of(self, ident):
        if ident in self.by_id:
            return self.by_id[ident].label
        for d in reversed(self.decls):             # while building: a recent declaration
            if d.id == ident:
                return d.label
        return ident


# --- reports ----------------------------------------------------------------------------

SOURCE_LABELS = ["a local official", "local officials", "a security source", "a Malian source",
                 "a humanitarian worker", "a resident", "residents", "an elected official",
                 "a military source", "a hospital source", "witnesses", "a diplomat",
                 "a source close to the armed group", "a local journalist", "un notable local"]
VICTIMS = ["civilians", "civilian gold miners", "herders", "villagers", "soldiers",
           "fighters", "displaced people", "traders at the market", "wedding guests",
           "passengers of a bus", "members of a self-defence militia", "people"]
TARGETS = ["a pick-up transporting fighters", "a weekly market", "a military camp",
           "a convoy of trucks", "a gold-mining site", "a wedding party", "a checkpoint",
           "a camp for displaced people", "a mosque during Friday prayers"]
EVENT_WORDS = {"drone-strike": "Drone strike on", "armed-clash": "Clashes in",
               "attack": "Attack on", "coup": "Coup in", "alliance-ended": "Alliance ended in"}
OUTCOME_VERBS = {"killed": "killed", "injured": "wounded", "abducted": "abducted",
                 "displaced": "displaced", "arrested": "arrested", "losses": "lost"}


class ReportWriter:
    def __init__(self, rng, vocab, reg):
        self.rng, self.vocab, self.reg = rng, vocab, reg
        types = list(vocab["event-type"])
        self.violent_types = [t for t in types if t not in POLITICAL_TYPES] or types
        self.political_types = [t for t in types if t in POLITICAL_TYPES]
        self.common_types = [t for t in COMMON_TYPES if t in types] or self.violent_types
        self.hostile_count = 0

    def date_expr(self, published, for_claim=False):
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return DateExpr(rng.choice(WEEKDAYS))
        if r < 0.35:
            return DateExpr(rng.choice(["today", "yesterday"]))
        if r < 0.45:
            return DateExpr("weekend")
        if r < 0.55 and not for_claim:
            # A range of named days, kept in order once resolved.
            a, b = sorted(rng.sample(range(1, 7), 2), reverse=True)
            da, db = published - dt.timedelta(days=a), published - dt.timedelta(days=b)
            pa, pb = WEEKDAYS[da.weekday()], WEEKDAYS[db.weekday()]
            phrase = rng.choice([None, "%s days of fighting" % number_phrase(a - b + 1)])
            return DateExpr(pa, pb, phrase)
        if r < 0.65 and not for_claim:
            start = published - dt.timedelta(days=rng.randint(3, 30))
            end = start + dt.timedelta(days=rng.randint(1, 3))
            return DateExpr(start, end, rng.choice([None, "late last week", "over several days"]))
        if r < 0.72:
            d = published - dt.timedelta(days=rng.randint(30, 400))
            return DateExpr(("month", d.year, d.month))
        if r < 0.75 and not for_claim:
            return DateExpr(("year", published.year - rng.randint(0, 3)))
        return DateExpr(published - dt.timedelta(days=rng.randint(0, 10)),
                        phrase=rng.choice([None, None, "early in the morning"]))

    def quote(self, text):
        """(ev text, value): a quote, now and then with a hostile fragment."""
        if self.rng.random() < 0.08:
            self.hostile_count += 1
            ev_frag, value_frag = self.rng.choice(HOSTILE)
            if ev_frag is None:
                ev_frag = ev_escape(value_frag)
            return '"' + ev_escape(text) + " — " + ev_frag + '"', text + " — " + value_frag
        return ev_text(text), text

    def figure(self, side_pool):
        rng = self.rng
        outcome = rng.choice(list(self.vocab["outcome"]))
        q = rng.random()
        if q < 0.25:
            n = rng.randint(1, 60)
            quantity, phrase, nums = "exactly %d" % n, number_phrase(n) + \
                (" person" if n == 1 else " people"), [n]
            qual = "exactly"
        elif q < 0.45:
            n = rng.randint(2, 40)
            quantity, phrase, nums, qual = "at-least %d" % n, "at least " + number_phrase(n), \
                [n], "at-least"
        elif q < 0.52:
            n = rng.randint(5, 30)
            quantity, phrase, nums, qual = "at-most %d" % n, "up to %d" % n, [n], "at-most"
        elif q < 0.62:
            n = rng.randint(10, 200)
            quantity, phrase, nums, qual = "about %d" % n, "about %d" % n, [n], "about"
        elif q < 0.72:
            a = rng.randint(5, 40)
            b = a + rng.randint(1, 30)
            quantity, phrase, nums, qual = "between %d and %d" % (a, b), \
                "between %d and %d" % (a, b), [a, b], "between"
        else:
            qual = rng.choice(["dozens", "scores", "hundreds", "several", "many", "unspecified"])
            quantity = qual
            phrase = {"dozens": "dozens of people", "scores": "scores of victims",
                      "hundreds": "hundreds", "several": "several people",
                      "many": "a large number", "unspecified": "an unknown number"}[qual]
            nums = []
        block_ev, block = [], []
        status = rng.choice(list(self.vocab["combatant-status"]))
        if outcome != "losses" and rng.random() < 0.8:
            victims = rng.choice(VICTIMS)
            block_ev.append("victims " + ev_text(victims))
            block.append(["victims", [[victims, None]]])
        block_ev.append("status " + status)
        block.append(["status", [status]])
        if rng.random() < 0.4:
            nats = rng.sample(self.reg.states[:16], rng.randint(1, 3))
            block_ev.append("nationality " + ", ".join(nats))
            block.append(["nationality", nats])
            if rng.random() < 0.3:
                ethnicity = rng.choice(["Hausa", "Fulani", "Tuareg"])
                block_ev.append("ethnicity " + ev_text(ethnicity))
                block.append(["ethnicity", [[ethnicity, None]]])
                block_ev.append("mainly")
                block.append(["mainly", True])
        if outcome == "losses" or status == "combatant":
            sides = rng.sample(side_pool, min(len(side_pool), rng.randint(1, 2)))
            block_ev.append("side " + ", ".join(sides))
            block.append(["side", sides])
            if rng.random() < 0.2:
                block_ev.append("including " + ev_text("a commander"))
                block.append(["including", [["a commander", None]]])
        ev_head = outcome + " " + quantity + " " + ev_text(phrase)
        value = {"outcome": outcome, "qualifier": qual, "numbers": nums,
                 "phrase": [phrase, None], "block": block}
        return [ev_head, block_ev], value

    def write(self, index, n_events):
        """One report file: returns (.ev text, [Decl])."""
        rng, reg = self.rng, self.reg
        rid = "r%07d" % index
        published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
        lang = "fr" if rng.random() < 0.15 else "en"
        outlet = rng.choice(reg.outlets)
        town = rng.choice(reg.towns)
        decls = []
        rep = Decl("report", rid, "Violence in " + reg.label_of(town) + ": report %d" % index)
        rep.refs("outlet", [outlet])
        rep.add("published", published.isoformat(), published.isoformat())
        rep.refs("language", [lang])
        url = "https://news.example.org/%s/%d/%s" % (outlet, published.year, rid)
        rep.add("url", "<" + url + ">", [url])
        decls.append(rep)
        sources = []
        for k in range(rng.randint(1, 3)):
            s = Decl("source", "%s-s%d" % (rid, k + 1), rng.choice(SOURCE_LABELS))
            if rng.random() < 0.3:
                s.refs("of", [rng.choice(reg.states[:16])])
            sources.append(s.id)
            decls.append(s)
        sentence = 1
        event_ids = []
        for e in range(n_events):
            eid = "%s-e%d" % (rid, e + 1)
            political = self.political_types and rng.random() < 0.03
            if political:
                etype = rng.choice(self.political_types)
            elif rng.random() < 0.75:
                etype = rng.choice(self.common_types)
            else:
                etype = rng.choice(self.violent_types)
            place = rng.choice(reg.places) if rng.random() < 0.3 else rng.choice(reg.towns)
            ev = Decl("event", eid, EVENT_WORDS.get(etype, etype.replace("-", " ").capitalize()
                                                     + " in") + " " + reg.label_of(place))
            ev.concepts("type", [etype])
            date = self.date_expr(published)
            ev.add("date", date.ev(), date.resolved(published))
            ev.refs("place", [place])
            actors = rng.sample(reg.actors, 3)
            if etype == "armed-clash" or rng.random() < 0.2:
                ev.refs("participant", actors[:2])
            else:
                ev.refs("perpetrator", [actors[0]])
                if rng.random() < 0.3:
                    ev.refs("coordinated-with", [actors[1]])
                if rng.random() < 0.2:
                    ev.refs("accompanied-by", [rng.choice(reg.pmcs)])
                tgt = actors[2] if rng.random() < 0.4 else rng.choice(TARGETS)
                ev.add("target", tgt if tgt == actors[2] else ev_text(tgt),
                       [tgt if tgt == actors[2] else [tgt, None]])
                if rng.random() < 0.3:
                    v = rng.choice(VICTIMS)
                    ev.add("victim", ev_text(v), [[v, None]])
            if rng.random() < 0.15:
                ev.refs("under", [rng.choice(reg.mechanisms)])
            if event_ids and rng.random() < 0.05:
                ev.refs("part-of", [event_ids[0]])
            if rng.random() < 0.5:
                ev.add("sentence", "%d, %d" % (sentence, sentence + 1), [sentence, sentence + 1])
            sentence += 2
            event_ids.append(eid)
            decls.append(ev)
            claims = []
            for c in range(rng.choice([1, 1, 2, 2, 2, 3, 3, 4])):
                cid = "%s-c%d" % (eid, c + 1)
                label = None
                if rng.random() < 0.7:
                    label = rng.choice(["Toll", "Responsibility", "Target", "Denial",
                                        "Account"]) + " according to a source"
                cl = Decl("claim", cid, label)
                r = rng.random()
                if r < 0.45:
                    by = [rng.choice(sources)]
                elif r < 0.75:
                    by = [rng.choice(reg.persons)]
                elif r < 0.95:
                    by = [rng.choice(actors)]
                else:
                    by = [rng.choice(sources), rng.choice(actors)]
                cl.refs("by", by)
                if rng.random() < 0.3:
                    cl.refs("to", [outlet])
                act = rng.choice(list(self.vocab["speech-act"]))
                cl.concepts("act", [act])
                if rng.random() < 0.5:
                    when = self.date_expr(published, for_claim=True)
                    cl.add("on", when.ev(), when.resolved(published))
                cl.refs("about", [eid])
                aspects = rng.sample(list(self.vocab["aspect"]), rng.choice([1, 1, 2]))
                cl.concepts("aspect", aspects)
                if rng.random() < 0.8:
                    verb = OUTCOME_VERBS[rng.choice(list(OUTCOME_VERBS))]
                    text = rng.choice([
                        "The drones %s at least %s %s" % (verb, number_phrase(rng.randint(2, 12)),
                                                         rng.choice(VICTIMS)),
                        "We %s dozens of them near %s" % (verb, reg.label_of(place)),
                        "The attackers came on motorbikes and %s %s" % (verb, rng.choice(VICTIMS)),
                        "nobody was %s in the operation" % verb,
                        "Les assaillants ont tué plusieurs personnes à %s" % reg.label_of(place),
                    ])
                    ev_q, value_q = self.quote(text)
                    cl.add("quote", ev_q, [[value_q, None]])
                figures = 0
                if "casualties" in aspects or rng.random() < 0.4:
                    for _ in range(rng.choice([1, 1, 1, 2])):
                        ev_f, value_f = self.figure(actors[:2])
                        cl.add("casualties", ev_f, value_f)
                        figures += 1
                if rng.random() < 0.3:
                    cl.refs("perpetrator", [rng.choice(actors)])
                if rng.random() < 0.2:
                    t = rng.choice(TARGETS)
                    cl.add("target", ev_text(t), [[t, None]])
                if rng.random() < 0.15:
                    cl.refs("place", [place])
                if rng.random() < 0.05:
                    cl.refs("under", [rng.choice(reg.mechanisms)])
                if rng.random() < 0.2:
                    a = "the attack was " + rng.choice(["a response to provocations",
                                                        "carried out by foreign fighters",
                                                        "a legitimate military operation"])
                    cl.add("asserts", ev_text(a), [[a, None]])
                if claims and rng.random() < 0.25:
                    cl.refs("contradicts", [rng.choice(claims)])
                elif claims and rng.random() < 0.2:
                    cl.refs("corroborates", [rng.choice(claims)])
                elif claims and rng.random() < 0.05:
                    cl.refs("revises", [claims[-1]])
                if rng.random() < 0.15:
                    cl.concepts("verification", [rng.choice(list(self.vocab["verification"]))])
                if rng.random() < 0.5:
                    cl.add("sentence", str(sentence), [sentence])
                sentence += 1
                claims.append(cid)
                decls.append(cl)
        text = ['# Synthetic report %s (bench/generate_corpus.py)' % rid, "",
                'use "../../registry.ev"', ""]
        text.extend(d.ev() for d in decls)
        return "\n".join(text), decls


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=10000, help="number of events (default 10000)")
    ap.add_argument("--out", required=True, help="output directory (created)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--json", action="store_true",
                    help="also write corpus.jsonl for bench/rdflib_build.py")
    ap.add_argument("--vocabularies", default=os.path.join(REPO, "ontology", "vocabularies.ttl"),
                    help="SKOS file to read notations from (default: ontology/vocabularies.ttl)")
    ap.add_argument("--registry-scale", type=float, default=1.0,
                    help="multiply the registry sizes (default 1: ~3,000 declarations)")
    args = ap.parse_args(argv)

    vocab, schemes_from_file = load_vocab(args.vocabularies)
    rng = random.Random(args.seed)
    k = args.registry_scale
    sizes = {"pmcs": max(1, int(6 * k)), "groups": int(300 * k), "coalitions": int(30 * k),
             "alliances": max(1, int(10 * k)), "persons": int(1200 * k),
             "regions_per_state": max(1, int(6 * k)), "towns_per_region": max(2, int(14 * k))}
    reg = Registry(rng, vocab, sizes)

    os.makedirs(os.path.join(args.out, "reports"), exist_ok=True)
    with open(os.path.join(args.out, "registry.ev"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Synthetic shared registry (bench/generate_corpus.py, seed %d)\n\n" % args.seed)
        f.write("prefix wd: <http://www.wikidata.org/entity/>\n\n")
        for d in reg.decls:
            f.write(d.ev() + "\n")

    jsonl = None
    if args.json:
        jsonl = open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8", newline="\n")
        jsonl.write(json.dumps({"vocab": vocab, "seed": args.seed}, ensure_ascii=False) + "\n")
        for d in reg.decls:
            jsonl.write(json.dumps(d.json(None), ensure_ascii=False) + "\n")

    writer = ReportWriter(rng, vocab, reg)
    events = reports = claims = 0
    index_lines = ["# Every report of the synthetic corpus; `evkg build corpus.ev` builds it all.", ""]
    while events < args.events:
        n = min(rng.choice([1, 2, 2, 3, 3, 4, 5, 6]), args.events - events)
        reports += 1
        text, decls = writer.write(reports, n)
        sub = "%04d" % (reports // 1000)
        os.makedirs(os.path.join(args.out, "reports", sub), exist_ok=True)
        rel = "reports/%s/r%07d.ev" % (sub, reports)
        with open(os.path.join(args.out, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        index_lines.append('use "%s"' % rel)
        if jsonl:
            rid = decls[0].id
            for d in decls:
                jsonl.write(json.dumps(d.json(rid), ensure_ascii=False) + "\n")
        events += n
        claims += sum(1 for d in decls if d.kind == "claim")
    with open(os.path.join(args.out, "corpus.ev"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(index_lines) + "\n")
    if jsonl:
        jsonl.close()
    manifest = {"seed": args.seed, "events": events, "reports": reports, "claims": claims,
                "registry_declarations": len(reg.decls), "hostile_quotes": writer.hostile_count,
                "vocabularies_from_file": schemes_from_file}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps(manifest, sort_keys=True), file=sys.stderr)


if __name__ == "__main__":
    main()
