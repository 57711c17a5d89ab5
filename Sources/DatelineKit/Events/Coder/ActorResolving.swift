/// A phrase in a sentence that names an actor or an agent.
public struct ActorMention: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// An actor with its codes on the sentence's date (`ELR/GAL` gives two codes).
    case actor([String])
    /// An agent: a role code added after (`~COP`) or before (`NGM~`) an actor's code.
    case agent(code: String, prefixes: Bool)
  }

  /// The first and last word (indices into the sentence's words).
  public var first: Int
  public var last: Int
  public var kind: Kind
  /// An entity id when the mention comes from an entity layer.
  public var entity: String?

  public init(first: Int, last: Int, kind: Kind, entity: String? = nil) {
    self.first = first
    self.last = last
    self.kind = kind
    self.entity = entity
  }
}

/// Finds actor and agent mentions in a sentence.
///
/// The dictionary resolver reads TABARI/PETRARCH actor and agent dictionaries; an entity layer
/// can supply mentions of its own by conforming to this protocol.
public protocol ActorResolving: Sendable {
  /// The longest mention starting at `index`, or nil. `date` is `yyyymmdd`.
  func mention(in words: [CodingWord], at index: Int, date: Int?) -> ActorMention?
}

/// Resolves actors and agents from an ``ActorDictionary``.
public struct DictionaryActorResolver: ActorResolving {
  public var dictionary: ActorDictionary

  public init(dictionary: ActorDictionary) { self.dictionary = dictionary }

  public func mention(in words: [CodingWord], at index: Int, date: Int?) -> ActorMention? {
    let word = words[index].text
    guard word != "," else { return nil }
    var best: (last: Int, matched: Int, ref: ActorDictionary.PhraseRef)?
    let scalars = word.unicodeScalars
    var end = scalars.startIndex
    while end < scalars.endIndex {
      end = scalars.index(after: end)
      let key = String(scalars[..<end])
      guard let refs = dictionary.index[key] else { continue }
      for ref in refs {
        let phrase = dictionary.phrase(ref)
        guard let last = PhraseMatcher.match(phrase, in: words, at: index, kind: .noun) else { continue }
        let matched = phrase.count
        if best == nil || last > best!.last || (last == best!.last && matched > best!.matched) {
          best = (last, matched, ref)
        }
      }
    }
    guard let best else { return nil }
    switch best.ref.owner {
    case .actor(let i):
      let code = DatedCode.resolve(dictionary.actors[i].codes, on: date) ?? "---"
      return ActorMention(
        first: index, last: best.last, kind: .actor(code.split(separator: "/").map(String.init)))
    case .agent(let i):
      let agent = dictionary.agents[i]
      return ActorMention(
        first: index, last: best.last, kind: .agent(code: agent.code, prefixes: agent.prefixes))
    }
  }
}

/// Matches a dictionary phrase (words only) against sentence words.
enum PhraseMatcher {
  /// Words a spaced (`A B`) phrase may skip between two of its words.
  static let maximumGap = 3

  /// The index of the last word matched, or nil.
  static func match(_ phrase: [PatternItem], in words: [CodingWord], at index: Int, kind: DictionaryWord.Kind)
    -> Int?
  {
    var position = index
    var adjacent = true
    var last = index
    for item in phrase {
      guard case .word(let word) = item.token else { return nil }
      var found: Int?
      let limit = adjacent ? position : min(words.count - 1, position + maximumGap)
      var p = position
      while p <= limit && p < words.count {
        if words[p].isComma { break }
        if word.matches(words[p].text, kind: kind) || (kind == .verb && word.matchesDroppedE(words[p].text)) {
          found = p
          break
        }
        p += 1
      }
      guard let found else { return nil }
      last = found
      position = found + 1
      adjacent = item.connected
    }
    return last
  }
}
