#!/usr/bin/python3
"""SHACL checks for evkg, run with Jena (scripts/jena batch: one JVM for all the files).

  run_shacl.py conforms SHAPES DATA        DATA must conform to SHAPES
  run_shacl.py broken SHAPES BROKEN...     each BROKEN must not conform, and the report must
                                           hold a result with the path and constraint component
                                           named in the file's "# expect-path:" and
                                           "# expect-component:" comment lines

Exit status 0 when every check passes, 1 otherwise; the reason is printed.
"""
import os
import re
import subprocess
import sys
import tempfile

import rdflib
from rdflib.namespace import SH

HERE = os.path.dirname(os.path.abspath(__file__))
JENA = os.environ.get("EVKG_JENA", os.path.join(HERE, "..", "..", "scripts", "jena"))


def validate_all(shapes, files):
    """Validates every file in one JVM (scripts/jena batch): a list, per file, of its report
    (an rdflib graph, and its text) or of the RuntimeError that says why it has none."""
    with tempfile.TemporaryDirectory(prefix="evkg-shacl.") as outdir:
        proc = subprocess.run([JENA, "batch", outdir, "shacl", shapes] + list(files),
                              capture_output=True, text=True)
        reports = []
        for i, data in enumerate(files):
            out, err = os.path.join(outdir, "%d.out" % i), os.path.join(outdir, "%d.err" % i)
            if not os.path.exists(out):
                why = open(err, encoding="utf-8").read() if os.path.exists(err) else ""
                reports.append(RuntimeError(
                    "scripts/jena batch shacl failed (exit %d) on %s:\n%s%s%s"
                    % (proc.returncode, data, why, proc.stdout, proc.stderr)))
                continue
            with open(out, encoding="utf-8") as f:
                text = f.read()
            report = rdflib.Graph()
            report.parse(data=text, format="turtle")
            reports.append((report, text))
        return reports


def conforms(report):
    values = list(report.objects(None, SH.conforms))
    if len(values) != 1:
        raise RuntimeError("the SHACL report has %d sh:conforms values" % len(values))
    return values[0].toPython() is True


def summary(report):
    lines = []
    for result in report.subjects(SH.resultSeverity, None):
        path = report.value(result, SH.resultPath)
        comp = report.value(result, SH.sourceConstraintComponent)
        focus = report.value(result, SH.focusNode)
        msg = report.value(result, SH.resultMessage)
        lines.append("  focus %s path %s: %s (%s)" % (
            focus, path, msg, comp.split("#")[-1] if comp else "?"))
    return "\n".join(sorted(lines))


def check_conforms(shapes, data, validated):
    report, _ = validated
    if conforms(report):
        print("ok: %s conforms" % data)
        return True
    print("FAIL: %s does not conform to %s:\n%s" % (data, shapes, summary(report)))
    return False


def expectations(path):
    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    expect_path = expect_comp = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*expect-(path|component):\s*(\S+)", line)
            if not m:
                continue
            if m.group(1) == "path":
                prefix, local = m.group(2).split(":", 1)
                namespaces = {p: str(ns) for p, ns in graph.namespaces()}
                if prefix not in namespaces:
                    raise RuntimeError("%s: unknown prefix in %s" % (path, m.group(2)))
                expect_path = rdflib.URIRef(namespaces[prefix] + local)
            else:
                expect_comp = SH[m.group(2).split(":", 1)[1]]
    if expect_comp is None:
        raise RuntimeError("%s has no '# expect-component:' line" % path)
    return expect_path, expect_comp


def check_broken(shapes, data, validated):
    expect_path, expect_comp = expectations(data)
    report, _ = validated
    if conforms(report):
        print("FAIL: %s conforms, but it is broken on purpose" % data)
        return False
    for result in report.subjects(SH.sourceConstraintComponent, expect_comp):
        if expect_path is None or report.value(result, SH.resultPath) == expect_path:
            print("ok: %s violates %s%s" % (os.path.basename(data), expect_comp.split("#")[-1],
                                            " on %s" % expect_path if expect_path else ""))
            return True
    print("FAIL: %s does not conform, but not for the expected reason (%s on %s); got:\n%s"
          % (data, expect_comp.split("#")[-1], expect_path, summary(report)))
    return False


def main(argv):
    if len(argv) < 4 or argv[1] not in ("conforms", "broken"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, shapes, files = argv[1], argv[2], argv[3:]
    ok = True
    check = check_conforms if mode == "conforms" else check_broken
    for data, validated in zip(files, validate_all(shapes, files)):
        try:
            if isinstance(validated, RuntimeError):
                raise validated
            ok &= check(shapes, data, validated)
        except RuntimeError as err:
            print("FAIL: %s" % err)
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
