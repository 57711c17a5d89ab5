import DatelineKit

/// Checks GDELT 2.0 Events records column by column against the documented format
/// (``GDELTEventColumns``): 61 tab-separated fields per line, each of the shape its column
/// holds, and consistent with the others.
///
/// Per column: the id is a positive 64-bit integer; `SQLDATE` a real day, `MonthYear`, `Year` and
/// `FractionDate` the same day in GDELT's forms; an actor code is made of three-letter CAMEO
/// blocks and each part column (country, known group, religions, types) holds one of its blocks
/// from the right CAMEO table; the event code is in the CAMEO codebook, its base and root codes
/// its prefixes, its QuadClass and Goldstein score the codebook's; the counts are positive with
/// sources ≤ articles ≤ mentions; a geography block has a resolution 1–5, a name, a FIPS 10-4
/// country, coordinates in range and a numeric feature id for cities; `DATEADDED` a real
/// `YYYYMMDDHHMMSS`; `SOURCEURL` is not empty.
///
/// ```swift
/// let report = GDELTValidation.validate(tsv)
/// print(report.rows, report.problems.first?.description ?? "valid")
/// ```
public enum GDELTValidation {
  /// One thing wrong with one field.
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line of the file.
    public var line: Int
    /// The column's name; `record` for the line as a whole.
    public var column: String
    public var value: String
    public var message: String
    public var description: String { "line \(line): \(column) \"\(value)\": \(message)" }
  }

  /// What a file's check found.
  public struct Report: Sendable {
    public var rows = 0
    public var problems: [Problem] = []
    /// Problems counted by column, for a summary.
    public var problemsByColumn: [String: Int] {
      problems.reduce(into: [:]) { $0[$1.column, default: 0] += 1 }
    }
  }

  /// Checks every non-empty line of a GDELT events file.
  public static func validate(_ text: String) -> Report {
    var report = Report()
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty {
      report.rows += 1
      report.problems += check(String(line), line: index + 1)
    }
    return report
  }

  /// The problems of one record; none when it is valid.
  public static func check(_ record: String, line: Int = 1) -> [Problem] {
    let fields = record.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard fields.count == GDELTEventColumns.all.count else {
      return [
        Problem(
          line: line, column: "record", value: "",
          message: "\(fields.count) fields, not \(GDELTEventColumns.all.count)")
      ]
    }
    var checker = RecordChecker(fields: fields, line: line)
    checker.run()
    return checker.problems
  }
}

/// The checks of one record, column by column.
struct RecordChecker {
  let fields: [String]
  let line: Int
  var problems: [GDELTValidation.Problem] = []

  init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }

  func value(_ name: String) -> String { fields[GDELTEventColumns.index(of: name)!] }

  mutating func fail(_ column: String, _ message: String) {
    problems.append(.init(line: line, column: column, value: value(column), message: message))
  }

  mutating func run() {
    for (index, column) in GDELTEventColumns.all.enumerated()
    where fields[index].contains("\r") {
      fail(column.name, "carriage return inside a field")
    }
    checkID()
    checkDates()
    for actor in ["Actor1", "Actor2"] { checkActor(actor) }
    checkAction()
    checkCounts()
    for geo in ["Actor1Geo", "Actor2Geo", "ActionGeo"] { checkGeography(geo) }
    checkDateAdded()
    if value("SOURCEURL").isEmpty { fail("SOURCEURL", "empty: GDELT always names the report") }
  }

  mutating func checkID() {
    let id = value("GLOBALEVENTID")
    guard Self.isDigits(id), !id.hasPrefix("0"), let number = Int64(id), number > 0 else {
      return fail("GLOBALEVENTID", "not a positive integer that fits 64 bits")
    }
  }

  mutating func checkDates() {
    let day = value("SQLDATE")
    guard !day.isEmpty else {
      for name in ["MonthYear", "Year", "FractionDate"] where !value(name).isEmpty {
        fail(name, "set without SQLDATE")
      }
      return
    }
    guard day.utf8.count == 8, Self.isDigits(day), let n = Int(day),
      let date = CalendarDate(year: n / 10_000, month: n / 100 % 100, day: n % 100)
    else { return fail("SQLDATE", "not a real day in YYYYMMDD") }
    if value("MonthYear") != String(day.prefix(6)) { fail("MonthYear", "not SQLDATE's YYYYMM") }
    if value("Year") != String(day.prefix(4)) { fail("Year", "not SQLDATE's YYYY") }
    let fraction = value("FractionDate")
    let expected = Double(date.year) + Double(date.month * 30 + date.day) / 365
    if !Self.hasFourDecimals(fraction) {
      fail("FractionDate", "not YYYY.FFFF")
    } else if let parsed = Double(fraction), abs(parsed - expected) > 0.000_051 {
      fail("FractionDate", "not year + (month × 30 + day) / 365 of SQLDATE")
    }
  }

  mutating func checkActor(_ actor: String) {
    let code = value(actor + "Code")
    let parts = [
      "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code",
      "Type2Code", "Type3Code",
    ].map { actor + $0 }
    guard !code.isEmpty else {
      for name in parts where !value(name).isEmpty { fail(name, "set without \(actor)Code") }
      return
    }
    guard CAMEOActorCode.isWellFormed(code) else {
      return fail(actor + "Code", "not made of 3-letter CAMEO blocks")
    }
    let blocks = stride(from: 0, to: code.utf8.count, by: 3).map {
      String(code.dropFirst($0).prefix(3))
    }
    let name = value(actor + "Name")
    if name.isEmpty { fail(actor + "Name", "empty while \(actor)Code is set") }
    if name != name.uppercased() { fail(actor + "Name", "not upper case, as GDELT writes names") }
    func part(_ column: String, _ table: (String) -> Bool, _ what: String) {
      let v = value(actor + column)
      guard !v.isEmpty else { return }
      if !blocks.contains(v) { fail(actor + column, "not a block of \(code)") }
      if !table(v) { fail(actor + column, "not a CAMEO \(what) code") }
    }
    part("CountryCode", CAMEOActorCode.isCountryOrRegion, "country or region")
    part(
      "KnownGroupCode", { !CAMEOActorCode.isCountryOrRegion($0) && !CAMEOActorCode.typeCodes.contains($0) },
      "known group")
    part("EthnicCode", { $0.utf8.count == 3 }, "ethnic")
    part("Religion1Code", CAMEOActorCode.religionCodes.contains, "religion")
    part("Religion2Code", CAMEOActorCode.religionCodes.contains, "religion")
    for type in ["Type1Code", "Type2Code", "Type3Code"] {
      part(type, CAMEOActorCode.typeCodes.contains, "type")
    }
    for (later, earlier) in [
      ("Religion2Code", "Religion1Code"), ("Type2Code", "Type1Code"), ("Type3Code", "Type2Code"),
    ]
    where !value(actor + later).isEmpty && value(actor + earlier).isEmpty {
      fail(actor + later, "set while \(actor)\(earlier) is empty")
    }
  }

  mutating func checkAction() {
    let root = value("IsRootEvent")
    if root != "0" && root != "1" { fail("IsRootEvent", "not 0 or 1") }
    let code = value("EventCode")
    guard let entry = CAMEOCodebook.shared.entry(for: code), Self.isDigits(code) else {
      return fail("EventCode", "not a code of the CAMEO codebook")
    }
    let base = code.utf8.count > 3 ? String(code.prefix(3)) : code
    if value("EventBaseCode") != base { fail("EventBaseCode", "not EventCode's three-digit base") }
    if value("EventRootCode") != String(code.prefix(2)) {
      fail("EventRootCode", "not EventCode's two-digit root")
    }
    if value("QuadClass") != String(entry.quadClass) {
      fail("QuadClass", "not the codebook's \(entry.quadClass)")
    }
    let goldstein = value("GoldsteinScale")
    if let score = Double(goldstein), score >= -10, score <= 10 {
      if abs(score - entry.goldstein) > 1e-9 {
        fail("GoldsteinScale", "not the codebook's \(entry.goldstein)")
      }
    } else {
      fail("GoldsteinScale", "not a number from -10 to 10")
    }
  }

  mutating func checkCounts() {
    var counts: [Int] = []
    for name in ["NumMentions", "NumSources", "NumArticles"] {
      guard Self.isDigits(value(name)), let n = Int(value(name)), n > 0 else {
        fail(name, "not a positive integer")
        continue
      }
      counts.append(n)
    }
    if counts.count == 3 {
      if counts[2] > counts[0] { fail("NumArticles", "more articles than mentions") }
      if counts[1] > counts[2] { fail("NumSources", "more sources than articles") }
    }
    let tone = value("AvgTone")
    if !tone.isEmpty, !(Double(tone).map { $0 >= -100 && $0 <= 100 } ?? false) {
      fail("AvgTone", "not a number from -100 to 100")
    }
  }

  mutating func checkGeography(_ geo: String) {
    let names = [
      "_Type", "_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID",
    ]
    .map { geo + $0 }
    let type = value(geo + "_Type")
    guard !type.isEmpty else {
      for name in names where !value(name).isEmpty { fail(name, "set without \(geo)_Type") }
      return
    }
    guard let resolution = Int(type), (1...5).contains(resolution), type.utf8.count == 1 else {
      return fail(geo + "_Type", "not a resolution from 1 to 5")
    }
    if value(geo + "_FullName").isEmpty { fail(geo + "_FullName", "empty") }
    let country = value(geo + "_CountryCode")
    if !FIPSCountryCode.all.contains(country) { fail(geo + "_CountryCode", "not a FIPS 10-4 country code") }
    let adm1 = value(geo + "_ADM1Code")
    if !adm1.isEmpty, adm1.utf8.count != 4 || !adm1.hasPrefix(country) {
      fail(geo + "_ADM1Code", "not the FIPS country followed by a 2-character division")
    }
    let adm2 = value(geo + "_ADM2Code")
    if !adm2.isEmpty,
      !Self.isDigits(adm2) && !(adm2.utf8.count == 5 && Self.isDigits(String(adm2.dropFirst(2))))
    {
      fail(geo + "_ADM2Code", "not a GAUL number or a US state and county")
    }
    let lat = value(geo + "_Lat")
    let lon = value(geo + "_Long")
    if lat.isEmpty != lon.isEmpty { fail(geo + "_Lat", "latitude and longitude not given together") }
    if !lat.isEmpty, !(Double(lat).map { abs($0) <= 90 } ?? false) { fail(geo + "_Lat", "not a latitude") }
    if !lon.isEmpty, !(Double(lon).map { abs($0) <= 180 } ?? false) { fail(geo + "_Long", "not a longitude") }
    let feature = value(geo + "_FeatureID")
    if resolution == 3 || resolution == 4 {
      if !feature.isEmpty, Int64(feature) == nil {
        fail(geo + "_FeatureID", "not a signed number for a city")
      }
    } else if resolution == 1 && !feature.isEmpty && feature != country {
      fail(geo + "_FeatureID", "not the country code for a country")
    }
  }

  mutating func checkDateAdded() {
    let added = value("DATEADDED")
    guard added.utf8.count == 14, Self.isDigits(added), let n = Int(added) else {
      return fail("DATEADDED", "not YYYYMMDDHHMMSS")
    }
    let day = n / 1_000_000
    let time = n % 1_000_000
    if CalendarDate(year: day / 10_000, month: day / 100 % 100, day: day % 100) == nil || time / 10_000 > 23
      || time / 100 % 100 > 59 || time % 100 > 59
    {
      fail("DATEADDED", "not a real moment in YYYYMMDDHHMMSS")
    }
  }

  static func isDigits(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  static func hasFourDecimals(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && parts[0].utf8.count == 4 && parts[1].utf8.count == 4
      && isDigits(String(parts[0])) && isDigits(String(parts[1]))
  }
}
