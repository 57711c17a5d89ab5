/// An actor code that applies on some dates: `[USAGOV 991201-010114]`, `[HOB <950601]`, `[ZBW]`.
public struct DatedCode: Hashable, Sendable, CustomStringConvertible {
  /// When a code applies; dates are `yyyymmdd` integers and the limits are inclusive.
  public enum Restriction: Hashable, Sendable {
    case always
    case before(Int)
    case after(Int)
    case between(Int, Int)

    func allows(_ date: Int?) -> Bool {
      guard let date else { return self == .always }
      switch self {
      case .always: return true
      case .before(let limit): return date <= limit
      case .after(let limit): return date >= limit
      case .between(let low, let high): return date >= low && date <= high
      }
    }
  }

  /// The code, e.g. `USAGOV`; `---` is null, `###` discards the sentence, `+++` marks it complex.
  public var code: String
  public var restriction: Restriction

  public init(_ code: String, _ restriction: Restriction = .always) {
    self.code = code
    self.restriction = restriction
  }

  public var description: String { "[\(code)\(restriction == .always ? "" : " \(restriction)")]" }

  /// The code for `date` among `codes`: the first dated code that applies, else the undated one.
  /// Without a date the present is meant: an open-ended `>date` code wins over the undated one.
  static func resolve(_ codes: [DatedCode], on date: Int?) -> String? {
    if date == nil,
      let current = codes.last(where: { if case .after = $0.restriction { true } else { false } })
    {
      return current.code
    }
    if let date, let dated = codes.first(where: { $0.restriction != .always && $0.restriction.allows(date) })
    {
      return dated.code
    }
    return codes.first(where: { $0.restriction == .always })?.code
  }

  /// Parses the inside of a code block: `CODE`, `CODE <date`, `CODE >date`, `CODE date-date`.
  static func parse(_ block: Substring) throws(PhraseParser.Problem) -> DatedCode {
    let parts = block.utf8.split(whereSeparator: { $0 == 32 || $0 == 9 }).map { Substring($0) }
    guard let first = parts.first else {
      throw PhraseParser.Problem(code: .malformedCode, message: "empty code block []")
    }
    let code = String(first)
    let bytes = code.utf8
    let digit = { (b: UInt8) in b >= 48 && b <= 57 }
    if bytes.first.map({ digit($0) || $0 == 60 || $0 == 62 }) == true && bytes.count > 3
      || bytes.contains(where: { $0 == 60 || $0 == 62 }) || bytes.contains(45) && bytes.contains(where: digit)
    {
      throw PhraseParser.Problem(
        code: .malformedCode, message: "code block [\(block)] has a date but no code")
    }
    let rest = parts.dropFirst().joined()
    guard !rest.isEmpty else { return DatedCode(code) }
    return DatedCode(code, try restriction(rest))
  }

  static func restriction(_ text: String) throws(PhraseParser.Problem) -> Restriction {
    if text.hasPrefix("<") { return .before(try date(text.dropFirst())) }
    if text.hasPrefix(">") { return .after(try date(text.dropFirst())) }
    let bounds = text.split(separator: "-")
    guard bounds.count == 2 else {
      throw PhraseParser.Problem(
        code: .malformedDate, message: "date restriction \(text) is not <date, >date or date-date")
    }
    return .between(try date(bounds[0]), try date(bounds[1]))
  }

  /// A `yymmdd` or `yyyymmdd` date as `yyyymmdd`; two-digit years up to 30 are 20xx.
  static func date(_ text: Substring) throws(PhraseParser.Problem) -> Int {
    guard text.allSatisfy(\.isNumber), text.count == 6 || text.count == 8, let value = Int(text) else {
      throw PhraseParser.Problem(code: .malformedDate, message: "date \(text) is not YYMMDD or YYYYMMDD")
    }
    if text.count == 8 { return value }
    let year = value / 10000
    return (year <= 30 ? 2000 + year : 1900 + year) * 10000 + value % 10000
  }
}
