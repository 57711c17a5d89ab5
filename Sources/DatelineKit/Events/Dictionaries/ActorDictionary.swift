import Foundation

/// Actors, agents and word classes read from TABARI or PETRARCH dictionaries.
///
/// An actor entry is a primary phrase, `+` synonyms and codes with date restrictions:
///
/// ```
/// GOLLUM            ; primary phrase
/// +SMEAGOL          ; synonym
///     [HOB <950601]
///     [HOBGOV 950601-990815]
/// ARNOR [ARN]
/// ```
///
/// Agents (`POLICE_ [~COP]`, `HUMAN_RIGHTS_ACTIVISTS_ [NGM~]`) attach a role to a nearby actor:
/// `~` before the code appends it (`GON` + `COP` → `GONCOP`), after it prepends it.
public struct ActorDictionary: Sendable {
  /// One actor: its phrases and dated codes.
  public struct Actor: Sendable {
    public var phrases: [[PatternItem]]
    public var codes: [DatedCode]
  }

  /// One agent: its phrases, code and whether the code goes before the actor's.
  public struct Agent: Sendable {
    public var phrases: [[PatternItem]]
    public var code: String
    public var prefixes: Bool
  }

  public private(set) var actors: [Actor] = []
  public private(set) var agents: [Agent] = []
  /// Words TABARI lists as nouns (`<NOUN>`): never verbs.
  public private(set) var nouns: Set<String> = []
  /// Words TABARI lists as adjectives (`<ADJECTIVE>`): may stand between parts of a compound.
  public private(set) var adjectives: Set<String> = []
  /// Malformed lines met by a lenient read.
  public private(set) var issues: [DictionaryError] = []

  /// Entries by first word, for matching.
  var index: [String: [PhraseRef]] = [:]

  struct PhraseRef: Sendable {
    enum Owner: Sendable { case actor(Int), agent(Int) }
    var owner: Owner
    var phrase: Int
  }

  /// The phrase a reference points to.
  func phrase(_ ref: PhraseRef) -> [PatternItem] {
    switch ref.owner {
    case .actor(let i): actors[i].phrases[ref.phrase]
    case .agent(let i): agents[i].phrases[ref.phrase]
    }
  }

  private var indexedActors = 0
  private var indexedAgents = 0

  public init() {}

  /// Reads an actors file (TABARI or PETRARCH format) into this dictionary.
  public mutating func readActors(path: String, strictness: DictionaryStrictness = .strict) throws {
    try readActors(text: DictionaryLines.contents(of: path), file: path, strictness: strictness)
  }

  /// Reads an agents file (TABARI or PETRARCH format) into this dictionary.
  public mutating func readAgents(path: String, strictness: DictionaryStrictness = .strict) throws {
    try readAgents(text: DictionaryLines.contents(of: path), file: path, strictness: strictness)
  }

  public mutating func readActors(text: String, file: String, strictness: DictionaryStrictness = .strict)
    throws
  {
    var lines = DictionaryLines(file: file, strictness: strictness)
    var block: String?  // NOUN / ADJECTIVE
    var open = false
    for (number, line) in DictionaryLines.entries(text) {
      let trimmed = line.trimmedBlanks
      if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") && !trimmed.contains("[") {
        let tag = trimmed.dropFirst().dropLast().uppercased()
        block = tag.hasPrefix("/") ? nil : tag
        continue
      }
      if let block {
        let word = trimmed.split(separator: " ").first.map { String($0).uppercased() } ?? ""
        let clean = word.trimmingCharacters(in: CharacterSet(charactersIn: "_="))
        if block == "NOUN" { nouns.insert(clean) } else if block == "ADJECTIVE" { adjectives.insert(clean) }
        continue
      }
      let indented = line.first == " " || line.first == "\t"
      do throws(PhraseParser.Problem) {
        if indented && trimmed.hasPrefix("[") {
          guard open else {
            throw PhraseParser.Problem(code: .orphanLine, message: "date restriction with no actor before it")
          }
          actors[actors.count - 1].codes += try Self.codeBlocks(Substring(trimmed))
        } else if trimmed.hasPrefix("+") {
          guard open else {
            throw PhraseParser.Problem(code: .orphanLine, message: "synonym with no actor before it")
          }
          let (phrase, codes) = try Self.entry(Substring(trimmed.dropFirst()))
          actors[actors.count - 1].phrases.append(phrase)
          actors[actors.count - 1].codes += codes
        } else {
          let (phrase, codes) = try Self.entry(Substring(trimmed))
          actors.append(Actor(phrases: [phrase], codes: codes))
          open = true
        }
      } catch {
        try lines.report(error.code, error.message, line: number)
      }
    }
    issues += lines.issues
    rebuildIndex()
  }

  public mutating func readAgents(text: String, file: String, strictness: DictionaryStrictness = .strict)
    throws
  {
    var lines = DictionaryLines(file: file, strictness: strictness)
    var macros: [(String, [String])] = []
    for (number, line) in DictionaryLines.entries(text) {
      let trimmed = line.trimmedBlanks
      if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") { continue }
      // PETRARCH substitution sets: !PERSON! = MAN, MEN, WOMAN
      if trimmed.hasPrefix("!"), let equals = trimmed.firstIndex(of: "=") {
        let name = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
        let values = trimmed[trimmed.index(after: equals)...].split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        macros.append((name, values))
        continue
      }
      var variants = [trimmed]
      for (name, values) in macros where trimmed.contains(name) {
        variants = variants.flatMap { line in
          values.map { Substring(line.replacingOccurrences(of: name, with: $0)) }
        }
      }
      do throws(PhraseParser.Problem) {
        for variant in variants {
          // irregular plurals in { }
          var text = Substring(variant)
          var extra: [Substring] = []
          if let open = text.firstIndex(of: "{"), let close = text.firstIndex(of: "}"), open < close {
            extra = text[text.index(after: open)..<close].split(separator: " ")
            text = text[..<open] + text[text.index(after: close)...]
          }
          let (phrase, codes) = try Self.entry(text)
          guard codes.count == 1, let code = codes.first?.code else {
            throw PhraseParser.Problem(code: .malformedCode, message: "agent needs exactly one [code]")
          }
          let prefixes: Bool
          if code.hasPrefix("~") {
            prefixes = false
          } else if code.hasSuffix("~") {
            prefixes = true
          } else {
            throw PhraseParser.Problem(
              code: .malformedCode, message: "agent code \(code) must start or end with ~")
          }
          var phrases = [phrase]
          for plural in extra {
            phrases.append(
              try PhraseParser.parse(plural, symbols: false, exactUnderscore: false))
          }
          agents.append(
            Agent(phrases: phrases, code: code.replacingOccurrences(of: "~", with: ""), prefixes: prefixes))
        }
      } catch {
        try lines.report(error.code, error.message, line: number)
      }
    }
    issues += lines.issues
    rebuildIndex()
  }

  /// Reads a PETRARCH discard list: each phrase discards the sentence it appears in (`+` marks
  /// story-level discards in PETRARCH; both are kept as sentence discards here).
  public mutating func readDiscards(path: String, strictness: DictionaryStrictness = .strict) throws {
    try readDiscards(text: DictionaryLines.contents(of: path), file: path, strictness: strictness)
  }

  public mutating func readDiscards(text: String, file: String, strictness: DictionaryStrictness = .strict)
    throws
  {
    var lines = DictionaryLines(file: file, strictness: strictness)
    for (number, line) in DictionaryLines.entries(text, stoppingAtTildes: false) {
      var trimmed = line.trimmedBlanks
      if trimmed.hasPrefix("+") { trimmed = trimmed.dropFirst() }
      if trimmed.isEmpty { continue }
      do throws(PhraseParser.Problem) {
        let phrase = try PhraseParser.parse(trimmed, symbols: false, exactUnderscore: false)
        guard !phrase.isEmpty else {
          throw PhraseParser.Problem(code: .malformedPhrase, message: "line has no phrase")
        }
        actors.append(Actor(phrases: [phrase], codes: [DatedCode("###")]))
      } catch {
        try lines.report(error.code, error.message, line: number)
      }
    }
    issues += lines.issues
    rebuildIndex()
  }

  /// A phrase and its code blocks: `ARNOR [ARN]`, `AXNOR [AR1 <911226] [AR2]`.
  static func entry(_ text: Substring) throws(PhraseParser.Problem) -> ([PatternItem], [DatedCode]) {
    let bracket = text.utf8.firstIndex(of: UInt8(ascii: "[")) ?? text.endIndex
    let phraseText = text[..<bracket]
    let phrase = try PhraseParser.parse(phraseText, symbols: false, exactUnderscore: false)
    guard !phrase.isEmpty else {
      throw PhraseParser.Problem(code: .malformedPhrase, message: "line has no phrase")
    }
    return (phrase, try codeBlocks(text[bracket...]))
  }

  static func codeBlocks(_ text: Substring) throws(PhraseParser.Problem) -> [DatedCode] {
    var codes: [DatedCode] = []
    var rest = text
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "[")) {
      guard rest.utf8[..<open].allSatisfy({ $0 == 32 || $0 == 9 }) else {
        throw PhraseParser.Problem(code: .malformedCode, message: "text before [ in code blocks")
      }
      guard let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "]")) else {
        throw PhraseParser.Problem(code: .malformedCode, message: "unbalanced [")
      }
      codes.append(try DatedCode.parse(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    guard rest.utf8.allSatisfy({ $0 == 32 || $0 == 9 }) else {
      throw PhraseParser.Problem(code: .malformedCode, message: "text after code blocks: \(rest)")
    }
    return codes
  }

  /// Indexes the entries read since the last call.
  mutating func rebuildIndex() {
    for i in indexedActors..<actors.count {
      for p in actors[i].phrases.indices { add(actors[i].phrases[p], PhraseRef(owner: .actor(i), phrase: p)) }
    }
    for i in indexedAgents..<agents.count {
      for p in agents[i].phrases.indices { add(agents[i].phrases[p], PhraseRef(owner: .agent(i), phrase: p)) }
    }
    indexedActors = actors.count
    indexedAgents = agents.count
  }

  private mutating func add(_ phrase: [PatternItem], _ ref: PhraseRef) {
    guard case .word(let first)? = phrase.first?.token else { return }
    index[first.text, default: []].append(ref)
  }
}
