#!/usr/bin/env python3
"""Generate Sources/EntenteCoding/Resources/Dictionaries/50-countries.actors.

Run once by hand (the output is committed; the build never runs this script):

    pip install countryinfo          # MIT; provides capitals, demonyms, alternative spellings
    python3 Scripts/generate_countries.py

Inputs:
  * Debian's iso-codes, /usr/share/iso-codes/json/iso_3166-1.json (LGPL-2.1-or-later):
    the list of countries and territories, their ISO 3166-1 alpha-3 codes and their names.
  * The PyPI package `countryinfo` (MIT): capitals, demonyms and alternative spellings.
  * The tables below, written by hand: CAMEO code deviations (checked against the
    Phoenix/PETRARCH country dictionary), well-known aliases, fixes for poor source data,
    and which entry owns a phrase that two countries would otherwise share.

The output is deterministic: entries are sorted by display name, phrases within an entry are
de-duplicated case-insensitively and listed primary name first, then alphabetically. The
script stops with an error if any phrase would be claimed by two entries, so every such
collision is resolved explicitly in PHRASE_OWNER.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "Sources/EntenteCoding/Resources/Dictionaries/50-countries.actors"

# ---------------------------------------------------------------------------------------------
# Which ISO 3166-1 entries to leave out: uninhabited or with no political actors of their own,
# or (BES) whose only names are too generic to match safely.
SKIP = {
    "ALA",  # Åland Islands (autonomous region of Finland)
    "ATA",  # Antarctica
    "ATF",  # French Southern Territories
    "BES",  # Bonaire, Sint Eustatius and Saba ("Saba" is too generic)
    "BVT",  # Bouvet Island
    "CCK",  # Cocos (Keeling) Islands
    "CXR",  # Christmas Island
    "HMD",  # Heard Island and McDonald Islands
    "IOT",  # British Indian Ocean Territory
    "NFK",  # Norfolk Island
    "PCN",  # Pitcairn
    "SGS",  # South Georgia and the South Sandwich Islands
    "SJM",  # Svalbard and Jan Mayen
    "UMI",  # United States Minor Outlying Islands
}

# ---------------------------------------------------------------------------------------------
# CAMEO codes that differ from the ISO alpha-3 code. CAMEO country codes are ISO 3166-1
# alpha-3; the Phoenix/PETRARCH country dictionary (Phoenix.Countries.actors.txt) codes a
# dependent territory as its sovereign's code followed by the territory's code (PUERTO_RICO
# [USAPRI], GREENLAND [DNKGRL], GIBRALTAR [GBRGIB], ...), so that "Puerto Rico" counts as the
# United States at the country level. We follow that convention.
CODE_OVERRIDES: dict[str, tuple[str, str]] = {
    # Phoenix uses these exact codes:
    "ASM": ("USAASM", "Phoenix codes American Samoa as a US territory (USAASM)"),
    "GUM": ("USAGUM", "Phoenix codes Guam as a US territory (USAGUM)"),
    "PRI": ("USAPRI", "Phoenix codes Puerto Rico as a US territory (USAPRI)"),
    "VIR": ("USAVIR", "Phoenix codes the US Virgin Islands as a US territory (USAVIR)"),
    "GRL": ("DNKGRL", "Phoenix codes Greenland as part of the Kingdom of Denmark (DNKGRL)"),
    "FRO": ("DNKFRO", "Phoenix codes the Faroe Islands as part of the Kingdom of Denmark (DNKFRO)"),
    "GIB": ("GBRGIB", "Phoenix codes Gibraltar as a British overseas territory (GBRGIB)"),
    "FLK": ("GBRFLK", "Phoenix codes the Falkland Islands as a British overseas territory (GBRFLK)"),
    "VGB": ("GBRVGB", "Phoenix codes the British Virgin Islands as a British overseas territory (GBRVGB)"),
    "MSR": ("GBRMSR", "Phoenix codes Montserrat as a British overseas territory (GBRMSR)"),
    "SHN": ("GBRSHN", "Phoenix codes Saint Helena as a British overseas territory (GBRSHN)"),
    "IMN": ("GBRIMY", "Phoenix codes the Isle of Man as GBRIMY (sic: not GBRIMN); kept for compatibility"),
    "MTQ": ("FRAMTQ", "Phoenix codes Martinique as part of France (FRAMTQ)"),
    "GLP": ("FRAGLP", "Phoenix codes Guadeloupe as part of France (FRAGLP)"),
    "GUF": ("FRAGUF", "Phoenix codes French Guiana as part of France (FRAGUF)"),
    "NCL": ("FRANCL", "Phoenix codes New Caledonia as part of France (FRANCL)"),
    "PYF": ("FRAPYF", "Phoenix codes French Polynesia as part of France (FRAPYF)"),
    "MYT": ("FRA", "Phoenix codes Mayotte, a French department since 2011, as FRA"),
    "BLM": ("FRA", "Phoenix codes Saint Barthélemy as FRA"),
    "NIU": ("NZLNIU", "Phoenix codes Niue as associated with New Zealand (NZLNIU)"),
    "TKL": ("NZLTKL", "Phoenix codes Tokelau as a New Zealand territory (NZLTKL)"),
    # Not in Phoenix; the same sovereign-plus-territory convention applied:
    "REU": ("FRAREU", "not in Phoenix; French overseas department, coded like Martinique (FRA + ISO code)"),
    "SPM": ("FRASPM", "not in Phoenix; French overseas collectivity, coded like New Caledonia (FRA + ISO code)"),
    "WLF": ("FRAWLF", "not in Phoenix; French overseas collectivity, coded like New Caledonia (FRA + ISO code)"),
    "MAF": ("FRAMAF", "not in Phoenix; French overseas collectivity, coded like New Caledonia (FRA + ISO code)"),
    "MNP": ("USAMNP", "not in Phoenix; US commonwealth, coded like Guam (USA + ISO code)"),
    "TCA": ("GBRTCA", "not in Phoenix; British overseas territory, coded like Montserrat (GBR + ISO code)"),
}

# Notes kept as comments above entries whose code is the ISO one but worth a word.
CODE_NOTES = {
    "ROU": "ROU as in Phoenix and ISO 3166-1 since 2002; the original CAMEO manual used ROM (the old ISO code)",
    "SRB": "SRB as in Phoenix; older CAMEO data used YUG / SCG for Serbia (and Montenegro)",
    "COD": "COD as in Phoenix; older CAMEO data used ZAR (Zaire)",
    "PSE": "PSE as in Phoenix and ISO 3166-1; Gaza and the West Bank are coded PSE too",
    "TLS": ("TLS (ISO 3166-1 since 2002) although Phoenix uses TMP, the withdrawn ISO code: "
            "Entente's gold data (plover-gsr-cameo) codes East Timor TLS"),
    "HKG": "HKG as in Phoenix (its own code, not CHN)",
    "ESH": ("ESH kept as its own entry although Phoenix lists Western Sahara under Morocco: the "
            "territory is disputed and on the UN list of non-self-governing territories"),
    "TWN": "TWN as in Phoenix",
}

# Kosovo is not in ISO 3166-1 (XK/XKX is a user-assigned code).
EXTRA_COUNTRIES = {
    "KSV": {
        "display": "Kosovo",
        "note": "Kosovo has no ISO 3166-1 code; Phoenix/CAMEO use KSV (the World Bank's code)",
    },
}

# ---------------------------------------------------------------------------------------------
# Display names where the ISO name is not the usual English one.
DISPLAY = {
    "BOL": "Bolivia", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "CZE": "Czechia", "FLK": "Falkland Islands", "FSM": "Micronesia", "GBR": "United Kingdom",
    "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MAF": "Saint Martin",
    "MDA": "Moldova", "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia",
    "SHN": "Saint Helena", "SXM": "Sint Maarten", "SYR": "Syria", "TUR": "Turkey",
    "TWN": "Taiwan", "TZA": "Tanzania", "USA": "United States", "VAT": "Holy See",
    "VEN": "Venezuela", "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands",
    "VNM": "Vietnam", "BRN": "Brunei", "CPV": "Cape Verde", "SWZ": "Eswatini",
    "CIV": "Côte d'Ivoire", "MKD": "North Macedonia", "TLS": "Timor-Leste",
}

# Hand-written additions: names, adjectives (demonyms; plurals are added automatically for the
# adjectives listed here too) and capitals.
EXTRA: dict[str, dict[str, list[str]]] = {
    "USA": {"names": ["United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"],
            "capitals": ["Washington", "Washington D.C.", "Washington DC"]},
    "GBR": {"names": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland",
                      "Wales", "Northern Ireland"],
            "adjectives": ["British", "Briton"]},
    "RUS": {"names": ["Russia", "Russian Federation"]},
    "CHN": {"names": ["China", "People's Republic of China", "PRC", "Mainland China"]},
    "FRA": {"names": ["France", "French Republic"]},
    "DEU": {"names": ["Germany", "Federal Republic of Germany"]},
    "UKR": {"names": ["Ukraine"], "capitals": ["Kyiv", "Kiev"]},
    "CIV": {"names": ["Côte d'Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "Côte d’Ivoire", "Ivory Coast",
                      "Republic of Côte d'Ivoire"],
            "adjectives": ["Ivorian"], "capitals": ["Yamoussoukro", "Abidjan"]},
    "BFA": {"names": ["Burkina Faso", "Burkina"], "adjectives": ["Burkinabe", "Burkinabè", "Burkinabé"]},
    "NER": {"names": ["Niger", "Republic of Niger", "Republic of the Niger"], "adjectives": ["Nigerien"]},
    "MLI": {"names": ["Mali", "Republic of Mali"], "adjectives": ["Malian"]},
    "TCD": {"names": ["Chad", "Republic of Chad"], "adjectives": ["Chadian"],
            "capitals": ["N'Djamena", "N’Djamena", "Ndjamena", "N'Djaména"]},
    "NGA": {"names": ["Nigeria", "Federal Republic of Nigeria"], "adjectives": ["Nigerian"]},
    "GIN": {"names": ["Guinea", "Republic of Guinea", "Guinea-Conakry"], "adjectives": ["Guinean"]},
    "GNB": {"names": ["Guinea-Bissau"], "adjectives": ["Bissau-Guinean"]},
    "GNQ": {"names": ["Equatorial Guinea"], "adjectives": ["Equatorial Guinean", "Equatoguinean"]},
    "COD": {"names": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
                      "D.R. Congo", "DR of Congo", "Congo-Kinshasa", "Congo Kinshasa"],
            "adjectives": ["Congolese"], "capitals": ["Kinshasa"]},
    "COG": {"names": ["Republic of the Congo", "Republic of Congo", "Congo", "Congo-Brazzaville",
                      "Congo Brazzaville", "Congo Republic"],
            "capitals": ["Brazzaville"]},
    "TUR": {"names": ["Turkey", "Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
            "adjectives": ["Turkish", "Turk"]},
    "KOR": {"names": ["South Korea", "Republic of Korea", "ROK"], "adjectives": ["South Korean"]},
    "PRK": {"names": ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
            "adjectives": ["North Korean"]},
    "IRN": {"names": ["Iran", "Islamic Republic of Iran"], "capitals": ["Tehran", "Teheran"]},
    "ISR": {"names": ["Israel", "State of Israel"]},
    "PSE": {"names": ["Palestine", "State of Palestine", "Palestinian Territories",
                      "Occupied Palestinian Territories", "Occupied Palestinian Territory",
                      "Gaza", "Gaza Strip", "West Bank"],
            "adjectives": ["Palestinian"], "capitals": ["Ramallah"]},
    "SYR": {"names": ["Syria", "Syrian Arab Republic"]},
    "MMR": {"names": ["Myanmar", "Burma"], "adjectives": ["Burmese"],
            "capitals": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"]},
    "CZE": {"names": ["Czechia", "Czech Republic"], "adjectives": ["Czech"]},
    "MKD": {"names": ["North Macedonia", "Republic of North Macedonia", "Macedonia"],
            "adjectives": ["Macedonian", "North Macedonian"]},
    "SWZ": {"names": ["Eswatini", "Swaziland", "Kingdom of Eswatini"], "adjectives": ["Swazi"],
            "capitals": ["Mbabane", "Lobamba"]},
    "CPV": {"names": ["Cape Verde", "Cabo Verde"], "adjectives": ["Cape Verdean"]},
    "TLS": {"names": ["Timor-Leste", "East Timor"], "adjectives": ["Timorese", "East Timorese"]},
    "VNM": {"names": ["Vietnam", "Viet Nam"]},
    "LAO": {"names": ["Laos", "Lao PDR"], "adjectives": ["Laotian", "Lao"]},
    "NLD": {"names": ["Netherlands", "Holland", "Kingdom of the Netherlands"], "adjectives": ["Dutch"]},
    "BEL": {"names": ["Belgium"]},
    "CHE": {"names": ["Switzerland", "Swiss Confederation"], "capitals": ["Bern", "Berne"]},
    "VAT": {"names": ["Holy See", "Vatican", "Vatican City", "Vatican City State"]},
    "SAU": {"names": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"], "adjectives": ["Saudi", "Saudi Arabian"]},
    "ARE": {"names": ["United Arab Emirates", "UAE", "U.A.E."], "adjectives": ["Emirati"]},
    "BEN": {"names": ["Benin"], "adjectives": ["Beninese", "Beninois"], "capitals": ["Porto-Novo", "Cotonou"]},
    "TGO": {"names": ["Togo"], "adjectives": ["Togolese"], "capitals": ["Lomé", "Lome"]},
    "GMB": {"names": ["Gambia", "The Gambia"], "adjectives": ["Gambian"]},
    "CAF": {"names": ["Central African Republic", "CAR"], "adjectives": ["Central African"]},
    "CMR": {"capitals": ["Yaoundé", "Yaounde"]},
    "BRA": {"capitals": ["Brasília", "Brasilia"]},
    "ESP": {"adjectives": ["Spanish", "Spaniard"]},
    "POL": {"adjectives": ["Polish", "Pole"]},
    "SRB": {"adjectives": ["Serbian", "Serb"]},
    "HRV": {"adjectives": ["Croatian", "Croat"]},
    "SWE": {"adjectives": ["Swedish", "Swede"]},
    "FIN": {"adjectives": ["Finnish", "Finn"]},
    "DNK": {"adjectives": ["Danish", "Dane"]},
    "ISL": {"adjectives": ["Icelandic", "Icelander"], "capitals": ["Reykjavik", "Reykjavík"]},
    "GRC": {"adjectives": ["Greek", "Hellenic"]},
    "GRL": {"adjectives": ["Greenlandic", "Greenlander"]},
    "PHL": {"adjectives": ["Filipino", "Filipina", "Philippine"]},
    "KAZ": {"adjectives": ["Kazakh", "Kazakhstani"], "capitals": ["Astana", "Nur-Sultan"]},
    "KGZ": {"names": ["Kyrgyzstan", "Kyrgyz Republic"], "adjectives": ["Kyrgyz", "Kyrgyzstani"]},
    "TJK": {"adjectives": ["Tajik", "Tajikistani"]},
    "UZB": {"adjectives": ["Uzbek", "Uzbekistani"]},
    "TKM": {"adjectives": ["Turkmen"]},
    "AZE": {"adjectives": ["Azerbaijani", "Azeri"]},
    "BLR": {"adjectives": ["Belarusian", "Belarussian"]},
    "MDA": {"capitals": ["Chișinău", "Chisinau"]},
    "ARG": {"adjectives": ["Argentine", "Argentinian", "Argentinean"]},
    "ATG": {"adjectives": ["Antiguan", "Barbudan"]},
    "BIH": {"names": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
            "adjectives": ["Bosnian", "Herzegovinian"]},
    "KNA": {"adjectives": ["Kittitian", "Nevisian"]},
    "MDV": {"adjectives": ["Maldivian"]},
    "DJI": {"adjectives": ["Djiboutian"]},
    "COM": {"adjectives": ["Comorian"]},
    "BWA": {"adjectives": ["Motswana", "Batswana", "Botswanan"]},
    "LSO": {"adjectives": ["Mosotho", "Basotho"]},
    "NZL": {"adjectives": ["New Zealander"]},
    "YEM": {"capitals": ["Sanaa", "Sana'a", "Sana’a"]},
    "KSV": {"names": ["Kosovo", "Republic of Kosovo"], "adjectives": ["Kosovar", "Kosovan"],
            "capitals": ["Pristina", "Prishtina", "Prishtinë"]},
    "ESH": {"names": ["Western Sahara"], "adjectives": ["Sahrawi", "Saharawi"], "capitals": ["Laayoune", "El Aaiún"]},
    "TWN": {"names": ["Taiwan", "Republic of China"]},
    "HKG": {"names": ["Hong Kong", "Hong Kong SAR"]},
    "MAC": {"names": ["Macao", "Macau"]},
    "JEY": {"names": ["Bailiwick of Jersey"]},
    "GGY": {"names": ["Guernsey", "Bailiwick of Guernsey"]},
    "CUW": {"names": ["Curaçao", "Curacao"], "capitals": ["Willemstad"]},
    "SXM": {"names": ["Sint Maarten"], "capitals": ["Philipsburg"]},
    "MAF": {"names": ["Saint Martin", "Collectivity of Saint Martin"], "capitals": ["Marigot"]},
    "TCA": {"names": ["Turks and Caicos Islands", "Turks and Caicos"]},
    "GUF": {"names": ["French Guiana"]},
    "REU": {"names": ["Réunion", "Reunion", "La Réunion"]},
    "SSD": {"names": ["South Sudan", "Republic of South Sudan"]},
    "ETH": {"names": ["Ethiopia", "Federal Democratic Republic of Ethiopia"]},
    "IND": {"capitals": ["New Delhi"]},
    "JPN": {"names": ["Japan"]},
    "LBY": {"names": ["Libya", "State of Libya"]},
    "MRT": {"names": ["Mauritania", "Islamic Republic of Mauritania"]},
    "STP": {"names": ["São Tomé and Príncipe", "Sao Tome and Principe"]},
    "FSM": {"names": ["Micronesia", "Federated States of Micronesia"]},
    "VCT": {"names": ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"]},
    "LCA": {"names": ["Saint Lucia", "St. Lucia"]},
}

# Phrases never to take from the sources for a country: generic words, other languages'
# words that are English words ("Island" is Icelandic for Iceland), ambiguous capitals and
# demonyms that belong to the sovereign state.
DROP: dict[str, set[str]] = {
    "ISL": {"Island"},
    "IMN": {"Mann", "Douglas"},             # surname / given name
    "GUF": {"Guiana", "French"},
    "MTQ": {"French"}, "MYT": {"French"}, "REU": {"French", "Saint-Denis"}, "SPM": {"French", "Saint-Pierre"},
    "MNP": {"American"},
    "HKG": {"Chinese", "City of Victoria"},
    "MAC": {"Chinese"},
    "GGY": {"Channel Islander"},
    "JEY": {"Channel Islander", "Jersey"},  # "Jersey" alone: "New Jersey"
    "AIA": {"The Valley"},                  # capital: "The valley ..." at a sentence start
    "BMU": {"Hamilton"},                    # capital: common surname
    "SYC": {"Victoria"},                    # capital: common name and place
    "SHN": {"Jamestown"},
    "MSR": {"Plymouth"},                    # capital (abandoned): English city
    "GUY": {"Georgetown"},                  # Washington neighbourhood and university
    "BEL": {"Brussels"},                    # in news "Brussels" stands for the EU: see 70-organizations
    "NLD": {"Amsterdam"},                   # seat of government is The Hague; Amsterdam is not a metonym
    "KGZ": {"Kirghiz"},
    "KNA": {"Kittian and Nevisian"},
    "VAT": {"Vaticanian"},
    "TJK": {"Tadzhik"},
    "ARG": {"Argentinean"},
    "CPV": {"Cape Verdian"},
    "MDV": {"Maldivan"},
    "COM": {"Comoran"},
    "ISR": {"Tel Aviv"},
}

# Phrases that the sources give to more than one entry: the entry that keeps it (None: nobody).
PHRASE_OWNER = {
    "congolese": "COD",        # in 2020s news overwhelmingly the DRC (Phoenix: CONGOLESE -> COD)
    "dominican": "DOM",        # far more frequent for the Dominican Republic than for Dominica
    "chinese": "CHN",
    "french": "FRA",
    "american": "USA",
    "jerusalem": "ISR",        # metonym for the Israeli government; Ramallah stands for Palestine
    "willemstad": "CUW",
    "kingston": "JAM",
    "channel islander": None,
    "samoan": "WSM",
    "guinean": "GIN",
    "norwegian": "NOR",
    "indian": "IND",
    "saint martin": "MAF",
}

# Words that mark an alternative spelling as an English long-form name.
ENGLISH_MARKERS = {
    "Republic", "Kingdom", "State", "States", "Federation", "Commonwealth", "Union", "Islands",
    "Principality", "Duchy", "Sultanate", "Emirates", "Confederation", "Territory", "Bailiwick",
    "Democratic", "Federal", "Federated", "Independent", "Plurinational", "Bolivarian",
    "Co-operative", "Hashemite", "Oriental", "Socialist", "Nation", "Department",
}
FOREIGN_WORDS = {
    "de", "du", "del", "da", "do", "des", "la", "le", "di", "ya", "wa", "y", "e", "ng", "och", "og",
    "und", "der", "das", "et", "Republika", "República", "République", "Repubblica", "Republik",
    "Reino", "Royaume", "Estado", "Estados", "Principat", "Jamhuri", "Bundesrepublik",
    "Republiken", "Konungariket", "Kongeriket", "Kongeriget", "Königreich", "Koninkrijk",
}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u00FF '’.\-]+$")

# Plurals that do not follow "add -s", and adjectives that have none.
PLURAL_IRREGULAR = {"Czech": "Czechs", "Motswana": None, "Mosotho": None, "Batswana": None,
                    "Basotho": None, "Swiss": None, "Burkinabè": None, "Burkinabé": None,
                    "Burkinabe": "Burkinabes", "Malagasy": None, "Ni-Vanuatu": None,
                    "I-Kiribati": None, "Kyrgyz": None, "Lao": None, "Turkmen": "Turkmens",
                    "Hellenic": None, "Philippine": None, "Icelandic": None, "Greenlandic": None, "Emirati": "Emiratis",
                    "Beninois": None}


def plural(adjective: str) -> str | None:
    if adjective in PLURAL_IRREGULAR:
        return PLURAL_IRREGULAR[adjective]
    last = adjective.split()[-1]
    if last.endswith(("ese", "s", "sh", "ch", "y", "è", "é", "x", "z")):
        return None
    if last in {"British", "French", "Dutch", "Irish", "Welsh", "Scottish", "English", "Danish",
                "Finnish", "Polish", "Spanish", "Swedish", "Turkish"}:
        return None
    return adjective + "s"


def clean(phrase: str) -> str:
    phrase = unicodedata.normalize("NFC", phrase).strip()
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase)          # "Holy See (Vatican City State)"
    phrase = re.sub(r"\s+", " ", phrase).strip()
    if phrase.lower().startswith("the "):                 # spec: names without a leading "the"
        phrase = phrase[4:]
    return phrase


def uninvert(name: str) -> str | None:
    """'Bolivia, Plurinational State of' -> 'Plurinational State of Bolivia'; None if unusable."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if tail.endswith((" of", " of the")) or tail in {"British", "U.S."}:
        return f"{tail} {head}"
    return None


def english_alternative(s: str) -> bool:
    if not LATIN.match(s) or "," in s or len(s) <= 3 or s.isupper():
        return False
    words = s.replace("’", "'").split()
    if any(w in FOREIGN_WORDS for w in words):
        return False
    return any(w in ENGLISH_MARKERS for w in words)


def sort_key(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.casefold()) if not unicodedata.combining(c))


def load_countryinfo() -> dict[str, list[dict]]:
    from countryinfo import all_countries  # imported here so --help works without it
    out: dict[str, list[dict]] = {}
    for country in all_countries():
        info = country.info()
        alpha3 = (info.get("ISO") or {}).get("alpha3") or ""
        if not alpha3 or info.get("name") in {"Wales", "Scotland"}:  # sub-national records
            continue
        out.setdefault(alpha3, []).append(info)
    return out


def main() -> int:
    iso = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    ci = load_countryinfo()

    entries: dict[str, dict] = {}
    for rec in iso:
        a3 = rec["alpha_3"]
        if a3 in SKIP:
            continue
        names: list[str] = []
        for key in ("common_name", "name", "official_name"):
            if key in rec:
                n = uninvert(rec[key])
                if n:
                    names.append(n)
        adjectives: list[str] = []
        capitals: list[str] = []
        for info in sorted(ci.get(a3, []), key=lambda i: i.get("name") or ""):
            if info.get("name"):
                n = uninvert(info["name"])
                if n:
                    names.append(n)
            names += [s for s in info.get("altSpellings") or [] if english_alternative(s.strip())]
            dem = info.get("demonym") or ""
            adjectives += [d for d in re.split(r"[,/]", dem) if d.strip()]
            cap = info.get("capital")
            capitals += cap if isinstance(cap, list) else ([cap] if cap else [])
        entries[a3] = {"names": names, "adjectives": adjectives, "capitals": capitals,
                       "display": DISPLAY.get(a3) or clean(uninvert(rec.get("common_name") or rec["name"]) or rec["name"])}
    for a3, extra in EXTRA_COUNTRIES.items():
        entries[a3] = {"names": [], "adjectives": [], "capitals": [], "display": extra["display"]}

    for a3, add in EXTRA.items():
        e = entries[a3]
        e["names"] += add.get("names", [])
        e["adjectives"] += add.get("adjectives", [])
        e["capitals"] += add.get("capitals", [])

    # Clean, drop, add plurals, de-duplicate within each entry.
    for a3, e in entries.items():
        drop = {clean(d).casefold() for d in DROP.get(a3, set())}
        seen: set[str] = set()
        for field in ("names", "adjectives", "capitals"):
            out: list[str] = []
            values = [clean(v) for v in e[field]]
            values = [v for v in values if v.casefold() not in drop and v.casefold() not in seen]
            if field == "adjectives":
                values += [p for p in (plural(v) for v in values) if p]
            for v in values:
                k = v.casefold()
                if not v or k in drop or k in seen:
                    continue
                seen.add(k)
                out.append(v)
            e[field] = out

    # Cross-entry collisions.
    claims: dict[str, set[str]] = {}
    for a3, e in entries.items():
        for field in ("names", "adjectives", "capitals"):
            for v in e[field]:
                claims.setdefault(v.casefold(), set()).add(a3)
    unresolved = []
    for phrase, owners in sorted(claims.items()):
        if len(owners) < 2:
            continue
        key = phrase if phrase in PHRASE_OWNER else phrase[:-1]  # plural of an owned phrase
        if key not in PHRASE_OWNER:
            unresolved.append(f"{phrase!r}: {sorted(owners)}")
            continue
        keep = PHRASE_OWNER[key]
        for a3 in owners:
            if a3 != keep:
                e = entries[a3]
                for field in ("names", "adjectives", "capitals"):
                    e[field] = [v for v in e[field] if v.casefold() != phrase]
    if unresolved:
        print("unresolved phrase collisions (add to PHRASE_OWNER):\n  " + "\n  ".join(unresolved), file=sys.stderr)
        return 1

    ci_version = metadata.version("countryinfo")
    ci_license = metadata.metadata("countryinfo").get("License")
    iso_version = "unknown"
    try:
        import subprocess
        iso_version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                                     capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        pass

    lines = [
        "# Entente country dictionary: one entry per country or inhabited territory.",
        "#",
        "# GENERATED by Scripts/generate_countries.py; edit that script, not this file.",
        f"# Sources: Debian iso-codes {iso_version} (/usr/share/iso-codes/json/iso_3166-1.json),",
        "#   licensed LGPL-2.1-or-later (per /usr/share/doc/iso-codes/copyright), for the list of",
        "#   countries, ISO 3166-1 alpha-3 codes and names;",
        f"#   the PyPI package countryinfo {ci_version} (installed metadata: License: {ci_license};",
        "#   LICENSE file: MIT, Copyright (c) 2018 Porimol Chandro) for capitals, demonyms and",
        "#   alternative spellings;",
        "#   hand-written tables in the script for CAMEO code deviations (checked against the MIT-",
        "#   licensed Phoenix/PETRARCH dictionary Phoenix.Countries.actors.txt, (c) 2014 Open Event",
        "#   Data Alliance), aliases, fixes and collision resolution. See NOTICE.",
        "#",
        "# Codes are CAMEO country codes: ISO 3166-1 alpha-3, except where a comment above an entry",
        "# says otherwise. No phrase appears in two entries.",
        "",
    ]
    for a3, e in sorted(entries.items(), key=lambda kv: (sort_key(kv[1]["display"]), kv[0])):
        code, why = CODE_OVERRIDES.get(a3, (a3, None))
        note = why or CODE_NOTES.get(a3) or EXTRA_COUNTRIES.get(a3, {}).get("note")
        names = e["names"]
        if not names:
            print(f"no names for {a3}", file=sys.stderr)
            return 1
        primary = next((n for n in names if n.casefold() == e["display"].casefold()), names[0])
        ordered = [primary] + sorted((n for n in names if n != primary), key=sort_key)
        if note:
            lines.append(f"# {code}: {note}")
        lines.append(f"entry {e['display']}")
        lines.append("  kind country")
        lines.append(f"  code {code}")
        lines.append("  name " + "; ".join(ordered))
        if e["adjectives"]:
            lines.append("  adjective " + "; ".join(e["adjectives"]))
        if e["capitals"]:
            lines.append("  capital " + "; ".join(e["capitals"]))
        lines.append("")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
