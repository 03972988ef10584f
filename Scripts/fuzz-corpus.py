#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus: every gold text, the sample article and slices of the
shipped dictionaries, each as one input file in the format of EntenteFuzzing.FuzzInput
(a selector byte, then the content). Usage: fuzz-corpus.py OUTPUT-FOLDER"""
import glob
import hashlib
import json
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
root = os.path.join(os.path.dirname(__file__), "..")
count = 0


def seed(selector, content):
    global count
    data = selector.encode() + content.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(data)
    count += 1


gold = sorted(glob.glob(os.path.join(root, "Tests/Gold/*.gold.jsonl")))
gold += sorted(glob.glob(os.path.join(root, "../shared/reference/derived/*.gold.jsonl")))
for index, path in enumerate(gold):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if not line.strip():
                continue
            record = json.loads(line)
            # Dates cycle through the selectors 0-4: dated, undated and the calendar's edges.
            seed(str((index + number) % 5), record["text"])
            if number % 25 == 0:
                seed("5", json.dumps({"id": record.get("id"), "date": record.get("date"), "text": record["text"]}))
with open(os.path.join(root, "Examples/sahel-ties.txt"), encoding="utf-8") as handle:
    seed("0", handle.read())
dictionaries = os.path.join(root, "Sources/EntenteCoding/Resources/Dictionaries")
for path in sorted(glob.glob(os.path.join(dictionaries, "*"))):
    selector = "7" if path.endswith(".verbs") else ";" if path.endswith(".discards") else "6"
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    for start in range(0, len(lines), 400):
        seed(selector, "\n".join(lines[start:start + 40]) + "\n")
# PETRARCH-format dictionaries, when the reference data is beside the project.
petrarch = os.path.join(root, "../shared/reference/openeventdata-UniversalPetrarch")
for path in sorted(glob.glob(os.path.join(petrarch, "*.txt"))):
    base = os.path.basename(path).lower()
    selector = "8" if "verb" in base else "9" if "actor" in base else ":" if "agent" in base else ";" if "discard" in base else None
    if selector is None:
        continue
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()
    for start in range(0, len(lines), 400):
        seed(selector, "\n".join(lines[start:start + 60]) + "\n")
print(f"{count} seed inputs in {out}")
