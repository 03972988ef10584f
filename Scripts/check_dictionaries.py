#!/usr/bin/env python3
"""Check Entente dictionary files against the format in
Sources/EntenteCoding/EntenteCoding.docc/DictionaryFormat.md.

    python3 Scripts/check_dictionaries.py [DIR_OR_FILE ...]

Default: Sources/EntenteCoding/Resources/Dictionaries. Exits non-zero on any error; warnings
(phrases that look risky) are printed but do not fail. Prints entry counts per file.
"""

from __future__ import annotations

import collections
import datetime
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "Sources/EntenteCoding/Resources/Dictionaries"

KEYWORDS = {"entry", "kind", "code", "name", "adjective", "capital", "note"}
KINDS = {"country", "organization", "group", "person", "seat", "agent"}
PHRASE_KEYWORDS = {"name", "adjective", "capital"}
DAY = r"\d{4}-\d{2}-\d{2}"
CODE_RE = re.compile(rf"^(?P<code>[A-Z]{{3,}})(?: (?P<from>{DAY})?\.\.(?P<to>{DAY})?)?$")


def strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    i = line.find(" #")
    return line[:i] if i >= 0 else line


def parse_day(s: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(s) if s else None


def check_file(path: Path, errors: list[str], warnings: list[str]) -> collections.Counter:
    is_agents = path.suffix == ".agents"
    entries: list[dict] = []
    current: dict | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        line = strip_comment(raw).strip()
        if not line:
            continue
        keyword, _, value = line.partition(" ")
        value = value.strip()
        if keyword not in KEYWORDS:
            errors.append(f"{where}: unknown keyword {keyword!r}")
            continue
        if not value:
            errors.append(f"{where}: {keyword} without a value")
            continue
        if keyword == "entry":
            current = {"display": value, "line": lineno, "kind": None, "codes": [], "phrases": []}
            entries.append(current)
            continue
        if current is None:
            errors.append(f"{where}: {keyword} before any entry")
            continue
        if keyword == "kind":
            if value not in KINDS:
                errors.append(f"{where}: unknown kind {value!r}")
            if current["kind"]:
                errors.append(f"{where}: second kind line")
            current["kind"] = value
        elif keyword == "code":
            m = CODE_RE.match(value)
            if not m:
                errors.append(f"{where}: bad code {value!r}")
                continue
            code = m["code"]
            if len(code) % 3:
                errors.append(f"{where}: code {code} is not made of three-letter parts")
            try:
                start, end = parse_day(m["from"]), parse_day(m["to"])
            except ValueError as exc:
                errors.append(f"{where}: bad date in {value!r}: {exc}")
                continue
            if start and end and start > end:
                errors.append(f"{where}: range ends before it starts: {value}")
            dated = ".." in value
            current["codes"].append((code, start, end, dated, lineno))
        elif keyword in PHRASE_KEYWORDS:
            for phrase in value.split(";"):
                phrase = phrase.strip()
                if not phrase:
                    errors.append(f"{where}: empty phrase in {keyword}")
                    continue
                current["phrases"].append((phrase, keyword, lineno))

    seen: dict[str, tuple[str, int]] = {}
    kinds = collections.Counter()
    for e in entries:
        where = f"{path.name}:{e['line']}"
        kinds[e["kind"]] += 1
        if not e["kind"]:
            errors.append(f"{where}: entry {e['display']!r} has no kind")
        if is_agents and e["kind"] != "agent":
            errors.append(f"{where}: {e['display']!r}: .agents files hold only kind agent")
        if not is_agents and e["kind"] == "agent":
            errors.append(f"{where}: {e['display']!r}: kind agent belongs in a .agents file")
        if not e["codes"]:
            errors.append(f"{where}: entry {e['display']!r} has no code")
        if not e["phrases"]:
            errors.append(f"{where}: entry {e['display']!r} has no phrase")
        dated = sorted((c for c in e["codes"] if c[3]), key=lambda c: c[1] or datetime.date.min)
        for a, b in zip(dated, dated[1:]):
            a_end = a[2] or datetime.date.max
            b_start = b[1] or datetime.date.min
            if b_start <= a_end and not (a[2] == b[1]):
                warnings.append(f"{where}: {e['display']!r}: overlapping date ranges ({a[0]} and {b[0]})")
        for phrase, keyword, lineno in e["phrases"]:
            key = phrase.casefold()
            if key in seen and seen[key][0] != e["display"]:
                errors.append(f"{path.name}:{lineno}: phrase {phrase!r} is also in entry "
                              f"{seen[key][0]!r} (line {seen[key][1]})")
            seen.setdefault(key, (e["display"], lineno))
            if phrase.lower().startswith("the "):
                warnings.append(f"{path.name}:{lineno}: phrase {phrase!r} starts with 'the'")
            if not is_agents and not any(c.isupper() for c in phrase):
                warnings.append(f"{path.name}:{lineno}: named-actor phrase {phrase!r} has no capital letter")
    counts = collections.Counter({"entries": len(entries),
                                  "phrases": sum(len(e["phrases"]) for e in entries)})
    counts.update({f"kind {k}": v for k, v in kinds.items()})
    return counts


def main(argv: list[str]) -> int:
    targets = [Path(a) for a in argv] or [DEFAULT]
    files: list[Path] = []
    for t in targets:
        files += sorted(p for p in t.iterdir() if p.suffix in {".actors", ".agents"}) if t.is_dir() else [t]
    errors: list[str] = []
    warnings: list[str] = []
    for f in files:
        counts = check_file(f, errors, warnings)
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()) if k.startswith("kind"))
        print(f"{f.name}: {counts['entries']} entries, {counts['phrases']} phrases ({detail})")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
