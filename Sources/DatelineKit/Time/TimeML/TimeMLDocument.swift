/// A TimeML document (`.tml`, as in TimeBank and TempEval-3): its text, creation time and
/// TIMEX3 tags.
///
/// Reading keeps the header (everything before `<TEXT>`, with the DCT) so a document can be
/// written back with other TIMEX3 tags, in the form the TempEval-3 scorer reads. Tags other than
/// TIMEX3 inside `<TEXT>` (EVENT, SIGNAL) are dropped from the text; entities are decoded.
///
/// ```swift
/// let document = try TimeMLDocument(parsing: source, input: "wsj_0001.tml")
/// let times = TimeTagger().tag(document.text, dct: document.creationTime)
/// let tml = document.written(with: times)
/// ```
public struct TimeMLDocument: Sendable {
  /// The text inside `<TEXT>`, without markup.
  public var text: String
  /// The document creation time: the TIMEX3 with `functionInDocument="CREATION_TIME"`.
  public var creationTime: CalendarDate?
  /// The TIMEX3 tags inside `<TEXT>`, as scalar ranges into ``text``.
  public var times: [TimeExpression]
  /// Everything before `<TEXT>`.
  public var header: String

  public init(parsing source: String, input: String) throws {
    let scalars = Array(source.unicodeScalars)
    guard let open = Self.find("<TEXT>", in: scalars, from: 0),
      let close = Self.find("</TEXT>", in: scalars, from: open + 6)
    else {
      throw InputError(.malformed, "no <TEXT>…</TEXT> in a TimeML document", input: input)
    }
    header = String(String.UnicodeScalarView(scalars[..<open]))
    creationTime = Self.creationTime(in: header)
    var text = String.UnicodeScalarView()
    var count = 0
    var times: [TimeExpression] = []
    var openTag: (start: Int, attributes: [String: String])?
    var i = open + 6
    while i < close {
      let c = scalars[i]
      if c == "<" {
        guard let end = scalars[i..<close].firstIndex(of: ">") else {
          throw InputError(.malformed, "unclosed tag in <TEXT>", input: input)
        }
        let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
        if tag.hasPrefix("TIMEX3") {
          openTag = (count, Self.attributes(tag))
        } else if tag.hasPrefix("/TIMEX3"), let started = openTag {
          let attributes = started.attributes
          let spanText = String(String.UnicodeScalarView(Array(text)[started.start..<count]))
          times.append(
            TimeExpression(
              range: TextRange(start: started.start, end: count), text: spanText,
              type: TimeExpression.Kind(rawValue: attributes["type"] ?? "") ?? .date,
              value: attributes["value"] ?? "",
              mod: attributes["mod"], quant: attributes["quant"], freq: attributes["freq"]))
          openTag = nil
        }
        i = end + 1
        continue
      }
      if c == "&", let semicolon = scalars[i..<min(close, i + 8)].firstIndex(of: ";") {
        let name = String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))
        if let decoded = Self.entities[name] {
          text.append(decoded)
          count += 1
          i = semicolon + 1
          continue
        }
      }
      text.append(c)
      count += 1
      i += 1
    }
    self.text = String(text)
    self.times = times
  }

  /// The document with `times` as its only TIMEX3 tags (ids `t1`, `t2`…), the header kept.
  public func written(with times: [TimeExpression]) -> String {
    var out = header + "<TEXT>"
    let scalars = Array(text.unicodeScalars)
    var position = 0
    for (index, time) in times.enumerated()
    where time.range.start >= position && time.range.end <= scalars.count {
      Self.escape(scalars[position..<time.range.start], into: &out)
      out += "<TIMEX3 tid=\"t\(index + 1)\" type=\"\(time.type.rawValue)\" value=\"\(time.value)\""
      if let mod = time.mod { out += " mod=\"\(mod)\"" }
      if let quant = time.quant { out += " quant=\"\(quant)\"" }
      if let freq = time.freq { out += " freq=\"\(freq)\"" }
      out += ">"
      Self.escape(scalars[time.range.start..<time.range.end], into: &out)
      out += "</TIMEX3>"
      position = time.range.end
    }
    Self.escape(scalars[position...], into: &out)
    out += "</TEXT>\n\n</TimeML>\n"
    return out
  }

  private static func escape(_ scalars: ArraySlice<Unicode.Scalar>, into out: inout String) {
    for c in scalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      default: out.unicodeScalars.append(c)
      }
    }
  }

  private static let entities: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
  ]

  private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    let pattern = Array(needle.unicodeScalars)
    guard scalars.count >= pattern.count else { return nil }
    var i = start
    while i + pattern.count <= scalars.count {
      if scalars[i] == pattern[0], Array(scalars[i..<(i + pattern.count)]) == pattern { return i }
      i += 1
    }
    return nil
  }

  /// `name="value"` pairs of a tag.
  static func attributes(_ tag: String) -> [String: String] {
    var result: [String: String] = [:]
    var rest = Substring(tag)
    while let equals = rest.firstIndex(of: "=") {
      let name = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(
        String.init)
      let afterEquals = rest.index(after: equals)
      guard afterEquals < rest.endIndex else { break }
      let quote = rest[afterEquals]
      guard quote == "\"" || quote == "'" else { break }
      let valueStart = rest.index(after: afterEquals)
      guard let valueEnd = rest[valueStart...].firstIndex(of: quote) else { break }
      if let name { result[name] = String(rest[valueStart..<valueEnd]) }
      rest = rest[rest.index(after: valueEnd)...]
    }
    return result
  }

  /// The DCT's day from the header's CREATION_TIME TIMEX3 (`1998-01-08`, `19980108`).
  static func creationTime(in header: String) -> CalendarDate? {
    var rest = Substring(header)
    while let start = rest.range(of: "<TIMEX3") {
      guard let end = rest[start.upperBound...].firstIndex(of: ">") else { return nil }
      let attributes = attributes(String(rest[start.upperBound..<end]))
      if attributes["functionInDocument"] == "CREATION_TIME", let value = attributes["value"] {
        let digits = Array(value.unicodeScalars.filter { $0.properties.numericType != nil }.prefix(8))
        guard digits.count == 8 else { return nil }
        let n = digits.map { Int($0.value) - 48 }
        return CalendarDate(
          year: n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3], month: n[4] * 10 + n[5], day: n[6] * 10 + n[7])
      }
      rest = rest[end...]
    }
    return nil
  }
}
