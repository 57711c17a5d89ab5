import DatelineKit

/// An article's JSON read for a page: its text as scalars, its paragraphs, and every group of
/// spans the stages wrote.
///
/// A span group is any top-level object with scalar `start`/`end` (the dateline), any
/// `…Span` object (`headlineSpan` → `headline`), and any top-level array of such objects
/// (`entities`, `times`, `quotes`, `events`), so a stage's output shows on the page as soon as
/// it is in the JSON. Paragraphs and sentences are layout, not highlights. Spans whose offsets
/// do not fit the text are left out.
///
/// ```swift
/// let view = try ArticleView(json: stored.json)
/// for group in view.groups { print(group.name, group.spans.count) }
/// ```
struct ArticleView {
  /// One highlighted span and what the list beside the text says about it.
  struct Span {
    var start: Int
    var end: Int
    /// The words of the span (`text`, else the slice of the article text).
    var label: String
    /// A sentence for spans that relate actors (events): `A → B: action, date`.
    var readable: String?
    /// The span's other scalar fields, in the stage's order.
    var details: [(String, String)]
  }

  /// The spans of one group (`entities`), with a colour of the page's palette.
  struct Group {
    var name: String
    var spans: [Span]
    var palette: Int
  }

  var value: JSONValue
  var text: String
  var scalars: [Unicode.Scalar]
  var paragraphs: [Range<Int>]
  var groups: [Group]

  static let layoutArrays: Set<String> = ["paragraphs", "sentences"]
  /// Groups in reading order; others follow by name.
  static let order = ["headline", "standfirst", "dateline", "entities", "times", "quotes", "events"]
  static let paletteSize = 8

  init(json: String) throws {
    try self.init(value: JSONParser.parse(json))
  }

  init(value: JSONValue) throws {
    guard let text = value["text"]?.stringValue else { throw JSONParser.Failure(offset: 0) }
    self.value = value
    self.text = text
    let scalars = Array(text.unicodeScalars)
    self.scalars = scalars
    let count = scalars.count
    paragraphs = (value["paragraphs"]?.arrayValue ?? []).compactMap { Self.range($0, count: count) }
    if paragraphs.isEmpty && count > 0 { paragraphs = [0..<count] }

    var found: [(String, [Span])] = []
    for (key, field) in value.objectFields ?? [] where !Self.layoutArrays.contains(key) {
      let name = key.hasSuffix("Span") && key.count > 4 ? String(key.dropLast(4)) : key
      var spans: [Span] = []
      if let items = field.arrayValue {
        spans = items.flatMap { Self.spans(of: $0, scalars: scalars) }
      } else if let span = Self.span(field, scalars: scalars) {
        spans = [span]
      }
      guard !spans.isEmpty else { continue }
      if let index = found.firstIndex(where: { $0.0 == name }) {
        found[index].1 += spans
      } else {
        found.append((name, spans))
      }
    }
    found.sort { a, b in
      let ia = Self.order.firstIndex(of: a.0) ?? Self.order.count
      let ib = Self.order.firstIndex(of: b.0) ?? Self.order.count
      return ia != ib ? ia < ib : a.0 < b.0
    }
    groups = found.enumerated().map { index, group in
      Group(
        name: group.0, spans: group.1.sorted { ($0.start, $0.end) < ($1.start, $1.end) },
        palette: index % Self.paletteSize)
    }
  }

  /// A valid scalar range from a `{start, end}` object, else nil.
  static func range(_ value: JSONValue, count: Int) -> Range<Int>? {
    guard let start = value["start"]?.intValue, let end = value["end"]?.intValue, start >= 0, start < end,
      end <= count
    else { return nil }
    return start..<end
  }

  static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  func slice(_ range: Range<Int>) -> String { Self.slice(scalars, range) }

  /// The spans of one item of a stage's array: its own `{start, end}`, else each of its
  /// `mentions` (entities), else its `evidence` (events), described by the item's fields.
  static func spans(of item: JSONValue, scalars: [Unicode.Scalar]) -> [Span] {
    if let own = span(item, scalars: scalars) { return [own] }
    if let mentions = item["mentions"]?.arrayValue {
      return mentions.compactMap { mention in
        range(mention, count: scalars.count).flatMap {
          span(item, range: $0, label: mention["text"]?.stringValue, scalars: scalars)
        }
      }
    }
    if let evidence = item["evidence"], let range = range(evidence, count: scalars.count) {
      return span(item, range: range, label: nil, scalars: scalars).map { [$0] } ?? []
    }
    return []
  }

  static func span(_ value: JSONValue, scalars: [Unicode.Scalar]) -> Span? {
    guard let range = range(value, count: scalars.count) else { return nil }
    return span(value, range: range, label: value["text"]?.stringValue, scalars: scalars)
  }

  /// A span over `range` described by the fields of `value` (positions and nested lists left out).
  static func span(_ value: JSONValue, range: Range<Int>, label: String?, scalars: [Unicode.Scalar]) -> Span?
  {
    guard let fields = value.objectFields else { return nil }
    var details: [(String, String)] = []
    for (key, field) in fields where !["start", "end", "text", "mentions", "evidence"].contains(key) {
      if let text = scalar(field), !text.isEmpty { details.append((key, text)) }
    }
    let label = label.flatMap { $0.isEmpty ? nil : $0 } ?? slice(scalars, range)
    return Span(
      start: range.lowerBound, end: range.upperBound, label: label, readable: readable(value),
      details: details)
  }

  /// A field as text: a string, number or boolean, or the name of a nested object (`{"name": …}`).
  static func scalar(_ value: JSONValue) -> String? {
    if let text = value.scalarText { return text }
    return (value["name"] ?? value["text"] ?? value["code"])?.scalarText
  }

  /// `source → target: action, date` for objects that name both sides of an interaction.
  static func readable(_ value: JSONValue) -> String? {
    func first(_ keys: [String]) -> String? {
      for key in keys { if let text = value[key].flatMap(scalar), !text.isEmpty { return text } }
      return nil
    }
    guard let source = first(["source", "actor1", "sourceName"]),
      let target = first(["target", "actor2", "targetName"])
    else { return nil }
    var sentence = source + " → " + target
    if let action = first(["action", "label", "cameoName", "verb", "cameo", "code", "text"]) {
      sentence += ": " + action
    }
    if let date = first(["date", "day"]) { sentence += ", " + date }
    return sentence
  }

  /// A string field of the article or of one of its objects (`source`, `agency`).
  func string(_ path: String...) -> String? {
    var current: JSONValue? = value
    for key in path { current = current?[key] }
    return current?.stringValue
  }
}
