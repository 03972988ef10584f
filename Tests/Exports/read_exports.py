"""Reads Entente's exports back with pandas, using the column lists of each format's own
codebook, and checks types and values column by column. Run by EventQueryCLITests with the
folder holding export.gdelt, export.icews and export.csv; exits non-zero on any mismatch."""
import sys
import pandas as pd

folder = sys.argv[1]

def actor(n):
    return [f"Actor{n}{c}" for c in ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]]

def geo(prefix):
    return [f"{prefix}_{c}" for c in ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]]

# The GDELT 2.0 event table, in the codebook's order.
GDELT = (["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + actor(1) + actor(2)
         + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone"]
         + geo("Actor1Geo") + geo("Actor2Geo") + geo("ActionGeo") + ["DATEADDED", "SOURCEURL"])
assert len(GDELT) == 61

def check(condition, message):
    if not condition:
        print("FAILED:", message)
        sys.exit(1)

codes = {c: str for c in ["EventCode", "EventBaseCode", "EventRootCode", "Actor1Code", "Actor2Code"]}
g = pd.read_csv(f"{folder}/export.gdelt", sep="\t", header=None, names=GDELT, dtype=codes, keep_default_na=False, na_values=[""])
check(len(g) > 0, "no GDELT rows")
for column in ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
               "NumArticles", "DATEADDED"]:
    check(pd.api.types.is_integer_dtype(g[column]), f"GDELT {column} is {g[column].dtype}, not integers")
for column in ["FractionDate", "GoldsteinScale"]:
    check(pd.api.types.is_float_dtype(g[column]), f"GDELT {column} is {g[column].dtype}, not a number")
check(g["GLOBALEVENTID"].is_unique, "GDELT event ids repeat")
check(g["SQLDATE"].astype(str).str.fullmatch(r"\d{8}").all(), "SQLDATE is not YYYYMMDD")
check((g["MonthYear"] == g["SQLDATE"] // 100).all() and (g["Year"] == g["SQLDATE"] // 10000).all(), "MonthYear/Year disagree with SQLDATE")
check((g["FractionDate"].astype(int) == g["Year"]).all(), "FractionDate is not in its year")
check(g["IsRootEvent"].isin([0, 1]).all(), "IsRootEvent is not 0/1")
check(all(c.startswith(b) and b.startswith(r) for c, b, r in zip(g["EventCode"], g["EventBaseCode"], g["EventRootCode"])),
      "EventRootCode/EventBaseCode are not prefixes of EventCode")
check(g["EventRootCode"].str.fullmatch(r"\d\d").all(), "EventRootCode is not two digits")
check(g["QuadClass"].between(1, 4).all(), "QuadClass outside 1-4")
check(g["GoldsteinScale"].between(-10, 10).all(), "GoldsteinScale outside -10..10")
check(((g["NumMentions"] >= g["NumArticles"]) & (g["NumArticles"] >= g["NumSources"]) & (g["NumSources"] >= 1)).all(),
      "counts are not NumMentions >= NumArticles >= NumSources >= 1")
check(g["DATEADDED"].astype(str).str.fullmatch(r"\d{14}").all(), "DATEADDED is not YYYYMMDDHHMMSS")
check(g["SOURCEURL"].notna().all(), "SOURCEURL is empty")
print(f"gdelt: {len(g)} rows, 61 columns")

ICEWS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
         "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
         "Province", "Country", "Latitude", "Longitude"]
i = pd.read_csv(f"{folder}/export.icews", sep="\t", dtype={"CAMEO Code": str}, keep_default_na=False, na_values=[""])
check(list(i.columns) == ICEWS, f"ICEWS header is {list(i.columns)}")
check(len(i) == len(g), "ICEWS and GDELT hold different events")
check(pd.to_datetime(i["Event Date"], format="%Y-%m-%d", errors="coerce").notna().all(), "Event Date is not YYYY-MM-DD")
check(pd.api.types.is_float_dtype(i["Intensity"]) and i["Intensity"].between(-10, 10).all(), "Intensity is not a Goldstein value")
check(pd.api.types.is_integer_dtype(i["Sentence Number"]) and (i["Sentence Number"] >= 1).all(), "Sentence Number is not 1-based")
check(i["CAMEO Code"].str.fullmatch(r"\d{2,4}").all(), "CAMEO Code is not 2-4 digits")
check(i["Event Text"].notna().all(), "Event Text is empty")
print(f"icews: {len(i)} rows, 20 columns")

c = pd.read_csv(f"{folder}/export.csv", dtype={"cameo": str, "root": str})
expected = ["event_id", "date", "date_precision", "source", "source_name", "target", "target_name", "cameo", "event_name",
            "root", "quad_class", "goldstein", "mode", "mentions", "sources", "articles", "doc_id", "url", "outlet", "sentence"]
check(list(c.columns) == expected, f"CSV header is {list(c.columns)}")
check(len(c) >= len(g), "the CSV (every mode) holds fewer events than GDELT (factual only)")
for column in ["event_id", "quad_class", "mentions", "sources", "articles"]:
    check(pd.api.types.is_integer_dtype(c[column]), f"CSV {column} is {c[column].dtype}")
check((c["cameo"].str[:2] == c["root"]).all(), "root is not the start of cameo")
check(c["sentence"].notna().all(), "a CSV row has no sentence")
print(f"csv: {len(c)} rows, {len(c.columns)} columns")
