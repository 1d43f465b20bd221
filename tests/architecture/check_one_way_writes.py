#!/usr/bin/env python3
"""Workflows are the only writers: no file under ui/, models/ or app/ may open a database transaction or
call a store's write function. They collect values, call a core workflow and show its result; models may
read. Prints one line per violation (path:line: what) and exits 1 when there is any.

    check_one_way_writes.py ROOT [--expect-violations N]

With --expect-violations N (the self-test on tests/data/architecture) it exits 0 only when exactly N
violations were found, so a check that stopped finding anything fails too.
"""
import argparse
import pathlib
import re
import sys

LAYERS = ("ui", "models", "app")
STORE_TYPES = ("UserStore", "CertificateStore", "CaStore", "BulkJobStore", "OutboxStore", "CrlStore",
               "UserSummaryStore", "Settings", "HistoryLog", "Database")
# Store member functions that change rows (core/store/*.h).
WRITE_FUNCTIONS = (r"set|set[A-Z]\w*|insert\w*|update\w*|remove\w*|mark[A-Z]\w*|record[A-Z]\w*|claim|"
                   r"finishIfComplete|writeGroups|append|appendBatch|execSchema")
# Helpers in core that write through a Settings object handed to them.
SETTINGS_WRITERS = re.compile(r"\b(MailTemplates::(save|reset)|MailConfig::save)\s*\(")
SQL_WRITE = re.compile(r"\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|DROP\s+\w+|"
                       r"ALTER\s+TABLE|TRUNCATE)\b", re.IGNORECASE)
TRANSACTION = re.compile(r"\bTransaction\b|\bstore/Transaction\.h\b|\.transaction\(\)|\bBEGIN\b")
STATIC_WRITE = re.compile(r"\b(" + "|".join(STORE_TYPES) + r")::(" + WRITE_FUNCTIONS + r")\s*\(")
TEMP_WRITE = re.compile(r"\b(" + "|".join(STORE_TYPES) + r")\s*\([^;]*?\)\s*\.\s*(" + WRITE_FUNCTIONS + r")\s*\(")
DECLARATION = re.compile(r"\b(?:const\s+)?(" + "|".join(STORE_TYPES) + r")\s*[&*]?\s+(m_\w+|\w+)\s*[({;=,)]")


def strip_comments(text):
    """Blanks out // and /* */ comments, keeping line numbers and string literals."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def check_file(path, rel):
    text = strip_comments(path.read_text(encoding="utf-8", errors="replace"))
    lines = text.split("\n")
    problems = []
    names = {m.group(2) for m in DECLARATION.finditer(text)}
    member_write = None
    if names:
        member_write = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names))) + r")\s*(\.|->)\s*(" +
                                  WRITE_FUNCTIONS + r")\s*\(")
    for number, line in enumerate(lines, 1):
        found = []
        if TRANSACTION.search(line):
            found.append("opens a Transaction (only core workflows may)")
        if STATIC_WRITE.search(line) or TEMP_WRITE.search(line) or SETTINGS_WRITERS.search(line):
            found.append("calls a store write function (only core workflows may)")
        elif member_write and member_write.search(line):
            found.append("calls a store write function (only core workflows may)")
        if SQL_WRITE.search(line) and '"' in line:
            found.append("writes SQL (only core may)")
        for what in found:
            problems.append(f"{rel}:{number}: {what}: {line.strip()}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--expect-violations", type=int)
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    problems = []
    files = 0
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*")):
            if path.suffix in (".cpp", ".h") and path.is_file():
                files += 1
                problems += check_file(path, path.relative_to(root).as_posix())
    for p in problems:
        print(p)
    print(f"{len(problems)} violation(s) in {files} file(s) under {', '.join(LAYERS)}")
    if files == 0:
        print("error: no source files found: wrong root?")
        return 2
    if args.expect_violations is not None:
        return 0 if len(problems) == args.expect_violations else 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
