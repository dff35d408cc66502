#!/usr/bin/python3
"""Run SPARQL queries with Jena ARQ and check their answers (scripts/jena batch: one JVM).

  run_queries.py --data OUT.ttl [--data MORE.ttl ...] QUERY.rq ...

A SELECT query Q.rq is compared with Q.expected (Jena's TSV: a header line, then one row per
solution), order-insensitively: the rows are compared as multisets and the differences are
printed. An ASK query must answer true, unless Q.expected holds "false".
Exit status 0 when every query gives its expected answer, 1 otherwise.

--write-expected writes each SELECT query's answer to Q.expected instead of comparing (to be
reviewed by reading it before it is committed).
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JENA = os.environ.get("EVKG_JENA", os.path.join(HERE, "..", "..", "scripts", "jena"))


def run_all(queries, data):
    """Answers every query in one JVM (scripts/jena batch): a list, per query, of its TSV
    lines or of the RuntimeError that says why it has none."""
    with tempfile.TemporaryDirectory(prefix="evkg-sparql.") as outdir:
        cmd = [JENA, "batch", outdir, "sparql"] + list(data) + ["--"] + list(queries)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        answers = []
        for i, query in enumerate(queries):
            out, err = os.path.join(outdir, "%d.out" % i), os.path.join(outdir, "%d.err" % i)
            if os.path.exists(out):
                with open(out, encoding="utf-8") as f:
                    answers.append([line for line in f.read().split("\n") if line != ""])
            else:
                why = open(err, encoding="utf-8").read() if os.path.exists(err) else ""
                answers.append(RuntimeError(
                    "scripts/jena batch sparql failed (exit %d) on %s:\n%s%s%s"
                    % (proc.returncode, query, why, proc.stdout, proc.stderr)))
        return answers


def expected_path(query):
    return os.path.splitext(query)[0] + ".expected"


def check(query, lines, write):
    if isinstance(lines, RuntimeError):
        raise lines
    if not lines:
        return "no output at all"
    header, rows = lines[0], lines[1:]
    exp_file = expected_path(query)
    if header == "?_askResult":
        want = "true"
        if os.path.exists(exp_file):
            with open(exp_file, encoding="utf-8") as f:
                want = f.read().strip()
        got = rows[0] if rows else ""
        return None if got == want else "ASK answered %s, expected %s" % (got, want)
    if write:
        with open(exp_file, "w", encoding="utf-8") as f:
            f.write("\n".join([header] + sorted(rows)) + "\n")
        return None
    if not os.path.exists(exp_file):
        return "no %s to compare with" % exp_file
    with open(exp_file, encoding="utf-8") as f:
        exp = [line for line in f.read().split("\n") if line != ""]
    problems = []
    if exp[0] != header:
        problems.append("columns differ:\n    expected %s\n    got      %s" % (exp[0], header))
    want, got = collections.Counter(exp[1:]), collections.Counter(rows)
    missing = sorted((want - got).elements())
    extra = sorted((got - want).elements())
    if missing:
        problems.append("%d expected row(s) missing:\n" % len(missing) +
                        "\n".join("    - " + r for r in missing))
    if extra:
        problems.append("%d unexpected row(s):\n" % len(extra) +
                        "\n".join("    + " + r for r in extra))
    return "\n  ".join(problems) if problems else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", action="append", required=True)
    parser.add_argument("--write-expected", action="store_true")
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    failed = 0
    answers = run_all(args.queries, args.data)
    for query, lines in zip(args.queries, answers):
        try:
            problem = check(query, lines, args.write_expected)
        except RuntimeError as err:
            problem = str(err)
        name = os.path.basename(query)
        if problem:
            failed += 1
            print("FAIL %s\n  %s" % (name, problem))
        else:
            print("ok   %s" % name)
    print("%d of %d queries gave their expected answer" % (len(args.queries) - failed,
                                                          len(args.queries)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
