/// A verb or pattern code: `[064]`, a paired `[032:033]`, a weak `[023?]`, a dominant `[031!]`.
///
/// `---` codes nothing, `###` discards the sentence and `+++` marks it too complex to code.
public struct EventCode: Hashable, Sendable, CustomStringConvertible {
  /// The code of the event from source to target.
  public var primary: String
  /// The code of the paired event from target to source, if any.
  public var reciprocal: String?
  /// `?`: used only when no other verb of the clause codes.
  public var weak: Bool
  /// `!`: the dominant event of the sentence.
  public var dominant: Bool

  public init(primary: String, reciprocal: String? = nil, weak: Bool = false, dominant: Bool = false) {
    self.primary = primary
    self.reciprocal = reciprocal
    self.weak = weak
    self.dominant = dominant
  }

  public var isNull: Bool { primary == "---" }
  public var isDiscard: Bool { primary == "###" }
  public var isComplex: Bool { primary == "+++" }

  public var description: String {
    "[\(primary)\(reciprocal.map { ":" + $0 } ?? "")\(weak ? "?" : "")\(dominant ? "!" : "")]"
  }

  /// Parses the inside of `[...]`.
  static func parse(_ text: Substring) throws(PhraseParser.Problem) -> EventCode {
    var body = text.trimmingCharacters(in: .whitespaces)
    var weak = false
    var dominant = false
    while let last = body.last, last == "?" || last == "!" {
      if last == "?" { weak = true } else { dominant = true }
      body.removeLast()
    }
    var parts = body.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    // PETRARCH "[:173]": only the paired event is coded; the main event is null
    if parts.count == 2 && parts[0].isEmpty { parts[0] = "---" }
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
      throw PhraseParser.Problem(code: .malformedCode, message: "code [\(text)] is not CODE or CODE:CODE")
    }
    return EventCode(
      primary: parts[0], reciprocal: parts.count == 2 ? parts[1] : nil, weak: weak, dominant: dominant)
  }
}
