#!/usr/bin/env python3
"""The layout shows the pipeline: kg/src has one folder per stage, and a stage
includes only itself and the stages before it (docs/architecture.md). Also:
no include cycle between files, every folder has a README.md, and Boost X3's
umbrella header stays inside grammar/'s own sources.

usage: check_layers.py REPO_ROOT   (exit 1 naming each violation)
"""
import pathlib
import re
import sys

# Pipeline order: a stage may include the stages listed before it.
STAGES = ["values", "vocabulary", "index", "resolve", "quads", "emit", "write", "driver"]
INCLUDE = re.compile(r'^#include "([^"]+)"', re.M)


def main(root: pathlib.Path) -> int:
    problems = []
    src = root / "kg" / "src"
    folders = sorted(p.name for p in src.iterdir() if p.is_dir())
    if folders != sorted(STAGES):
        problems.append(f"kg/src holds {folders}; the stages are {STAGES}")
    loose = sorted(p.name for p in src.iterdir() if p.is_file())
    if loose:
        problems.append(f"kg/src has files outside a stage folder: {loose}")

    graph = {}
    for path in sorted(src.glob("*/*.[ch]pp")):
        stage = path.parent.name
        rel = f"{stage}/{path.name}"
        graph[rel] = []
        for target in INCLUDE.findall(path.read_text()):
            if target.startswith("evkg/"):
                continue
            if "/" not in target or target.split("/")[0] not in STAGES:
                problems.append(f"kg/src/{rel} includes \"{target}\": name it by its stage folder")
                continue
            graph[rel].append(target)
            other = target.split("/")[0]
            if stage in STAGES and STAGES.index(other) > STAGES.index(stage):
                problems.append(f"kg/src/{rel} ({stage}) includes {target}, a later stage")

    # Include cycles between kg/src files.
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in graph.get(node, []):
            if state.get(nxt) == "open":
                problems.append("include cycle: " + " -> ".join(trail + [node, nxt]))
            elif nxt not in state:
                visit(nxt, trail + [node])
        state[node] = "done"

    for node in graph:
        if node not in state:
            visit(node, [])

    for folder in [src / f for f in STAGES] + [root / "kg", root / "grammar"]:
        if folder.is_dir() and not (folder / "README.md").is_file():
            problems.append(f"{folder.relative_to(root)} has no README.md")

    sources = [p for top in ("grammar", "kg", "tools", "tests", "bench")
               for p in sorted((root / top).glob("**/*.[ch]pp"))]
    for path in sources:
        rel = path.relative_to(root)
        if "boost/spirit/home/x3.hpp>" in path.read_text() and not (
            rel.parts[:2] == ("grammar", "src")
        ):
            problems.append(f"{rel} includes <boost/spirit/home/x3.hpp> outside grammar/src")

    for p in problems:
        print(f"check_layers: {p}")
    print(f"check_layers: {len(graph)} files of kg/src in {len(STAGES)} stages, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])))
