import DatelineKit

/// Measures dateline reading on Reuters-21578 against its `<DATELINE>` and `<DATE>` fields.
///
/// Each story is given to the pipeline as wire text (title, then dateline and body) with the
/// `<DATE>` timestamp as its metadata publication time, as a wire feed carries it; the dateline's
/// year is inferred from it. Gold place: the
/// `<DATELINE>` text before its first comma or date. Gold date: the month and day written in
/// `<DATELINE>`, read by a separate simple reader, with the year of `<DATE>` (the year before when
/// a December dateline meets a January wire date).
public struct DatelineEvaluation {
  public struct Result: Sendable, CustomStringConvertible {
    public var stories = 0
    public var withGoldDateline = 0
    public var found = 0
    public var placeCorrect = 0
    public var withGoldDate = 0
    public var dateCorrect = 0
    /// Stories without a gold dateline where one was found anyway.
    public var spurious = 0
    public var placeErrors: [(gold: String, found: String?)] = []
    public var dateErrors: [(dateline: String, gold: String, found: String?)] = []

    public var placeAccuracy: Double { Double(placeCorrect) / Double(max(withGoldDateline, 1)) }
    public var dateAccuracy: Double { Double(dateCorrect) / Double(max(withGoldDate, 1)) }

    public var description: String {
      func pct(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }
      return """
        stories \(stories), with gold dateline \(withGoldDateline), dateline found \(found), spurious \(spurious)
        place accuracy \(pct(placeAccuracy)) (\(placeCorrect)/\(withGoldDateline))
        date accuracy  \(pct(dateAccuracy)) (\(dateCorrect)/\(withGoldDate))
        """
    }
  }

  public init() {}

  public func run(_ stories: [ReutersCorpus.Story]) -> Result {
    var result = Result()
    let pipeline = Pipeline()
    for story in stories {
      result.stories += 1
      guard let wireDate = MetadataDate.parse(story.date) else { continue }
      let blocks = PlainTextReader.blocks(from: story.wireText)
      guard !blocks.isEmpty else { continue }
      let article = pipeline.analyze(
        Draft(input: story.newID, format: .text, published: story.date, blocks: blocks))
      guard let gold = story.dateline, !gold.isEmpty else {
        if article.dateline != nil { result.spurious += 1 }
        continue
      }
      result.withGoldDateline += 1
      if article.dateline != nil { result.found += 1 }
      let goldPlace = Self.goldPlace(gold)
      if let found = article.dateline?.placeAsWritten, found.lowercased() == goldPlace.lowercased() {
        result.placeCorrect += 1
      } else {
        result.placeErrors.append((gold, article.dateline?.placeAsWritten))
      }
      if let goldDate = Self.goldDate(gold, wireDate: wireDate) {
        result.withGoldDate += 1
        if article.dateline?.date == goldDate {
          result.dateCorrect += 1
        } else {
          result.dateErrors.append((gold, goldDate.iso, article.dateline?.date?.iso))
        }
      }
    }
    return result
  }

  static func goldPlace(_ dateline: String) -> String {
    // Wire markers (`****LONDON`) are not part of the place.
    var place = Substring(dateline).drop(while: { $0 == "*" || $0 == " " })
    if let comma = place.firstIndex(of: ",") { place = place[..<comma] }
    if let dash = place.range(of: " -") { place = place[..<dash.lowerBound] }
    // `JOHANNESBURG March 13 -`: the place ends where the month begins.
    let words = place.split(separator: " ")
    if let month = words.firstIndex(where: {
      DatelineEvaluation.months.contains(String($0.lowercased().prefix(3)))
    }),
      month > 0, month + 1 < words.count, Int(words[month + 1]) != nil
    {
      return words[..<month].joined(separator: " ")
    }
    return place.trimmingCharacters(in: .whitespaces)
  }

  static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// The last `Month Day` pair in the dateline, without the dateline parser.
  static func goldDate(_ dateline: String, wireDate: CalendarDate) -> CalendarDate? {
    let words = dateline.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
    for index in words.indices.reversed() where index > 0 {
      guard let day = Int(words[index]) else { continue }
      guard let m = months.firstIndex(of: String(words[index - 1].lowercased().prefix(3))) else { continue }
      let year = m + 1 > wireDate.month + 1 ? wireDate.year - 1 : wireDate.year
      return CalendarDate(year: year, month: m + 1, day: day)
    }
    return nil
  }
}
