/// Every upper-case text the coder's dictionaries spell, interned, with a byte trie that finds
/// in one walk over a sentence word all texts that begin it.
///
/// Dictionary words match text by prefix (stems), by prefix plus a regular ending, or exactly
/// (``DictionaryWord/Ending``). Instead of testing each dictionary word against each sentence
/// word as strings, the coder looks each sentence word up once: ``matches(_:into:)`` lists the
/// texts that are a prefix of it, each with what the rest of the word is (nothing, a noun
/// ending, a verb ending). A dictionary word then matches when its text id is in the list with
/// the right kind of rest.
struct WordLexicon: Sendable {
  /// What the rest of a sentence word is after a dictionary text that begins it.
  struct Rest: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// The text begins the word: stems match.
    static let prefix = Rest(rawValue: 1)
    /// The text is the whole word.
    static let whole = Rest(rawValue: 2)
    /// The rest is a regular noun ending (`S`, `ES`, `'S`, `S'`, `'`).
    static let nounEnding = Rest(rawValue: 4)
    /// The rest is a regular verb ending (`S`, `ES`, `ED`, `ING`, `EN`, or `D` after `E`).
    static let verbEnding = Rest(rawValue: 8)
    /// The word is the text without its final `E` plus `ING` (`DEPLORE_` → "DEPLORING").
    static let droppedE = Rest(rawValue: 16)
  }

  /// One dictionary text found in a sentence word.
  struct Match: Sendable, Hashable {
    var text: Int32
    var rest: Rest
  }

  private var ids: [String: Int32] = [:]
  private(set) var texts: [String] = []
  /// Trie edges: `node << 8 | byte` → child node.
  private var edges = HashTable(capacity: 1024)
  /// The text id ending at each trie node, or -1.
  private var textAt: [Int32] = [-1]
  private var endsWithE: [Bool] = []

  init() {}

  var count: Int { texts.count }

  /// The id of `text`, adding it when new.
  @discardableResult
  mutating func intern(_ text: String) -> Int32 {
    if let id = ids[text] { return id }
    let id = Int32(texts.count)
    ids[text] = id
    texts.append(text)
    endsWithE.append(text.utf8.last == UInt8(ascii: "E"))
    var node = 0
    for byte in text.utf8 {
      let key = UInt64(node) << 8 | UInt64(byte)
      if let child = edges[key] {
        node = Int(child)
      } else {
        let child = textAt.count
        textAt.append(-1)
        edges[key] = UInt32(child)
        node = child
      }
    }
    textAt[node] = id
    return id
  }

  /// The id of `text` if it is interned.
  func id(of text: String) -> Int32? { ids[text] }

  /// The id of the text spelled by `bytes`, or -1.
  func id<Bytes: Sequence<UInt8>>(spelled bytes: Bytes) -> Int32 {
    var node = 0
    for byte in bytes {
      guard let child = edges[UInt64(node) << 8 | UInt64(byte)] else { return -1 }
      node = Int(child)
    }
    return textAt[node]
  }

  /// Appends every interned text that begins `word` (upper case), with what follows it.
  func matches(_ word: String, into out: inout [Match]) {
    var word = word
    word.withUTF8 { bytes in
      let n = bytes.count
      var node = 0
      for i in 0..<n {
        guard let child = edges[UInt64(node) << 8 | UInt64(bytes[i])] else { break }
        node = Int(child)
        let text = textAt[node]
        guard text >= 0 else { continue }
        var rest: Rest = .prefix
        let extra = n - i - 1
        if extra == 0 {
          rest.insert(.whole)
        } else if extra <= 3 {
          let tail = UnsafeBufferPointer(rebasing: bytes[(i + 1)...])
          if Self.isNounEnding(tail) { rest.insert(.nounEnding) }
          if Self.isVerbEnding(tail) || (extra == 1 && tail[0] == UInt8(ascii: "D") && endsWithE[Int(text)]) {
            rest.insert(.verbEnding)
          }
        }
        out.append(Match(text: text, rest: rest))
      }
      // DEPLORING: the text DEPLORE is not a prefix of the word
      if n > 3, bytes[n - 3] == UInt8(ascii: "I"), bytes[n - 2] == UInt8(ascii: "N"),
        bytes[n - 1] == UInt8(ascii: "G")
      {
        var node = 0
        var found = true
        for i in 0..<(n - 3) {
          guard let child = edges[UInt64(node) << 8 | UInt64(bytes[i])] else {
            found = false
            break
          }
          node = Int(child)
        }
        if found, let child = edges[UInt64(node) << 8 | UInt64(UInt8(ascii: "E"))], textAt[Int(child)] >= 0 {
          out.append(Match(text: textAt[Int(child)], rest: .droppedE))
        }
      }
    }
  }

  private static func isNounEnding(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
    let s = UInt8(ascii: "S")
    let e = UInt8(ascii: "E")
    let q = UInt8(ascii: "'")
    switch tail.count {
    case 1: return tail[0] == s || tail[0] == q
    case 2:
      return (tail[0] == e && tail[1] == s) || (tail[0] == q && tail[1] == s)
        || (tail[0] == s && tail[1] == q)
    default: return false
    }
  }

  private static func isVerbEnding(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
    switch tail.count {
    case 1: return tail[0] == UInt8(ascii: "S")
    case 2:
      let a = tail[0]
      let b = tail[1]
      return
        (a == UInt8(ascii: "E")
        && (b == UInt8(ascii: "S") || b == UInt8(ascii: "D") || b == UInt8(ascii: "N")))
    case 3:
      return tail[0] == UInt8(ascii: "I") && tail[1] == UInt8(ascii: "N") && tail[2] == UInt8(ascii: "G")
    default: return false
    }
  }
}

/// A dictionary word compiled against a ``WordLexicon``: its text id and the rests it accepts.
struct LexicalWord: Sendable, Hashable {
  var text: Int32
  var accepts: WordLexicon.Rest

  init(text: Int32, accepts: WordLexicon.Rest) {
    self.text = text
    self.accepts = accepts
  }

  /// `kind` decides which regular endings count; verb phrases also take the dropped-`E` form.
  init(
    _ word: DictionaryWord, in lexicon: inout WordLexicon, kind: DictionaryWord.Kind, droppedE: Bool = false
  ) {
    text = lexicon.intern(word.text)
    switch word.ending {
    case .stem: accepts = .prefix
    case .exact: accepts = .whole
    case .regular:
      var rest: WordLexicon.Rest = .whole
      if kind != .verb { rest.insert(.nounEnding) }
      if kind != .noun { rest.insert(.verbEnding) }
      if droppedE { rest.insert(.droppedE) }
      accepts = rest
    }
  }
}

/// The lexicon matches of a sentence's words, computed once per sentence.
struct SentenceMatches {
  private(set) var matches: [WordLexicon.Match] = []
  /// Word k's matches: `matches[starts[k]..<ends[k]]`.
  private(set) var starts: [Int32] = []
  private(set) var ends: [Int32] = []

  init() {}

  init(_ words: [CodingWord], lexicon: WordLexicon) {
    starts.reserveCapacity(words.count)
    ends.reserveCapacity(words.count)
    for word in words {
      starts.append(Int32(matches.count))
      if !word.isComma { lexicon.matches(word.text, into: &matches) }
      ends.append(Int32(matches.count))
    }
  }

  /// The matches of the words picked by `origin` (indices into this sentence), in that order.
  func picking(_ origin: [Int]) -> SentenceMatches {
    var out = SentenceMatches()
    out.matches = matches
    out.starts = origin.map { starts[$0] }
    out.ends = origin.map { ends[$0] }
    return out
  }

  /// Whether word `k` is `word`.
  @inline(__always)
  func word(_ k: Int, is word: LexicalWord) -> Bool {
    var i = Int(starts[k])
    let end = Int(ends[k])
    while i < end {
      let m = matches[i]
      if m.text == word.text && !m.rest.isDisjoint(with: word.accepts) { return true }
      i += 1
    }
    return false
  }

  /// The text id of word `k` as a whole, or -1.
  @inline(__always)
  func whole(_ k: Int) -> Int32 {
    var i = Int(ends[k]) - 1
    let start = Int(starts[k])
    while i >= start {
      if matches[i].rest.contains(.whole) { return matches[i].text }
      i -= 1
    }
    return -1
  }

  /// The matches of word `k`.
  @inline(__always)
  func range(_ k: Int) -> Range<Int> { Int(starts[k])..<Int(ends[k]) }
}
