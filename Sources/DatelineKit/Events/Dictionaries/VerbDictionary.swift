import Foundation

/// Verbs, their patterns, synsets and transformations read from TABARI or PETRARCH files.
///
/// ```
/// <SYNSETS>
/// &CURRENCY
/// +DOLLAR
/// </SYNSETS>
/// FREE  [066]            ; a verb and its default code
/// - + * FROM $  [066]    ; a pattern: + target, $ source, * the verb
/// ACT_ [100]
/// { ACTING_ ACTXD_ }     ; irregular forms sharing the patterns
/// ```
///
/// PETRARCH files group verbs in `--- NAME [code] ---` blocks and add transformations (`~ ...`).
public struct VerbDictionary: Sendable {
  /// A verb form and the block of patterns it shares.
  public struct Verb: Sendable {
    public var phrase: [PatternItem]
    public var code: EventCode?
    public var block: Int
  }

  /// A pattern: the items before the verb, after it, and its code.
  public struct Pattern: Sendable {
    /// Items before `*`, in text order.
    public var lower: [PatternItem]
    /// Items after `*`, in text order.
    public var upper: [PatternItem]
    /// Whether the first upper item must follow the verb directly (`*_X`).
    public var verbConnected: Bool
    public var code: EventCode
    /// The pattern as written, for explanations.
    public var text: String
    /// Literal words outside alternatives before and after the verb: a clause without them
    /// on the right side cannot match.
    var requiredBefore: [DictionaryWord] = []
    var requiredAfter: [DictionaryWord] = []
  }

  /// A PETRARCH verb-on-verb transformation, `~ a (a b WILL_ATTACK) SAY = a b 138`.
  public struct Transformation: Sendable {
    public var pattern: [String]
    public var result: [String]
  }

  public private(set) var verbs: [Verb] = []
  /// Pattern lists, one per verb block.
  public private(set) var blocks: [[Pattern]] = []
  public private(set) var synsets: [String: [[PatternItem]]] = [:]
  public private(set) var transformations: [Transformation] = []
  /// TABARI `<TIME>` entries: a phrase and its day shift (`LAST_WEEK [-7]`).
  public private(set) var timeShifts: [(phrase: [PatternItem], shift: String)] = []
  public private(set) var issues: [DictionaryError] = []

  var index: [String: [Int]] = [:]

  public init() {}

  public mutating func read(path: String, strictness: DictionaryStrictness = .strict) throws {
    try read(text: DictionaryLines.contents(of: path), file: path, strictness: strictness)
  }

  public mutating func read(text: String, file: String, strictness: DictionaryStrictness = .strict) throws {
    var lines = DictionaryLines(file: file, strictness: strictness)
    var section: String?
    var synset: String?
    var block: Int?
    var petrarchBlock = false
    var lastVerbLine = false
    var blockCode: EventCode?
    for (number, line) in DictionaryLines.entries(text) {
      let trimmed = line.trimmedBlanks
      do throws(PhraseParser.Problem) {
        if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") && !trimmed.contains("[") {
          let tag = trimmed.dropFirst().dropLast().uppercased()
          section = tag.hasPrefix("/") ? nil : tag
          synset = nil
          continue
        }
        if trimmed.hasPrefix("&") {
          var name = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
          while name.hasSuffix("_") { name.removeLast() }
          guard !name.isEmpty, !name.contains(" ") else {
            throw PhraseParser.Problem(code: .malformedPhrase, message: "synset name \(trimmed) is malformed")
          }
          synsets[name] = []
          synset = name
          continue
        }
        if trimmed.hasPrefix("+"), let name = synset {
          let member = try PhraseParser.parse(
            trimmed.dropFirst(), synsets: synsets, symbols: true, exactUnderscore: true)
          guard !member.isEmpty else {
            throw PhraseParser.Problem(code: .malformedPhrase, message: "empty synset member")
          }
          synsets[name]?.append(member)
          continue
        }
        synset = nil
        if section == "TIME" {
          let bracket = trimmed.firstIndex(of: "[") ?? trimmed.endIndex
          guard let close = trimmed.lastIndex(of: "]"), bracket < close else {
            throw PhraseParser.Problem(code: .malformedCode, message: "time entry needs [shift]")
          }
          let phraseText = trimmed.hasPrefix("-") ? trimmed.dropFirst()[..<bracket] : trimmed[..<bracket]
          let phrase = try PhraseParser.parse(
            phraseText, synsets: synsets, symbols: true, exactUnderscore: true)
          timeShifts.append((phrase, String(trimmed[trimmed.index(after: bracket)..<close])))
          continue
        }
        if trimmed.hasPrefix("---") {
          // PETRARCH block header: --- NAME [code] ---; the code is the default of the block's verbs
          petrarchBlock = true
          blockCode = nil
          if let open = trimmed.firstIndex(of: "["), let close = trimmed.firstIndex(of: "]"), open < close {
            blockCode = try EventCode.parse(trimmed[trimmed.index(after: open)..<close])
          }
          blocks.append([])
          block = blocks.count - 1
          lastVerbLine = false
          continue
        }
        if trimmed.hasPrefix("~") {
          let parts = trimmed.dropFirst().split(separator: "=", maxSplits: 1)
          guard parts.count == 2 else {
            throw PhraseParser.Problem(
              code: .malformedPhrase, message: "transformation needs PATTERN = RESULT")
          }
          transformations.append(
            Transformation(
              pattern: parts[0].split(separator: " ").map(String.init),
              result: parts[1].split(separator: " ").map(String.init)))
          continue
        }
        if trimmed.hasPrefix("-") {
          guard let block else {
            throw PhraseParser.Problem(code: .orphanLine, message: "pattern with no verb before it")
          }
          blocks[block].append(try pattern(trimmed.dropFirst()))
          lastVerbLine = false
          continue
        }
        if trimmed.hasPrefix("{") {
          // TABARI: irregular forms of the verb on the line before
          guard lastVerbLine, let last = verbs.last, trimmed.hasSuffix("}") else {
            throw PhraseParser.Problem(code: .orphanLine, message: "verb forms with no verb line before them")
          }
          for form in trimmed.dropFirst().dropLast().split(separator: " ") {
            let phrase = try PhraseParser.parse(form, symbols: false, exactUnderscore: false)
            verbs.append(Verb(phrase: phrase, code: last.code, block: last.block))
          }
          continue
        }
        // A verb line: PHRASE {FORMS} [code]
        var text = trimmed
        var code: EventCode?
        if let open = text.firstIndex(of: "[") {
          guard let close = text.lastIndex(of: "]"), open < close,
            text[text.index(after: close)...].allSatisfy({ $0 == " " })
          else {
            throw PhraseParser.Problem(code: .malformedCode, message: "unbalanced [ ] on verb line")
          }
          code = try EventCode.parse(text[text.index(after: open)..<close])
          text = text[..<open]
        }
        var forms: [Substring] = []
        if let open = text.firstIndex(of: "{") {
          guard let close = text.firstIndex(of: "}"), open < close else {
            throw PhraseParser.Problem(code: .malformedPhrase, message: "unbalanced { } on verb line")
          }
          forms = text[text.index(after: open)..<close].split(separator: " ")
          text = text[..<open]
        }
        if !petrarchBlock || block == nil {
          blocks.append([])
          block = blocks.count - 1
        }
        if code == nil && petrarchBlock { code = blockCode }
        let phrase = try PhraseParser.parse(text, symbols: false, exactUnderscore: false)
        guard !phrase.isEmpty else {
          throw PhraseParser.Problem(code: .malformedPhrase, message: "verb line has no verb")
        }
        verbs.append(Verb(phrase: phrase, code: code, block: block!))
        for form in forms {
          verbs.append(
            Verb(
              phrase: try PhraseParser.parse(form, symbols: false, exactUnderscore: false), code: code,
              block: block!))
        }
        lastVerbLine = true
      } catch {
        try lines.report(error.code, error.message, line: number)
      }
    }
    issues += lines.issues
    index = [:]
    for (i, verb) in verbs.enumerated() {
      if case .word(let first)? = verb.phrase.first?.token { index[first.text, default: []].append(i) }
    }
  }

  private func pattern(_ text: Substring) throws(PhraseParser.Problem) -> Pattern {
    guard let open = text.lastIndex(of: "["), let close = text.lastIndex(of: "]"), open < close else {
      throw PhraseParser.Problem(code: .malformedCode, message: "pattern has no [code]")
    }
    let code = try EventCode.parse(text[text.index(after: open)..<close])
    let items = try PhraseParser.parse(text[..<open], synsets: synsets, symbols: true, exactUnderscore: true)
    guard let star = items.firstIndex(where: { $0.token == .verb }),
      items.lastIndex(where: { $0.token == .verb }) == star
    else {
      throw PhraseParser.Problem(code: .malformedPhrase, message: "pattern needs exactly one *")
    }
    func literals(_ slice: ArraySlice<PatternItem>) -> [DictionaryWord] {
      slice.compactMap { item -> DictionaryWord? in
        if case .word(let word) = item.token { return word }
        return nil
      }
    }
    return Pattern(
      lower: Array(items[..<star]), upper: Array(items[(star + 1)...]), verbConnected: items[star].connected,
      code: code, text: text[..<open].trimmingCharacters(in: .whitespaces),
      requiredBefore: literals(items[..<star]),
      requiredAfter: literals(items[(star + 1)...]))
  }
}
