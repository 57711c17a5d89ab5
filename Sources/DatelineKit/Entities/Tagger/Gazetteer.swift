/// Names the tagger looks up as features: places, demonyms, organisations, given names, cue words.
///
/// Each name is kept as the hash of its folded tokens, so matching a sentence costs a few
/// dictionary probes per token and allocates nothing. Built once from the compiled-in lexicons.
struct Gazetteer: Sendable {
  /// Kinds of names; a token may match several.
  enum Kind: Int, CaseIterable {
    case country, city, region, demonym, organization, givenName, leader, orgSuffix, title
  }

  static let shared = Gazetteer()
  static let maxLength = 6

  private(set) var names = HashTable(capacity: 1 << 16)

  init() {
    var tokens: [Token] = []
    func add(_ name: Substring, _ kind: Kind) {
      var name = String(name)
      name.withUTF8 { bytes in
        tokens.removeAll(keepingCapacity: true)
        Tokenizer().tokenize(bytes, into: &tokens)
        guard !tokens.isEmpty, tokens.count <= Self.maxLength else { return }
        var h: UInt64 = 0
        for token in tokens {
          h = Self.extend(h, WordTraits(bytes, Int(token.start), Int(token.end)).lower)
        }
        names[h] = (names[h] ?? 0) | 1 << UInt32(kind.rawValue)
      }
    }
    for line in PlaceLexicon.table.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 7 else { continue }
      switch fields[0] {
      case "C": add(fields[1], .country)
      case "r": add(fields[1], .region)
      case "c", "a": add(fields[1], .city)
      default: break
      }
    }
    for line in EntityLexicon.table.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      switch fields[0] {
      case "D": add(fields[1], .demonym)
      case "O":
        add(fields[1], .organization)
        if fields.count > 2, fields[2].count > 1 { add(fields[2], .organization) }
      case "o": add(fields[1], .organization)
      case "F": add(fields[1], .givenName)
      case "L":
        add(fields[1], .leader)
        if let last = fields[1].split(separator: " ").last, last.count > 2 { add(last, .leader) }
      case "S": add(fields[1], .orgSuffix)
      case "T": add(fields[1], .title)
      default: break
      }
    }
  }

  @inline(__always) static func extend(_ h: UInt64, _ token: UInt64) -> UInt64 {
    (h ^ token) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
  }

  /// For each token, a bit set of (kind, BILU position) of the longest names it is part of:
  /// bit `4 * kind + position`.
  func match(_ traits: UnsafeBufferPointer<WordTraits>, into marks: UnsafeMutableBufferPointer<UInt64>) {
    let n = traits.count
    for k in 0..<n { marks[k] = 0 }
    for start in 0..<n {
      // Punctuation does not start a name.
      guard traits[start].flags.contains(.letters) || traits[start].flags.contains(.digit) else { continue }
      var h: UInt64 = 0
      for end in start..<min(n, start + Self.maxLength) {
        h = Self.extend(h, traits[end].lower)
        guard let kinds = names[h] else { continue }
        let length = end - start + 1
        for kind in 0..<Kind.allCases.count where kinds & (1 << UInt32(kind)) != 0 {
          if length == 1 {
            marks[start] |= 1 << UInt64(4 * kind + 3)
          } else {
            marks[start] |= 1 << UInt64(4 * kind)
            for k in start + 1..<end { marks[k] |= 1 << UInt64(4 * kind + 1) }
            marks[end] |= 1 << UInt64(4 * kind + 2)
          }
        }
      }
    }
  }
}
