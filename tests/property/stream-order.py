#!/usr/bin/python3
"""Check the order of `evkg build --stream -f ntriples` output: files in canonical-path order,
declarations in source order.

usage: stream-order.py [--base IRI] STREAM.nt FILE...

FILE... are the corpus's files (any spelling, any order, repeats allowed; a file without
declarations, such as a `use` index, is harmless). They are put in the order of their canonical
paths, and their declarations (`KIND ID` at the start of a line) listed in source order. Walking
the stream, a statement whose subject IRI (under the base) has the next expected declaration's
identifier as a path segment starts that declaration; other statements belong to the current one
(a declaration may state triples about other nodes). Every declaration must be reached this way,
one after the other: a file or a declaration out of order leaves the walk stuck.

Exit status: 0 in order; 1 out of order (the first declaration not reached, and where the walk
stopped, on stdout); 2 usage error.
"""

import os
import re
import sys

DECLARATION = re.compile(r"^([a-z][a-z-]*)[ \t]+([A-Za-z0-9][A-Za-z0-9_.-]*)")
NOT_DECLARATIONS = {"use", "prefix", "base"}


def main(argv):
    base = "https://example.org/evkg/"
    if len(argv) >= 2 and argv[0] == "--base":
        base, argv = argv[1], argv[2:]
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    stream, files = argv[0], sorted({os.path.realpath(f) for f in argv[1:]})
    expected = []  # (identifier, file, line)
    for path in files:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = DECLARATION.match(line)
                if m and m.group(1) not in NOT_DECLARATIONS:
                    expected.append((m.group(2), path, number))
    if not expected:
        print("no declaration in the files")
        return 1
    reached = -1
    statements = 0
    with open(stream, encoding="utf-8") as f:
        for line in f:
            subject = line.split(" ", 1)[0]
            if not subject.startswith("<" + base):
                continue
            statements += 1
            segments = subject[len(base) + 1:-1].split("/")
            if reached + 1 < len(expected) and expected[reached + 1][0] in segments:
                reached += 1
            elif reached < 0:
                print(f"a statement before the first declaration {expected[0]}: {line.strip()}")
                return 1
    if reached != len(expected) - 1:
        missing = expected[reached + 1]
        after = expected[reached] if reached >= 0 else None
        print(f"declaration `{missing[0]}` ({missing[1]}:{missing[2]}) not found after "
              f"{'`%s` (%s:%d)' % after if after else 'the start'}, in order, "
              f"among {statements} statements")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
