/// Builds GDELT 2.0 Events records (61 tab-separated fields, ``GDELTEventColumns``) from the events
/// of an analysed article.
///
/// Every field is derived from the article: the event's day (the date its sentence names, else
/// the publication day), the actors' CAMEO codes split into GDELT's parts (``CAMEOActorCode``),
/// the action's code, QuadClass and Goldstein score, the story's counts (``GDELTStoryTally``),
/// and geography from the story's place entities (``GDELTGeography``). Dateline measures no
/// tone, so `AvgTone` is empty (GDELT's columns are nullable), not a made-up neutral 0. Empty
/// fields are empty strings; tabs and line breaks inside a field become spaces.
///
/// ```swift
/// let counts = GDELTStoryTally.Counts(mentions: 1, sources: 1, articles: 1)
/// for (index, event) in article.events.enumerated() {
///   let fields = GDELTEventRow.fields(
///     for: event, at: index, in: article, contentHash: hash, counts: counts,
///     dateAdded: GDELTEventRow.timestamp(secondsSince1970: 1_641_800_000))
///   print(GDELTEventRow.line(fields))
/// }
/// ```
public enum GDELTEventRow {
  /// The 61 fields of one event's record.
  ///
  /// - Parameters:
  ///   - index: the event's index in `article.events`, which with `contentHash` makes the id.
  ///   - contentHash: the stored article's key (any stable string identifying the article).
  ///   - counts: mentions, sources and articles of the event in its story cluster.
  ///   - dateAdded: `YYYYMMDDHHMMSS` (``timestamp(secondsSince1970:)``).
  public static func fields(
    for event: ArticleEvent, at index: Int, in article: Article, contentHash: String,
    counts: GDELTStoryTally.Counts, dateAdded: String
  ) -> [String] {
    var fields: [String] = []
    fields.reserveCapacity(61)
    fields.append(String(globalEventID(contentHash: contentHash, index: index)))
    if let day = day(of: event, in: article) {
      let month = day.year * 100 + day.month
      fields += [String(month * 100 + day.day), String(month), String(day.year), fractionDate(day)]
    } else {
      fields += ["", "", "", ""]
    }
    fields += actorFields(event.source, in: article)
    fields += event.target.map { actorFields($0, in: article) } ?? Array(repeating: "", count: 10)
    let code = event.code
    let base = code.utf8.count > 3 ? String(code.prefix(3)) : code
    fields += [
      isRootEvent(event, in: article) ? "1" : "0", code, base, String(code.prefix(2)),
      event.quadClass.map(String.init) ?? "", event.goldstein.map(number) ?? "",
      String(counts.mentions), String(counts.sources), String(counts.articles), "",
    ]
    fields += GDELTGeography.fields(geography(of: event.source, in: article))
    fields += GDELTGeography.fields(event.target.flatMap { geography(of: $0, in: article) })
    fields += GDELTGeography.fields(actionGeography(event, in: article))
    fields += [dateAdded, article.source.url ?? article.input]
    return fields.map(clean)
  }

  /// The fields joined by tabs, as one line of a GDELT file (without the line break).
  public static func line(_ fields: [String]) -> String { fields.joined(separator: "\t") }

  /// A stable event id: 53 bits of a 64-bit FNV-1a hash of the article's key and the event's
  /// index, so it fits GDELT's integer column (and a JSON number) and is the same on every export.
  public static func globalEventID(contentHash: String, index: Int) -> Int64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (contentHash + "#" + String(index)).utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return max(1, Int64(h & ((1 << 53) - 1)))
  }

  /// `YYYYMMDDHHMMSS` in UTC for a moment given as seconds since 1970.
  public static func timestamp(secondsSince1970 seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = seconds - days * 86_400
    let day = CalendarDate(daysSinceEpoch: days)
    func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
    return String(day.year) + two(day.month) + two(day.day) + two(rest / 3600) + two(rest / 60 % 60)
      + two(rest % 60)
  }

  /// GDELT's FractionDate: the year plus `(month × 30 + day) / 365`, to four decimals (an
  /// approximation GDELT documents as such; early December onwards passes 1).
  public static func fractionDate(_ day: CalendarDate) -> String {
    let scaled = Int(((Double(day.year) + Double(day.month * 30 + day.day) / 365) * 10_000).rounded())
    let fraction = String(scaled % 10_000)
    return String(scaled / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
  }

  /// The event's day: the date its sentence names when that is a full day, else the article's
  /// publication day.
  static func day(of event: ArticleEvent, in article: Article) -> CalendarDate? {
    if let value = event.date, let day = fullDay(value) { return day }
    return article.published
  }

  /// `YYYY-MM-DD` as a date; nil for other TIMEX3 values (`2022-01`, `2022-W02`).
  static func fullDay(_ value: String) -> CalendarDate? {
    let bytes = Array(value.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var n = 0
      for byte in bytes[range] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        n = n * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return n
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// Code, name, country, known group, ethnic, two religions, three types.
  static func actorFields(_ actor: ArticleEvent.Actor, in article: Article) -> [String] {
    let parts = CAMEOActorCode(actor.code)
    let entity = actor.entity.flatMap { id in article.entities.first { $0.id == id } }
    // A person, organisation or country goes by its fullest name (`KASSYM-JOMART TOKAYEV` for
    // "Tokayev"); an actor that only mentions one (a nationality in "Kenyan police") by its words.
    let named = entity.map { [.person, .organization, .geopolitical].contains($0.kind) } ?? false
    let name = ((named ? entity?.name : nil) ?? actor.name).uppercased()
    func at(_ list: [String], _ i: Int) -> String { i < list.count ? list[i] : "" }
    return [
      actor.code, name, parts.country ?? "", parts.knownGroup ?? "", "", at(parts.religions, 0),
      at(parts.religions, 1), at(parts.types, 0), at(parts.types, 1), at(parts.types, 2),
    ]
  }

  /// Where an actor is: the place it names, else its entity's country, else the country of its code.
  static func geography(of actor: ArticleEvent.Actor, in article: Article) -> GDELTGeography? {
    if let entity = actor.entity.flatMap({ id in article.entities.first { $0.id == id } }) {
      if let place = GDELTGeography.place(entity) { return place }
      if let country = entity.country, let geography = GDELTGeography.country(country) { return geography }
    }
    return CAMEOActorCode(actor.code).country.flatMap(GDELTGeography.country)
  }

  /// Where the action happened: the event's location, through the story's place entity of that
  /// name when there is one, else through the place lexicon.
  static func actionGeography(_ event: ArticleEvent, in article: Article) -> GDELTGeography? {
    guard let location = event.location else { return nil }
    let entity = article.entities.first {
      ($0.kind == .geopolitical || $0.kind == .location) && $0.name == location
    }
    // A story entity decides (a LOC such as "Asia" stays unplaced); a dateline place is looked up.
    if let entity { return GDELTGeography.place(entity) }
    return GDELTGeography.place(named: location)
  }

  /// Whether the event is in the lead: the headline, the standfirst or the first body paragraph.
  static func isRootEvent(_ event: ArticleEvent, in article: Article) -> Bool {
    guard article.sentences.indices.contains(event.sentence) else { return false }
    let sentence = article.sentences[event.sentence]
    let bodyStart = article.standfirstRange?.end ?? article.headlineRange?.end ?? 0
    if sentence.end <= bodyStart { return true }
    guard let lead = article.paragraphs.first(where: { $0.start >= bodyStart }) else { return false }
    return sentence.start >= lead.start && sentence.end <= lead.end
  }

  /// A number as GDELT writes it: `3.4`, `-10`.
  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  /// A coordinate rounded to four decimals (about 11 m), as GDELT writes them.
  static func coordinate(_ value: Double) -> String { number((value * 10_000).rounded() / 10_000) }

  /// Tabs and line breaks would split the record: they become spaces.
  static func clean(_ field: String) -> String {
    guard field.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) else { return field }
    return String(
      String.UnicodeScalarView(
        field.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
