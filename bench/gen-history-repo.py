#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic repository shaped like a real one.

Defaults give ~12,000 commits on 4 branches and 3,000 files of ~8 KB source-like text, each commit changing 5 files:
about 63,000 blobs, 217,000 objects and 530 MB of blob content (the jqwik repository measured in
shared/reference/dependencies.md has 43,731 blobs, 103,589 objects, 509 MB). A few fabricated AWS-style key ids are
committed and later deleted, so the scan has something to find. Deterministic for a given seed.
"""
import random
import sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 1
COMMITS = int(sys.argv[2]) if len(sys.argv) > 2 else 12000
FILES = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
CHANGES_PER_COMMIT = 5
LINES_PER_FILE = 200
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

rng = random.Random(SEED)
out = sys.stdout.buffer
WORDS = ("value result config request response handler client server token index count buffer stream reader writer"
         " builder factory context session record entry node parent child first last next size length offset limit"
         " source target path name type kind mode state error retry timeout").split()
KEYWORDS = ["final", "return", "if", "for", "while", "var", "int", "long", "String", "List", "Map", "new", "null"]


def line():
    kind = rng.random()
    words = [rng.choice(WORDS) for _ in range(rng.randint(2, 6))]
    if kind < 0.15:
        return "  // " + " ".join(words) + "\n"
    if kind < 0.3:
        return "  }\n"
    name = words[0] + "".join(w.capitalize() for w in words[1:])
    return "    %s %s = %s(%s, %d);\n" % (rng.choice(KEYWORDS), name, rng.choice(WORDS), rng.choice(WORDS),
                                       rng.randint(0, 99999))


def data(payload):
    out.write(b"data %d\n" % len(payload))
    out.write(payload)
    out.write(b"\n")


paths = ["src/module%02d/pkg%d/File%04d.java" % (i % 60, i % 7, i) for i in range(FILES)]
contents = {}
branches = ["main", "develop", "release", "feature/big-change"]
heads = {}
mark = 0
when = 1_500_000_000


def commit(branch, message, changes, deletes=()):
    global mark, when
    mark += 1
    when += 600
    out.write(b"commit refs/heads/%s\nmark :%d\n" % (branch.encode(), mark))
    out.write(b"author Bench Author <bench@example.org> %d +0000\n" % when)
    out.write(b"committer Bench Author <bench@example.org> %d +0000\n" % when)
    data(message.encode())
    if branch in heads:
        out.write(b"from :%d\n" % heads[branch])
    elif heads:
        out.write(b"from :%d\n" % heads["main"])
    for path, content in changes:
        out.write(b"M 100644 inline %s\n" % path.encode())
        data(content.encode())
    for path in deletes:
        out.write(b"D %s\n" % path.encode())
    out.write(b"\n")
    heads[branch] = mark


# First commit: every file.
for path in paths:
    contents[path] = [line() for _ in range(LINES_PER_FILE)]
commit("main", "Initial import", [(p, "".join(contents[p])) for p in paths])

planted = {}
for n in range(1, COMMITS):
    branch = branches[0] if n < COMMITS // 4 else rng.choice(branches)
    changes = []
    for path in rng.sample(paths, CHANGES_PER_COMMIT):
        lines = contents[path]
        for _ in range(3):
            lines[rng.randrange(len(lines))] = line()
        changes.append((path, "".join(lines)))
    deletes = []
    if n % 2500 == 100:
        key = "AKIA" + "".join(rng.choice(BASE32) for _ in range(16))
        planted[n] = "config/deploy%d.env" % n
        changes.append((planted[n], "AWS_ACCESS_KEY_ID=%s\nREGION=eu-west-1\n" % key))
    if n % 2500 == 400 and (n - 300) in planted:
        deletes.append(planted.pop(n - 300))
    commit(branch, "Change %d: %s %s" % (n, rng.choice(WORDS), rng.choice(WORDS)), changes, deletes)

for i, branch in enumerate(branches):
    out.write(b"reset refs/tags/v%d.0\nfrom :%d\n\n" % (i + 1, heads[branch]))
out.flush()
