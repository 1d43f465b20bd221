#!/usr/bin/env python3
"""The GitHub Actions workflows cannot run here (Windows and macOS runners); this checks what can be checked
on Linux. For every .github/workflows/*.yml under ROOT:
  - it parses as YAML and has a name, triggers (`on`) and at least one job; every job has runs-on and
    steps; every step either runs a command or uses an action, and an action is pinned (`owner/name@ref`);
  - every preset named by `cmake --preset`, `cmake --build --preset` or `ctest --preset` exists among the
    configure, build or test presets of CMakePresets.json (${{ matrix.X }} is expanded for every matrix
    entry), and a build/<dir>/... path is the binary directory of a configure preset;
  - every repository file it names (scripts/..., packaging/..., vcpkg.json, CMakePresets.json, ...) exists;
  - env.VCPKG_COMMIT, when set, equals "builtin-baseline" in vcpkg.json.
Prints one line per problem (file: what) and exits 1 when there is any.

    check_ci_workflow.py ROOT [--expect-problems N]

With --expect-problems N (the self-test on tests/data/ci-workflow) it exits 0 only when exactly N problems
were found, so a check that stopped finding anything fails too.
"""
import argparse
import itertools
import json
import pathlib
import re
import sys

try:
    import yaml
except ImportError:
    # Linux (scripts/test) installs python3-yaml; elsewhere (the Windows/macOS runners themselves) skip.
    print("check_ci_workflow: PyYAML is missing (Debian package python3-yaml)", file=sys.stderr)
    sys.exit(1 if sys.platform.startswith("linux") else 77)

REPO_PATH = re.compile(r"(?<![\w$/.-])((?:\./)?(?:scripts|packaging|cmake|tests|resources|docs|\.github|app|core|"
                       r"ui|models)/[^\s\"'`;|&)(<>]+|vcpkg\.json|CMakePresets\.json|README\.md)")
BUILD_PATH = re.compile(r"(?<![\w$/.-])build/([\w.-]+)")
MATRIX = re.compile(r"\$\{\{\s*matrix\.([\w-]+)\s*\}\}")
EXPRESSION = re.compile(r"\$\{\{.*?\}\}")
PRESET = re.compile(r"\b(cmake|ctest)\b([^\n]*?)--preset[= ]+(\S+)")


def matrix_variants(job):
    """The matrix entries of a job as dicts (include entries, or the product of the axes); [{}] if none."""
    strategy = job.get("strategy") or {}
    matrix = strategy.get("matrix") or {}
    if not isinstance(matrix, dict):
        return [{}]
    axes = {k: v for k, v in matrix.items() if k not in ("include", "exclude") and isinstance(v, list)}
    variants = [dict(zip(axes, combo)) for combo in itertools.product(*axes.values())] if axes else []
    for extra in matrix.get("include") or []:
        if isinstance(extra, dict):
            variants.append(dict(extra))
    return variants or [{}]


def expand(text, variant):
    return MATRIX.sub(lambda m: str(variant.get(m.group(1), m.group(0))), text)


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)


def load_presets(root, problems):
    path = root / "CMakePresets.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        problems.append(f"CMakePresets.json: cannot be read ({e})")
        return {}, {}
    kinds = {kind: {p["name"] for p in data.get(kind + "Presets", []) if "name" in p}
             for kind in ("configure", "build", "test")}
    binary_dirs = {}
    for p in data.get("configurePresets", []):
        d = p.get("binaryDir", "")
        if d.startswith("${sourceDir}/build/"):
            binary_dirs[d[len("${sourceDir}/build/"):]] = p["name"]
    return kinds, binary_dirs


def check_workflow(root, path, presets, binary_dirs, problems):
    rel = path.relative_to(root).as_posix()
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        problems.append(f"{rel}: does not parse as YAML: {str(e).splitlines()[0]}")
        return
    if not isinstance(doc, dict):
        problems.append(f"{rel}: not a mapping")
        return
    # YAML 1.1 reads the key `on` as the boolean true.
    if "name" not in doc:
        problems.append(f"{rel}: no name")
    if "on" not in doc and True not in doc:
        problems.append(f"{rel}: no triggers (on:)")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        problems.append(f"{rel}: no jobs")
        return
    vcpkg_commit = (doc.get("env") or {}).get("VCPKG_COMMIT")
    if vcpkg_commit:
        try:
            baseline = json.loads((root / "vcpkg.json").read_text(encoding="utf-8")).get("builtin-baseline")
        except (OSError, ValueError):
            baseline = None
        if baseline != vcpkg_commit:
            problems.append(f"{rel}: env.VCPKG_COMMIT {vcpkg_commit} is not vcpkg.json's builtin-baseline "
                            f"{baseline}")
    for job_name, job in jobs.items():
        where = f"{rel}: job {job_name}"
        if not isinstance(job, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if "runs-on" not in job:
            problems.append(f"{where}: no runs-on")
        steps = job.get("steps")
        if not isinstance(steps, list) or not steps:
            problems.append(f"{where}: no steps")
            continue
        for i, step in enumerate(steps, 1):
            label = f"{where}, step {i} ({step.get('name', '') if isinstance(step, dict) else ''})"
            if not isinstance(step, dict) or ("run" in step) == ("uses" in step):
                problems.append(f"{label}: needs exactly one of run: and uses:")
                continue
            uses = step.get("uses")
            if uses and not uses.startswith("./") and not re.fullmatch(r"[\w.-]+/[\w./-]+@[\w.-]+", uses):
                problems.append(f"{label}: action {uses} is not pinned to a version (owner/name@ref)")
        seen = set()  # each problem once per job, not once per matrix entry
        for variant in matrix_variants(job):
            for raw in strings_in(steps):
                text = expand(raw, variant)
                for m in PRESET.finditer(text):
                    tool, between, name = m.groups()
                    kind = "test" if tool == "ctest" else ("build" if "--build" in between else "configure")
                    if "${{" in name:
                        continue
                    if name not in presets.get(kind, set()) and (kind, name) not in seen:
                        seen.add((kind, name))
                        problems.append(f"{where}: {kind} preset '{name}' is not in CMakePresets.json")
                for m in BUILD_PATH.finditer(EXPRESSION.sub("", text) if "${{" in text else text):
                    d = m.group(1)
                    if d not in binary_dirs and d != "deps" and d != "vcpkg" and ("dir", d) not in seen:
                        seen.add(("dir", d))
                        problems.append(f"{where}: build/{d} is no configure preset's binaryDir")
                for m in REPO_PATH.finditer(text):
                    name = m.group(1).rstrip(".,:")
                    if "$" in name or "*" in name or ("file", name) in seen:
                        continue
                    seen.add(("file", name))
                    if not (root / name).exists():
                        problems.append(f"{where}: names {name}, which does not exist")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root")
    parser.add_argument("--expect-problems", type=int, default=None)
    args = parser.parse_args()
    root = pathlib.Path(args.root).resolve()
    problems = []
    workflows = sorted(list((root / ".github/workflows").glob("*.yml")) +
                       list((root / ".github/workflows").glob("*.yaml")))
    if not workflows:
        problems.append(".github/workflows: no workflow")
    presets, binary_dirs = load_presets(root, problems)
    for path in workflows:
        check_workflow(root, path, presets, binary_dirs, problems)
    for p in problems:
        print(p)
    print(f"check_ci_workflow: {len(workflows)} workflows, {len(problems)} problems", file=sys.stderr)
    if args.expect_problems is not None:
        if len(problems) != args.expect_problems:
            print(f"expected {args.expect_problems} problems, found {len(problems)}", file=sys.stderr)
            return 1
        return 0
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
