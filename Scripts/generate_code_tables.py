#!/usr/bin/env python3
"""Generate Sources/EntenteCore/CodeTables/CAMEO+Data.swift, the CAMEO event-code table.

Run once by hand from the package root (the output is committed; the build never runs this
script):

    python3 Scripts/generate_code_tables.py                       # ../shared/reference
    python3 Scripts/generate_code_tables.py --reference DIR       # another copy of the data
    python3 Scripts/generate_code_tables.py --check               # fail if the file is stale

Inputs (relative to the reference directory, by default <package root>/../shared/reference):
  * gdelt-lookups/CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt: GDELT's lookup tables
    (`CODE<TAB>VALUE`, one header line). 311 codes.
  * andybega-icews/cameo-codes.csv: the ICEWS CAMEO table (MIT). 312 codes, including 1213,
    which GDELT lacks. Some bytes are mis-encoded, so it is read with errors="replace".
  * openeventdata-PLOVER/CAMEO2PLOVER-2021.txt: the CAMEO -> PLOVER table (CC BY-SA 4.0),
    `code: EVENT, mode, context # CAMEO text`. Its quirks are handled in parse_plover().

Choices (repeated in the generated file's header):
  * Codes: the union of GDELT and ICEWS. Codes only CAMEO2PLOVER lists (1214) are left out.
  * Names: GDELT's, which are the cleaner of the two, normalised (trimmed, runs of spaces
    collapsed, stray quotes removed, "x not specified below" given its comma). Where GDELT's
    name is broken we take ICEWS's: any name with non-ASCII mojibake (044), and the seven
    root-10 names GDELT mislabels (see GDELT_MISLABELLED). Three typos are fixed by hand
    (TYPO_FIXES). Codes only ICEWS has take ICEWS's name.
  * Goldstein: GDELT's, because GDELT's scale is what GDELT users compare against; ICEWS
    differs on 016, 022, 164 and 165. Codes only ICEWS has (1213) take ICEWS's value.
  * PLOVER: from CAMEO2PLOVER-2021, nil where it maps nothing (roots 01 and 02).

The output is deterministic: entries sorted by code string, no timestamps. The script stops
with an error on anything it does not expect (a malformed line, an unknown PLOVER event, two
different mappings for one code, a typo fix that no longer applies, ...).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = PACKAGE_ROOT / "../shared/reference"
OUT = PACKAGE_ROOT / "Sources/EntenteCore/CodeTables/CAMEO+Data.swift"

GDELT_NAMES = "gdelt-lookups/CAMEO.eventcodes.txt"
GDELT_GOLDSTEIN = "gdelt-lookups/CAMEO.goldsteinscale.txt"
ICEWS = "andybega-icews/cameo-codes.csv"
PLOVER = "openeventdata-PLOVER/CAMEO2PLOVER-2021.txt"

# The 16 PLOVER event types (PLOVER_MANUAL.tex).
PLOVER_EVENTS = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

# GDELT's root-10 names for these codes come from an older CAMEO draft and contradict both
# GDELT's own four-digit children (1011 "Demand economic cooperation" sits under 101 "Demand
# information, investigation"; 1051-1056 "Demand easing of ..." under 105 "Demand mediation")
# and the parallel root 02 (021 material cooperation ... 028 mediation). ICEWS (which follows
# the CAMEO manual) and the CAMEO2PLOVER text agree with each other, so ICEWS wins.
GDELT_MISLABELLED = {"101", "102", "103", "105", "106", "107", "108"}

# Typos in GDELT's names: code -> (wrong text, right text). Each must apply exactly once.
TYPO_FIXES = {
    "033": ("matyerial", "material"),
    "0355": ("Express intent allow", "Express intent to allow"),
    "2041": ("radiologicalweapons", "radiological weapons"),
}

# CAMEO2PLOVER lists root 08 twice: "08: CONCEDE" heads 080-0834 and "08: RETREAT" heads the
# 084-0874 block. The second is a section heading, not a second mapping of the root; the first
# agrees with 080 ("Yield, not specified below" -> CONCEDE). Only the roots listed here may be
# repeated with a different event; the first occurrence wins.
PLOVER_REPEATED_SECTION_HEADINGS = {"08"}

CODE_RE = re.compile(r"^[0-9]{2,4}$")


@dataclass(frozen=True)
class Mapping:
    event: str
    mode: str | None
    context: str | None


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    goldstein: float
    plover: Mapping | None


def fail(message: str) -> None:
    sys.exit(f"generate_code_tables.py: {message}")


# ---------------------------------------------------------------------------------------------
# Readers


def read_tsv(path: Path, header: str) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[0] != header:
        fail(f"{path}: expected a `{header}` header line")
    table: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            fail(f"{path}:{number}: expected two tab-separated fields: {line!r}")
        code = parts[0].strip()
        if not CODE_RE.match(code):
            fail(f"{path}:{number}: bad CAMEO code {code!r}")
        if code in table:
            fail(f"{path}:{number}: duplicate code {code}")
        table[code] = parts[1]
    return table


def read_icews(path: Path) -> dict[str, tuple[str, float]]:
    table: dict[str, tuple[str, float]] = {}
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["code"].strip()
            if not CODE_RE.match(code):
                fail(f"{path}: bad CAMEO code {code!r}")
            if code in table:
                fail(f"{path}: duplicate code {code}")
            table[code] = (row["name"], float(row["goldstein"]))
    return table


def parse_plover(path: Path) -> dict[str, Mapping]:
    """Parse CAMEO2PLOVER-2021.txt.

    The file's quirks, all handled here:
      * `#` comment lines at the top, blank lines between sections, and a `~~~~~` line at the end.
      * Section headings `03: AGREE` carry only the event; they are taken as the root's mapping.
      * Blank or whitespace-only modes and contexts (`AGREE,  ,   economic`, `CONSULT, ,  `),
        and stray spaces inside fields (`access ,`, `  suicide-attack`): fields are trimmed
        and an empty field is nil.
      * Multiple contexts separated by `;` (`crime; corruption`): kept as one string,
        normalised to `a; b`.
      * The trailing `# CAMEO text` may itself hold a note (0813: `# Ease curfew  21.09.17:
        "ease" is no longer a mode`); everything after the first `#` is ignored.
      * Codes listed outside their root's section (0813/0814 under RETREAT, 175 and 201 under
        18, 191/192 under 17) or mapped to another root's event (163 -> COERCE, 1712 ->
        ASSAULT): taken as written; order in the file does not matter.
      * 175 listed twice with the same mapping: accepted. A code listed twice with different
        mappings is an error, except the repeated section heading for root 08.
      * Mode and context words are copied verbatim, even where they do not match the manual's
        vocabulary (e.g. 175's mode `pro_autocracy`, which the manual has as a context).
    """
    mappings: dict[str, Mapping] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or set(line) == {"~"}:
            continue
        match = re.match(r"^([0-9]{2,4})\s*:\s*(.*)$", line)
        if not match:
            fail(f"{path}:{number}: unrecognised line {raw!r}")
        code, rest = match.group(1), match.group(2)
        body = rest.split("#", 1)[0]
        fields = [field.strip() for field in body.split(",")]
        if len(fields) == 1:
            fields += ["", ""]
        if len(fields) != 3:
            fail(f"{path}:{number}: expected `EVENT` or `EVENT, mode, context`: {raw!r}")
        event, mode, context = fields
        if event not in PLOVER_EVENTS:
            fail(f"{path}:{number}: unknown PLOVER event {event!r}")
        if " " in mode:
            fail(f"{path}:{number}: mode with inner space {mode!r}")
        contexts = [part.strip() for part in context.split(";") if part.strip()]
        mapping = Mapping(event, mode or None, "; ".join(contexts) or None)
        previous = mappings.get(code)
        if previous is None:
            mappings[code] = mapping
        elif previous != mapping and code not in PLOVER_REPEATED_SECTION_HEADINGS:
            fail(f"{path}:{number}: {code} mapped twice: {previous} and {mapping}")
    return mappings


# ---------------------------------------------------------------------------------------------
# Building the table


def normalise_name(name: str) -> str:
    name = name.replace("\u00a0", " ")
    name = re.sub(r"\s+", " ", name).strip()
    name = name.strip("\"").strip()
    # GDELT writes "..., not specified below", "... not specified below" and "not spec below".
    name = re.sub(r",?\s*not spec(?:ified)? below$", ", not specified below", name)
    return name


def is_clean(name: str) -> bool:
    return name.isascii() and all(ch.isprintable() for ch in name) and "\ufffd" not in name


def build(reference: Path) -> tuple[list[Entry], dict[str, list[str]]]:
    gdelt_names = read_tsv(reference / GDELT_NAMES, "CAMEOEVENTCODE")
    gdelt_scale = read_tsv(reference / GDELT_GOLDSTEIN, "CAMEOEVENTCODE")
    icews = read_icews(reference / ICEWS)
    plover = parse_plover(reference / PLOVER)

    if set(gdelt_names) != set(gdelt_scale):
        fail("GDELT's name and Goldstein tables list different codes")

    codes = sorted(set(gdelt_names) | set(icews))
    notes: dict[str, list[str]] = {
        # CAMEO2PLOVER also maps codes that neither codebook lists (1214 "Reject intelligence
        # cooperation"); they are not CAMEO codes in either table, so they are left out.
        "only_plover": sorted(set(plover) - set(codes)),
        "only_gdelt": sorted(set(gdelt_names) - set(icews)),
        "only_icews": sorted(set(icews) - set(gdelt_names)),
        "name_from_icews": [],
        "goldstein_disagreements": [],
        "no_plover": [],
    }
    unused_fixes = dict(TYPO_FIXES)
    entries: list[Entry] = []
    for code in codes:
        # Name.
        if code in gdelt_names:
            raw = gdelt_names[code]
            if code in TYPO_FIXES:
                wrong, right = TYPO_FIXES[code]
                if raw.count(wrong) != 1:
                    fail(f"typo fix for {code} no longer applies to {raw!r}")
                raw = raw.replace(wrong, right)
                del unused_fixes[code]
            name = normalise_name(raw)
            if code in GDELT_MISLABELLED or not is_clean(name):
                name = normalise_name(icews[code][0])
                notes["name_from_icews"].append(code)
        else:
            name = normalise_name(icews[code][0])
        if not name or not is_clean(name):
            fail(f"no clean name for {code}: {name!r}")

        # Goldstein.
        goldstein = float(gdelt_scale[code]) if code in gdelt_scale else icews[code][1]
        if code in gdelt_scale and code in icews and icews[code][1] != goldstein:
            notes["goldstein_disagreements"].append(
                f"{code} (GDELT {goldstein} vs ICEWS {icews[code][1]})")
        if not -10.0 <= goldstein <= 10.0:
            fail(f"Goldstein value of {code} out of range: {goldstein}")

        mapping = plover.get(code)
        if mapping is None:
            notes["no_plover"].append(code)
        entries.append(Entry(code, name, goldstein, mapping))

    if unused_fixes:
        fail(f"typo fixes for codes GDELT no longer has: {sorted(unused_fixes)}")
    return entries, notes


# ---------------------------------------------------------------------------------------------
# Swift output


def swift_string(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\"":
            out.append("\\\"")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or not ch.isascii():
            out.append(f"\\u{{{ord(ch):X}}}")
        else:
            out.append(ch)
    return "\"" + "".join(out) + "\""


def swift_double(value: float) -> str:
    text = repr(float(value))
    if text in ("-0.0",):
        text = "0.0"
    if not re.match(r"^-?[0-9]+\.[0-9]+$", text):
        fail(f"cannot write {value!r} as a Swift Double literal")
    return text


def swift_mapping(mapping: Mapping | None) -> str:
    if mapping is None:
        return "nil"
    arguments = [f"event: {swift_string(mapping.event)}"]
    if mapping.mode is not None:
        arguments.append(f"mode: {swift_string(mapping.mode)}")
    if mapping.context is not None:
        arguments.append(f"context: {swift_string(mapping.context)}")
    return f"PLOVERMapping({', '.join(arguments)})"


SOURCES = [
    "GDELT lookup tables CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (311 codes): GDELT's"
    " published lookups (data.gdeltproject.org documentation), distributed for unrestricted use"
    " with citation; copied from github.com/mpiccirilli/UNDP-BCPR-Project @ 08d29bb.",
    "ICEWS CAMEO table data-raw/cameo-codes.csv (312 codes) from github.com/andybega/icews"
    " @ 3746c72, MIT, (c) 2022 Andreas Beger; derived from the CAMEO manual and the ICEWS"
    " Dataverse, doi:10.7910/DVN/28075.",
    "CAMEO2PLOVER-2021.txt (PLOVER draft 0.8, 2021-09-17, edited by Philip Schrodt) from"
    " github.com/openeventdata/PLOVER @ 5e0c24f, CC BY-SA 4.0. The `plover:` mappings below are"
    " adapted from it and are therefore shared under CC BY-SA 4.0, with attribution to the"
    " PLOVER authors (Open Event Data Alliance).",
]


def choices(entries: list[Entry], notes: dict[str, list[str]]) -> list[str]:
    def listing(items: list[str]) -> str:
        return ", ".join(items) if items else "none"

    return [
        f"Codes: the union of GDELT and ICEWS ({len(entries)} codes). Only in ICEWS:"
        f" {listing(notes['only_icews'])}. Only in GDELT: {listing(notes['only_gdelt'])}."
        f" CAMEO2PLOVER also maps {listing(notes['only_plover'])}, which neither codebook"
        " lists; such codes are left out.",
        "Names: GDELT's (the cleaner table), trimmed, with runs of spaces collapsed and \"not"
        " specified below\" written uniformly. Where GDELT's name is broken, ICEWS's is used"
        " instead: the mojibake of 044 (\"Meet at a 'third' location\"), and 101-103 and"
        " 105-108, which GDELT labels from an older CAMEO draft (\"Demand information,"
        " investigation\", \"Demand withdrawal\", ...) in contradiction of its own sub-codes;"
        " ICEWS (which follows the CAMEO manual) and CAMEO2PLOVER agree. Typos fixed: 033 \"matyerial\", 0355"
        " \"intent allow\", 2041 \"radiologicalweapons\". Codes only ICEWS has take its name.",
        "Goldstein: GDELT's, because the GDELT scale is what GDELT users compare against."
        f" ICEWS differs on {listing(notes['goldstein_disagreements'])}. Codes only ICEWS has"
        f" ({listing(notes['only_icews'])}) take ICEWS's value, since GDELT lacks them.",
        "PLOVER: CAMEO2PLOVER-2021, nil where it maps nothing (roots 01 and 02 and every code"
        " under them). Section headings such as \"03: AGREE\" give the root's mapping; root 08"
        " is headed twice (CONCEDE, then RETREAT for 084-0874) and keeps the first, which"
        " matches 080. Modes and contexts are trimmed (blank means nil), multiple contexts are"
        " joined as \"a; b\", and the words are kept verbatim even where the PLOVER manual's"
        " vocabulary differs (175's mode \"pro_autocracy\" is a context in the manual).",
    ]


def bullets(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, width=100, initial_indent="//   * ",
                               subsequent_indent="//     ", break_on_hyphens=False)
    return lines


def render(entries: list[Entry], notes: dict[str, list[str]]) -> str:
    lines = ["// Generated by Scripts/generate_code_tables.py \u2014 do not edit by hand.", "//",
             "// Sources (copied byte for byte into ../shared/reference; see its README.md):"]
    lines += bullets(SOURCES)
    lines += ["//", "// Choices:"]
    lines += bullets(choices(entries, notes))
    lines += ["", "extension CAMEO {", "    /// Every CAMEO event code, in code order.",
              "    public static let entries: [EventType] = ["]
    for entry in entries:
        lines.append(
            f"        EventType(code: {swift_string(entry.code)}, name: {swift_string(entry.name)}, "
            f"goldstein: {swift_double(entry.goldstein)}, plover: {swift_mapping(entry.plover)}),")
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                        help="the reference data directory (default: ../shared/reference "
                             "relative to the package root)")
    parser.add_argument("--output", type=Path, default=OUT, help="the Swift file to write")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the output file is out of date")
    arguments = parser.parse_args()

    entries, notes = build(arguments.reference.resolve())
    text = render(entries, notes)
    if arguments.check:
        current = arguments.output.read_text(encoding="utf-8") if arguments.output.exists() else ""
        if current != text:
            sys.exit(f"{arguments.output} is out of date; run Scripts/generate_code_tables.py")
        print(f"{arguments.output} is up to date ({len(entries)} codes)")
        return
    arguments.output.write_text(text, encoding="utf-8")
    mapped = sum(1 for entry in entries if entry.plover is not None)
    print(f"wrote {arguments.output}: {len(entries)} codes, {mapped} with a PLOVER mapping")
    print(f"  only in ICEWS: {notes['only_icews']}; only in GDELT: {notes['only_gdelt']}")
    print(f"  mapped by CAMEO2PLOVER only (left out): {notes['only_plover']}")
    print(f"  names from ICEWS: {notes['name_from_icews']}")
    print(f"  Goldstein disagreements (GDELT kept): {notes['goldstein_disagreements']}")
    print(f"  no PLOVER mapping: {notes['no_plover']}")


if __name__ == "__main__":
    main()
