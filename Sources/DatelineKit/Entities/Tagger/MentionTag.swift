/// The four CoNLL-2003 mention types the tagger learns.
public enum MentionType: Int, Sendable, Hashable, CaseIterable {
  case person, organization, location, miscellaneous

  /// The CoNLL label: `PER`, `ORG`, `LOC`, `MISC`.
  public var label: String {
    switch self {
    case .person: "PER"
    case .organization: "ORG"
    case .location: "LOC"
    case .miscellaneous: "MISC"
    }
  }

  public init?(label: some StringProtocol) {
    switch label {
    case "PER": self = .person
    case "ORG": self = .organization
    case "LOC": self = .location
    case "MISC": self = .miscellaneous
    default: return nil
    }
  }
}

/// A mention found by the tagger: a range of token indices and its type.
public struct TaggedMention: Sendable, Hashable {
  public var tokens: Range<Int>
  public var type: MentionType
  public init(tokens: Range<Int>, type: MentionType) {
    self.tokens = tokens
    self.type = type
  }
}

/// BILOU tags as small integers: 0 is `O`; type `t` has `1 + 4t` + (B 0, I 1, L 2, U 3).
///
/// BILOU tells the model where a mention ends as well as where it starts, which helps a greedy
/// left-to-right decoder (Ratinov & Roth 2009).
enum MentionTag {
  static let count = 17
  static let outside = 0

  enum Position: Int { case begin = 0, inside, last, unit }

  @inline(__always) static func tag(_ type: MentionType, _ position: Position) -> Int {
    1 + 4 * type.rawValue + position.rawValue
  }
  @inline(__always) static func type(_ tag: Int) -> MentionType? {
    tag == 0 ? nil : MentionType(rawValue: (tag - 1) >> 2)
  }
  @inline(__always) static func position(_ tag: Int) -> Position? {
    tag == 0 ? nil : Position(rawValue: (tag - 1) & 3)
  }

  /// Whether `tag` may follow `previous` (`nil` at the start of a sentence) and, when `last`,
  /// end the sentence.
  @inline(__always) static func allowed(_ tag: Int, after previous: Int, last: Bool) -> Bool {
    let open = previous != 0 && (previous - 1) & 3 < 2  // previous is B or I
    if tag == 0 { return !open }
    let position = (tag - 1) & 3
    if open {
      // Inside a mention only I or L of the same type may follow.
      guard (tag - 1) >> 2 == (previous - 1) >> 2, position == 1 || position == 2 else { return false }
      return !(last && position == 1)
    }
    guard position == 0 || position == 3 else { return false }
    return !(last && position == 0)
  }

  /// BILOU tags for gold mentions over `count` tokens.
  static func encode(_ mentions: [TaggedMention], count: Int) -> [Int] {
    var tags = [Int](repeating: 0, count: count)
    for mention in mentions where !mention.tokens.isEmpty {
      if mention.tokens.count == 1 {
        tags[mention.tokens.lowerBound] = tag(mention.type, .unit)
        continue
      }
      for k in mention.tokens { tags[k] = tag(mention.type, .inside) }
      tags[mention.tokens.lowerBound] = tag(mention.type, .begin)
      tags[mention.tokens.upperBound - 1] = tag(mention.type, .last)
    }
    return tags
  }

  /// Mentions from a sequence of (valid) BILOU tags.
  static func decode(_ tags: UnsafeBufferPointer<Int>, offset: Int = 0, into mentions: inout [TaggedMention])
  {
    var start = -1
    for (k, tag) in tags.enumerated() {
      guard let type = type(tag), let position = position(tag) else {
        start = -1
        continue
      }
      switch position {
      case .unit: mentions.append(TaggedMention(tokens: offset + k..<offset + k + 1, type: type))
      case .begin: start = k
      case .inside: if start < 0 { start = k }
      case .last:
        mentions.append(TaggedMention(tokens: offset + (start < 0 ? k : start)..<offset + k + 1, type: type))
        start = -1
      }
    }
  }
}
