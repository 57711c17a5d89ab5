/// One element of a dictionary phrase or verb pattern.
///
/// A pattern such as `- + * FROM $ [066]` reads as the items `+`, `*`, `FROM`, `$`. Items joined
/// by `_` in the dictionary are `connected`: the next item must follow with no word between.
public struct PatternItem: Hashable, Sendable, CustomStringConvertible {
  /// What the item matches.
  public indirect enum Token: Hashable, Sendable {
    /// A literal word.
    case word(DictionaryWord)
    /// `$`: the source actor.
    case source
    /// `+`: the target actor.
    case target
    /// `%`: a compound actor whose members act on one another.
    case compound
    /// `^`: an actor that is skipped.
    case skip
    /// `*`: the verb.
    case verb
    /// `{ A | B }` or a synset `&NAME`: one of several item sequences.
    case alternatives([[PatternItem]])
  }

  public var token: Token
  /// Whether the next item must follow with no word between (`_` in the dictionary).
  public var connected: Bool
  /// The alternatives came from a synset (`&NAME`); a literal word of equal length is preferred.
  public var synset: Bool

  public init(_ token: Token, connected: Bool = false, synset: Bool = false) {
    self.token = token
    self.connected = connected
    self.synset = synset
  }

  public var description: String {
    let body: String
    switch token {
    case .word(let word): body = word.description
    case .source: body = "$"
    case .target: body = "+"
    case .compound: body = "%"
    case .skip: body = "^"
    case .verb: body = "*"
    case .alternatives(let branches):
      body =
        "{ " + branches.map { $0.map(\.description).joined(separator: " ") }.joined(separator: " | ") + " }"
    }
    return body + (connected ? "~" : "")
  }

  /// The literal words of the item, for indexing.
  var literalCount: Int {
    switch token {
    case .word: 1
    case .alternatives(let branches): branches.map { $0.reduce(0) { $0 + $1.literalCount } }.min() ?? 0
    default: 0
    }
  }
}

/// Parses the phrase syntax shared by TABARI and PETRARCH dictionaries.
enum PhraseParser {
  struct Problem: Error {
    var code: DictionaryError.Code
    var message: String
  }

  /// Parses `text` into items. `synsets` resolves `&NAME`; symbols (`$ + % ^ *`) are allowed
  /// only when `symbols` is true. `_`-closed words become `.exact` when `exactUnderscore`,
  /// otherwise the last word keeps `.regular` and inner ones become `.exact`.
  static func parse(
    _ text: Substring, synsets: [String: [[PatternItem]]] = [:], symbols: Bool, exactUnderscore: Bool
  ) throws(Problem) -> [PatternItem] {
    var stack: [[[PatternItem]]] = [[[]]]  // groups → branches → items
    var word = ""
    var wordEnding = DictionaryWord.Ending.stem

    func append(_ item: PatternItem) {
      stack[stack.count - 1][stack[stack.count - 1].count - 1].append(item)
    }
    func lastConnect() {
      let g = stack.count - 1
      let b = stack[g].count - 1
      if !stack[g][b].isEmpty { stack[g][b][stack[g][b].count - 1].connected = true }
    }
    func flush() throws(Problem) {
      guard !word.isEmpty else { return }
      defer { word = ""; wordEnding = .stem }
      if word.hasPrefix("&") {
        guard let members = synsets[String(word.dropFirst())] else {
          throw Problem(code: .unknownSynset, message: "synset \(word) is not defined before use")
        }
        append(PatternItem(.alternatives(members), synset: true))
        return
      }
      var text = word
      while text.hasSuffix(".") && text.count > 1 && !text.dropLast().contains(".") { text.removeLast() }
      let upper =
        text.utf8.contains { $0 >= 97 && $0 <= 122 } || text.utf8.contains { $0 >= 128 }
        ? text.uppercased() : text
      append(PatternItem(.word(DictionaryWord(upper, ending: wordEnding))))
    }

    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let c = scalars[index]
      let next = scalars.index(after: index)
      switch c {
      case " ", "\t":
        try flush()
      case "_", "-":
        if !word.isEmpty {
          if word.hasSuffix("~") {
            word.removeLast()
            wordEnding = .stem
          } else if wordEnding == .stem {
            wordEnding = .regular
          }
          try flush()
        } else if c == "-" {
          break  // a lone "-" (the pattern marker or a dash) connects nothing
        }
        // connect only when something follows directly
        if next < scalars.endIndex, scalars[next] != " ", scalars[next] != "\t", scalars[next] != "|",
          scalars[next] != "}"
        {
          lastConnect()
        }
      case "=":
        wordEnding = .exact
        try flush()
      case "~":
        if !word.isEmpty { word.unicodeScalars.append("~") }
      case "*", "+", "$", "%", "^":
        guard symbols else {
          if c == "+" || c == "$" { break }  // PETRARCH "+STIR_UP" marks the verb word
          throw Problem(code: .malformedPhrase, message: "symbol \(c) is not allowed here")
        }
        try flush()
        let token: PatternItem.Token =
          switch c {
          case "*": .verb
          case "+": .target
          case "$": .source
          case "%": .compound
          default: .skip
          }
        append(PatternItem(token))
      case "{":
        try flush()
        stack.append([[]])
      case "|":
        try flush()
        guard stack.count > 1 else { throw Problem(code: .malformedPhrase, message: "| outside { }") }
        stack[stack.count - 1].append([])
      case "}":
        try flush()
        guard stack.count > 1 else { throw Problem(code: .malformedPhrase, message: "unbalanced }") }
        let branches = stack.removeLast().filter { !$0.isEmpty }
        if !branches.isEmpty { append(PatternItem(.alternatives(branches))) }
      case "(", ")":
        try flush()
      default:
        if word.hasSuffix("~") { word.removeLast() }
        word.unicodeScalars.append(c)
      }
      index = next
    }
    if word.hasSuffix("~") { word.removeLast() }
    try flush()
    guard stack.count == 1 else { throw Problem(code: .malformedPhrase, message: "unbalanced {") }
    var items = stack[0][0]
    finishEndings(&items, exactUnderscore: exactUnderscore, isLast: true)
    return items
  }

  private static func finishEndings(_ items: inout [PatternItem], exactUnderscore: Bool, isLast: Bool) {
    for i in items.indices {
      switch items[i].token {
      case .word(var word) where word.ending == .regular:
        if exactUnderscore || !(isLast && i == items.count - 1) { word.ending = .exact }
        items[i].token = .word(word)
      case .alternatives(var branches):
        for b in branches.indices {
          finishEndings(
            &branches[b], exactUnderscore: exactUnderscore, isLast: isLast && i == items.count - 1)
        }
        items[i].token = .alternatives(branches)
      default: break
      }
    }
  }
}
