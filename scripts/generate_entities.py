#!/usr/bin/env python3
"""Generates Sources/DatelineKit/Lexicons/EntityLexicon+Table.swift, the entity lexicon Dateline ships.

Like the place lexicon, the table is tab-separated text embedded as a raw string literal, so the binary
needs no resource files. Facts come from public sources (see docs/sources.md):
  - ISO 3166-1 alpha-3 codes: the `pycountry` package; CAMEO country codes are the ISO alpha-3 codes
    (CAMEO codebook), so they are not repeated.
  - International organisations (names, abbreviations, Wikidata QIDs): SupraVerden (CC BY-SA 4.0).
  - CAMEO IGO codes: the Phoenix international actors dictionary of PETRARCH2 (MIT).
  - Heads of state and government with tenures: Wikidata world leaders 2021 (CC0; offices, QIDs, years)
    and Archigos 4.1 (leaders with exact start and end dates, to 2015).
  - Given names for the tagger's gazetteer: US Congress legislators and executives (CC0) and the leaders
    above.
  - Demonyms and organisation/title cue words: English usage, public facts listed below.
Usage: pip install pycountry && python3 scripts/generate_entities.py [SHARED_DATA_DIR]
Rows (tab-separated):
  D demonym, alpha-3            O name, abbreviation, QID, CAMEO code   o alternate name, abbreviation
  L name, alpha-3, office, start, end (ISO dates; empty = open), QID    F given name
  S organisation suffix word    T title word (a person follows)
"""
import csv, os, re, sys
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "DatelineKit", "Lexicons", "EntityLexicon+Table.swift")
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data")
GAZ = os.path.join(DATA, "gazetteers")

# Demonyms and adjectives of nationality in English use (public facts).
DEMONYMS = {
    "AFG": "Afghan Afghans", "ALB": "Albanian Albanians", "DZA": "Algerian Algerians", "AGO": "Angolan",
    "ARG": "Argentine Argentinian Argentinians Argentines", "ARM": "Armenian Armenians",
    "AUS": "Australian Australians", "AUT": "Austrian Austrians", "AZE": "Azerbaijani Azeri Azerbaijanis Azeris",
    "BHR": "Bahraini", "BGD": "Bangladeshi Bangladeshis", "BLR": "Belarusian Belarusians Byelorussian",
    "BEL": "Belgian Belgians", "BOL": "Bolivian Bolivians", "BIH": "Bosnian Bosnians", "BRA": "Brazilian Brazilians",
    "GBR": "British Briton Britons English Scottish Welsh", "BGR": "Bulgarian Bulgarians", "KHM": "Cambodian Cambodians",
    "CMR": "Cameroonian", "CAN": "Canadian Canadians", "TCD": "Chadian", "CHL": "Chilean Chileans",
    "CHN": "Chinese", "COL": "Colombian Colombians", "COD": "Congolese", "HRV": "Croatian Croat Croats Croatians",
    "CUB": "Cuban Cubans", "CYP": "Cypriot Cypriots", "CZE": "Czech Czechs", "DNK": "Danish Dane Danes",
    "DOM": "Dominican", "ECU": "Ecuadorean Ecuadorian", "EGY": "Egyptian Egyptians", "SLV": "Salvadoran",
    "EST": "Estonian Estonians", "ETH": "Ethiopian Ethiopians", "FIN": "Finnish Finn Finns", "FRA": "French Frenchman",
    "GEO": "Georgian Georgians", "DEU": "German Germans", "GHA": "Ghanaian Ghanaians", "GRC": "Greek Greeks",
    "GTM": "Guatemalan", "HTI": "Haitian Haitians", "HND": "Honduran", "HUN": "Hungarian Hungarians",
    "ISL": "Icelandic Icelander", "IND": "Indian Indians", "IDN": "Indonesian Indonesians", "IRN": "Iranian Iranians",
    "IRQ": "Iraqi Iraqis", "IRL": "Irish", "ISR": "Israeli Israelis", "ITA": "Italian Italians",
    "CIV": "Ivorian", "JAM": "Jamaican", "JPN": "Japanese", "JOR": "Jordanian Jordanians",
    "KAZ": "Kazakh Kazakhs Kazakhstani", "KEN": "Kenyan Kenyans", "KWT": "Kuwaiti Kuwaitis",
    "KGZ": "Kyrgyz Kirghiz", "LAO": "Laotian Lao", "LVA": "Latvian Latvians", "LBN": "Lebanese",
    "LBR": "Liberian Liberians", "LBY": "Libyan Libyans", "LTU": "Lithuanian Lithuanians",
    "LUX": "Luxembourg Luxembourgish", "MKD": "Macedonian Macedonians", "MYS": "Malaysian Malaysians",
    "MLI": "Malian", "MLT": "Maltese", "MEX": "Mexican Mexicans", "MDA": "Moldovan Moldovans",
    "MNG": "Mongolian Mongolians", "MNE": "Montenegrin", "MAR": "Moroccan Moroccans", "MOZ": "Mozambican",
    "MMR": "Myanmar Burmese", "NAM": "Namibian", "NPL": "Nepali Nepalese", "NLD": "Dutch Dutchman",
    "NZL": "Zealander Zealanders", "NIC": "Nicaraguan Nicaraguans", "NER": "Nigerien", "NGA": "Nigerian Nigerians",
    "PRK": "North Korean", "NOR": "Norwegian Norwegians", "OMN": "Omani", "PAK": "Pakistani Pakistanis",
    "PSE": "Palestinian Palestinians", "PAN": "Panamanian", "PRY": "Paraguayan", "PER": "Peruvian Peruvians",
    "PHL": "Philippine Filipino Filipinos", "POL": "Polish Pole Poles", "PRT": "Portuguese", "QAT": "Qatari",
    "ROU": "Romanian Romanians", "RUS": "Russian Russians", "RWA": "Rwandan Rwandans", "SAU": "Saudi Saudis",
    "SEN": "Senegalese", "SRB": "Serbian Serb Serbs", "SLE": "Sierra Leonean", "SGP": "Singaporean",
    "SVK": "Slovak Slovaks Slovakian", "SVN": "Slovenian Slovene Slovenes", "SOM": "Somali Somalis",
    "ZAF": "South African South Africans", "KOR": "South Korean South Koreans", "SSD": "South Sudanese",
    "ESP": "Spanish Spaniard Spaniards", "LKA": "Sri Lankan", "SDN": "Sudanese", "SWE": "Swedish Swede Swedes",
    "CHE": "Swiss", "SYR": "Syrian Syrians", "TWN": "Taiwanese", "TJK": "Tajik Tajiks", "TZA": "Tanzanian",
    "THA": "Thai", "TUN": "Tunisian Tunisians", "TUR": "Turkish Turk Turks", "TKM": "Turkmen",
    "UGA": "Ugandan Ugandans", "UKR": "Ukrainian Ukrainians", "ARE": "Emirati", "USA": "American Americans",
    "URY": "Uruguayan", "UZB": "Uzbek Uzbeks", "VEN": "Venezuelan Venezuelans", "VNM": "Vietnamese",
    "YEM": "Yemeni Yemenis", "ZMB": "Zambian Zambians", "ZWE": "Zimbabwean Zimbabweans",
}
TWO_WORD = {"South African", "South Africans", "South Korean", "South Koreans", "North Korean", "Sri Lankan",
            "Sierra Leonean", "South Sudanese"}

# Words that end organisation names, and titles that precede people's names (English usage).
ORG_SUFFIXES = ("Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Plc PLC plc AG SA S.A. NV N.V. GmbH LLC Group "
                "Holdings Bank Association Party Ministry Council Committee Commission Union Organization "
                "Organisation Agency Institute University Club Federation Fund Airlines Exchange Court").split()
TITLES = ("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Premier Minister Chancellor King Queen Prince Princess "
          "Sen. Rep. Gov. Gen. Lt. Col. Maj. Capt. Adm. Secretary Judge Justice Ambassador Pope Sheikh Sir "
          "Lord Lady Governor Mayor Chairman Chief Director spokesman spokeswoman coach striker midfielder "
          "defender goalkeeper").split()



# Country names pycountry does not read, and COW states missing from REIGN's lists (COW state
# system membership list, correlatesofwar.org), by their ISO 3166-1 alpha-3 codes.
ISO_BY_NAME = {
    "Russia": "RUS", "Turkey": "TUR", "Bosnia-Herzegovina": "BIH", "Cape Verde": "CPV",
    "Cote d'Ivoire": "CIV", "Democratic Republic of Congo": "COD", "East Timor": "TLS",
    "Myanmar (Burma)": "MMR", "Surinam": "SUR", "Swaziland": "SWZ", "German Federal Republic": "DEU",
    "Democratic Republic of Vietnam": "VNM", "Kosovo": "",
}
NAME_BY_COW = {
    "692": "Bahrain", "835": "Brunei Darussalam", "663": "Jordan", "690": "Kuwait", "698": "Oman",
    "694": "Qatar", "670": "Saudi Arabia", "340": "Serbia", "713": "Taiwan", "696": "United Arab Emirates",
    "678": "Yemen",
}


def cow_to_iso():
    names = dict(NAME_BY_COW)
    for file in ("electionlist_3_21.csv", "regime_list.csv"):
        with open(os.path.join(GAZ, "reign", file), encoding="utf-8", errors="replace") as f:
            for r in csv.DictReader(f):
                if r.get("ccode") and r.get("country"):
                    names.setdefault(r["ccode"], r["country"])
    codes = {}
    for cow, name in names.items():
        if name in ISO_BY_NAME:
            code = ISO_BY_NAME[name]
        else:
            try:
                code = pycountry.countries.lookup(name).alpha_3
            except LookupError:
                code = ""
        if code:
            codes[cow] = code
    return codes

def igo_codes():
    """CAMEO IGO codes by upper-case name, from the Phoenix international actors dictionary."""
    path = os.path.join(DATA, "events", "petrarch2", "petrarch2", "data", "dictionaries",
                        "Phoenix.International.actors.txt")
    codes, names = {}, []
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        if raw[0] in "\t ":
            m = re.search(r"\[(IGO[A-Z]*)\]", line)  # only unrestricted codes
            if m:
                for name in names:
                    codes.setdefault(name, m.group(1))
            names = []
            continue
        m = re.match(r"^\+?([^\t\[]+?)_?\s*(\[(IGO[A-Z]*)\])?$", line.strip())
        if not m:
            continue
        name = m.group(1).replace("_", " ").strip().upper()
        if line.startswith("+"):
            names.append(name)
        else:
            names = [name]
        if m.group(3):
            codes.setdefault(name, m.group(3))
            names = []
    return codes


def main():
    rows = []
    for alpha3, words in DEMONYMS.items():
        assert pycountry.countries.get(alpha_3=alpha3), alpha3
        tokens = words.split()
        i = 0
        while i < len(tokens):
            if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in TWO_WORD:
                rows.append(("D", f"{tokens[i]} {tokens[i + 1]}", alpha3)); i += 2
            else:
                rows.append(("D", tokens[i], alpha3)); i += 1
    rows += [("D", "New Zealander", "NZL"), ("D", "New Zealanders", "NZL")]

    cameo = igo_codes()
    with open(os.path.join(GAZ, "international_orgs", "supraverden_orgs.tsv"), encoding="utf-8") as f:
        orgs = list(csv.DictReader(f, delimiter="\t"))
    def own_code(r):
        names = [r["Name_en"].strip(), r["Abbreviation_en"].strip(), r["Name_other_en"].strip(), r["Name_other_2_en"].strip()]
        return next((cameo[n.upper()] for n in names if n and n.upper() in cameo), "")
    # A body without a code of its own takes its family's (the EEAS is one of the "EU institutions and
    # bodies": IGOEUREEC; a UN agency IGOUNO), else CAMEO's generic IGO: every international
    # organisation is an actor.
    family_code = {}
    for r in orgs:
        code = own_code(r)
        for n in (r["Name_en"].strip(), r["Abbreviation_en"].strip()):
            if code and n:
                family_code.setdefault(n.upper(), code)
    def family(r):
        f = re.sub(r"\s+(entities|institutions and bodies|and affiliates|bodies)$", "", r["Org_family"].strip())
        parent = {"EU": "EUROPEAN UNION", "UN": "UNITED NATIONS"}.get(f, f).upper()
        return family_code.get(parent) or cameo.get(parent, "")
    for r in orgs:
            name = r["Name_en"].strip()
            if not name or "\t" in name:
                continue
            abbr = r["Abbreviation_en"].strip()
            names = [name] + [r[k].strip() for k in ("Name_other_en", "Name_other_2_en") if r[k].strip()]
            code = own_code(r) or family(r) or "IGO"
            rows.append(("O", name, abbr, r["Wikidata_code"].strip(), code))
            for other in names[1:]:
                rows.append(("o", other, name))
            if name.endswith("Organisation"):
                rows.append(("o", name[: -len("Organisation")] + "Organization", name))

    given = set()
    with open(os.path.join(GAZ, "wikidata_world_leaders_2021", "wikidata.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            country = pycountry.countries.get(name=r["country"]) or None
            try:
                country = country or pycountry.countries.lookup(r["country"])
            except LookupError:
                country = None
            if not country:
                continue
            start = r["start_year"]; end = r["end_year"]
            rows.append(("L", r["officeholderLabel"], country.alpha_3, r["positionLabel"],
                         start + "-01-01" if start else "", end + "-12-31" if end else "", r["officeholder"]))
            given.add(r["officeholderLabel"].split()[0])
    # Archigos names states by Correlates of War codes (UKG, AUL, ROK…), not ISO 3166: map its numeric
    # COW code to a country name (REIGN's lists), then to ISO alpha-3; a state with no ISO code
    # (East Germany, South Vietnam…) gets none rather than a COW code that means something else in CAMEO.
    iso_by_cow = cow_to_iso()
    with open(os.path.join(GAZ, "archigos", "archigos_leaders_unique.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["start"] < "1945":
                continue
            uri = r["dbpedia_uri"]
            name = uri.rsplit("/", 1)[-1].replace("_", " ") if uri.startswith("http") else r["leader"]
            name = re.sub(r"\s*\(.*\)$", "", name)
            if "%" in name:
                continue
            rows.append(("L", name, iso_by_cow.get(r["ccode"], ""), "leader", r["start"],
                         r["end"], ""))
    for path in ("legislators-current.yaml", "executive.yaml"):
        for line in open(os.path.join(GAZ, "us_congress", path), encoding="utf-8"):
            m = re.match(r"^\s+first: (.+)$", line)
            if m:
                given.add(m.group(1).strip().strip("'\""))
    for name in sorted(given):
        if re.fullmatch(r"[A-Z][a-z\u00e0-\u024f'\-]+", name) and len(name) > 2:
            rows.append(("F", name))
    rows += [("S", w) for w in ORG_SUFFIXES] + [("T", w) for w in TITLES]

    seen, lines = set(), []
    for row in rows:
        row = tuple(x.replace("\t", " ").replace('"""#', "") for x in row)
        if row not in seen:
            seen.add(row); lines.append("\t".join(row))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/generate_entities.py from public facts (docs/sources.md). Do not edit.\n")
        out.write("// swift-format-ignore-file\n")
        out.write("extension EntityLexicon {\n  static let table = #\"\"\"\n")
        out.write("\n".join(lines))
        out.write("\n\"\"\"#\n}\n")
    print(f"{len(lines)} rows -> {OUT}")


if __name__ == "__main__":
    main()
