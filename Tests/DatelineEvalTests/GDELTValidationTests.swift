import DatelineKit
import Testing

@testable import DatelineEval

@Suite struct GDELTValidationTests {
  static let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2026, month: 11, day: 24)!))

  /// Records of every event of the bundled samples (plain-text ones) and a story of our own.
  static let records: [[String]] = {
    var texts = BundledSamples.all.filter { $0.name.hasSuffix(".txt") }.map { ($0.name, $0.content) }
    texts.append(
      (
        "berlin.txt",
        """
        Police fire tear gas at protesters in Berlin

        BERLIN, March 3 (Reuters) - German police fired tear gas at protesters in Berlin on Thursday. \
        NATO urged Russia to withdraw its troops.
        """
      ))
    var records: [[String]] = []
    for (name, text) in texts {
      guard let draft = try? PlainTextReader.draft(bytes: Array(text.utf8), input: name) else { continue }
      let article = pipeline.analyze(draft)
      for (index, event) in article.events.enumerated() {
        records.append(
          GDELTEventRow.fields(
            for: event, at: index, in: article, contentHash: name,
            counts: .init(mentions: 3, sources: 2, articles: 2), dateAdded: "20260101093000"))
      }
    }
    return records
  }()

  static func column(_ name: String) -> Int { GDELTEventColumns.index(of: name)! }

  /// The problems' columns after changing one field of a valid record.
  static func problems(setting name: String, to value: String, in record: [String]? = nil) -> Set<String> {
    var fields = record ?? records[0]
    fields[column(name)] = value
    return Set(GDELTValidation.check(fields.joined(separator: "\t")).map(\.column))
  }

  @Test func ourRecordsAreValid() throws {
    #expect(Self.records.count >= 5)
    let report = GDELTValidation.validate(
      Self.records.map { $0.joined(separator: "\t") }.joined(separator: "\n"))
    #expect(report.rows == Self.records.count)
    #expect(report.problems.map(\.description) == [])
  }

  @Test func wrongFieldCountIsOneProblem() {
    let problems = GDELTValidation.check(Self.records[0].dropLast().joined(separator: "\t"), line: 7)
    #expect(problems.map(\.column) == ["record"])
    #expect(problems.first?.line == 7)
  }

  @Test func idsAndDates() throws {
    #expect(Self.problems(setting: "GLOBALEVENTID", to: "-3") == ["GLOBALEVENTID"])
    #expect(Self.problems(setting: "GLOBALEVENTID", to: "99999999999999999999") == ["GLOBALEVENTID"])
    let dated = try #require(Self.records.first { !$0[Self.column("SQLDATE")].isEmpty })
    #expect(Self.problems(setting: "SQLDATE", to: "20220230", in: dated) == ["SQLDATE"])
    #expect(Self.problems(setting: "MonthYear", to: "202202", in: dated) == ["MonthYear"])
    #expect(Self.problems(setting: "Year", to: "22", in: dated) == ["Year"])
    #expect(Self.problems(setting: "FractionDate", to: "2022.5000", in: dated) == ["FractionDate"])
    #expect(Self.problems(setting: "FractionDate", to: "2022.1", in: dated) == ["FractionDate"])
    #expect(Self.problems(setting: "DATEADDED", to: "20260101256000") == ["DATEADDED"])
    #expect(Self.problems(setting: "DATEADDED", to: "2026-01-01") == ["DATEADDED"])
  }

  @Test func actorCodesAndTheirParts() throws {
    let government = try #require(Self.records.first { $0[Self.column("Actor1Code")] == "KAZGOV" })
    #expect(Self.problems(setting: "Actor1Code", to: "KAZG", in: government).contains("Actor1Code"))
    #expect(Self.problems(setting: "Actor1CountryCode", to: "RUS", in: government) == ["Actor1CountryCode"])
    #expect(Self.problems(setting: "Actor1Type1Code", to: "KAZ", in: government) == ["Actor1Type1Code"])
    #expect(Self.problems(setting: "Actor1Type2Code", to: "GOV", in: government) == [])
    #expect(Self.problems(setting: "Actor1Type3Code", to: "GOV", in: government) == ["Actor1Type3Code"])
    #expect(
      Self.problems(setting: "Actor1Religion1Code", to: "GOV", in: government) == ["Actor1Religion1Code"])
    #expect(Self.problems(setting: "Actor1Name", to: "Tokayev", in: government) == ["Actor1Name"])
    #expect(Self.problems(setting: "Actor1Name", to: "", in: government) == ["Actor1Name"])
    #expect(Self.problems(setting: "Actor1Code", to: "", in: government).contains("Actor1Name"))
  }

  @Test func actionColumnsFollowTheCodebook() throws {
    let call = try #require(Self.records.first { $0[Self.column("EventCode")] == "041" })
    #expect(Self.problems(setting: "EventCode", to: "999", in: call) == ["EventCode"])
    #expect(Self.problems(setting: "EventBaseCode", to: "04", in: call) == ["EventBaseCode"])
    #expect(Self.problems(setting: "EventRootCode", to: "4", in: call) == ["EventRootCode"])
    #expect(Self.problems(setting: "QuadClass", to: "4", in: call) == ["QuadClass"])
    #expect(Self.problems(setting: "GoldsteinScale", to: "7", in: call) == ["GoldsteinScale"])
    #expect(Self.problems(setting: "GoldsteinScale", to: "11", in: call) == ["GoldsteinScale"])
    #expect(Self.problems(setting: "IsRootEvent", to: "yes", in: call) == ["IsRootEvent"])
  }

  @Test func countsAndTone() {
    #expect(Self.problems(setting: "NumMentions", to: "0") == ["NumMentions"])
    #expect(Self.problems(setting: "NumArticles", to: "5") == ["NumArticles"])
    #expect(Self.problems(setting: "NumSources", to: "3") == ["NumSources"])
    #expect(Self.problems(setting: "AvgTone", to: "-3.5") == [])
    #expect(Self.problems(setting: "AvgTone", to: "-300") == ["AvgTone"])
  }

  @Test func geography() throws {
    let placed = try #require(Self.records.first { $0[Self.column("ActionGeo_Type")] == "4" })
    #expect(Self.problems(setting: "ActionGeo_Type", to: "7", in: placed) == ["ActionGeo_Type"])
    // ISO alpha-2 where FIPS 10-4 is due: Germany is GM, not DE.
    #expect(
      Self.problems(setting: "ActionGeo_CountryCode", to: "DE", in: placed) == ["ActionGeo_CountryCode"])
    #expect(Self.problems(setting: "ActionGeo_Lat", to: "95.1", in: placed) == ["ActionGeo_Lat"])
    #expect(Self.problems(setting: "ActionGeo_Long", to: "", in: placed) == ["ActionGeo_Lat"])
    #expect(
      Self.problems(setting: "ActionGeo_FeatureID", to: "Astana", in: placed) == ["ActionGeo_FeatureID"])
    #expect(Self.problems(setting: "ActionGeo_ADM1Code", to: "XX01", in: placed) == ["ActionGeo_ADM1Code"])
    var empty = placed
    empty[Self.column("ActionGeo_Type")] = ""
    #expect(
      GDELTValidation.check(empty.joined(separator: "\t")).contains { $0.column == "ActionGeo_FullName" })
  }

  @Test func sourceIsRequired() {
    #expect(Self.problems(setting: "SOURCEURL", to: "") == ["SOURCEURL"])
  }
}
