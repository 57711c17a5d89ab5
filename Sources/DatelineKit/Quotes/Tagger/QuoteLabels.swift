/// The quote tagger's labels: BIO for each attribution role (source, cue, content).
///
/// Tag `0` is `O`; role r has `B` = 1 + 2r and `I` = 2 + 2r. An `I` follows only its own `B` or
/// `I` (the tagger's decoding forces it; the trainer's does not, and ``decode(_:offset:)`` reads
/// an `I` after another label as opening a span). Spans may nest in the annotation; a token gets
/// one label (see ``encode(count:spans:)``).
enum QuoteLabels {
  enum Role: Int, CaseIterable {
    case source, cue, content
  }

  static let names = ["O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content"]
  static var count: Int { names.count }

  @inline(__always) static func begin(_ role: Role) -> Int { 1 + 2 * role.rawValue }
  @inline(__always) static func role(of tag: Int) -> Role? { tag == 0 ? nil : Role(rawValue: (tag - 1) / 2) }
  @inline(__always) static func isInside(_ tag: Int) -> Bool { tag != 0 && tag % 2 == 0 }

  /// Whether `tag` may follow `previous` (`count` is the sequence start).
  @inline(__always) static func allowed(_ tag: Int, after previous: Int) -> Bool {
    !isInside(tag) || (previous < count && previous != 0 && (previous - 1) / 2 == (tag - 1) / 2)
  }

  /// One label per token from role spans (token ranges): sources and cues first (shortest
  /// first), then contents (outermost first) on the tokens left, so that a content that holds
  /// its own attribution (`“A,” he said, “B.”`, read as one extent) or a nested one comes in
  /// pieces around it.
  static func encode(count: Int, spans: [(Role, Range<Int>)]) -> [UInt8] {
    var labels = [UInt8](repeating: 0, count: count)
    let others = spans.filter { $0.0 != .content }.sorted { $0.1.count < $1.1.count }
    let contents = spans.filter { $0.0 == .content }.sorted { $0.1.count > $1.1.count }
    for (role, range) in others {
      let range = range.clamped(to: 0..<count)
      guard !range.isEmpty, range.allSatisfy({ labels[$0] == 0 }) else { continue }
      labels[range.lowerBound] = UInt8(begin(role))
      for k in range.dropFirst() { labels[k] = UInt8(begin(role) + 1) }
    }
    for (_, range) in contents {
      let range = range.clamped(to: 0..<count)
      guard !range.isEmpty, !range.contains(where: { labels[$0] >= UInt8(begin(.content)) }) else { continue }
      var previous: UInt8 = 0
      for k in range {
        if labels[k] == 0 {
          labels[k] = previous >= UInt8(begin(.content)) ? UInt8(begin(.content) + 1) : UInt8(begin(.content))
        }
        previous = labels[k]
      }
    }
    return labels
  }

  /// The role spans the labels of one sequence give, as token ranges offset by `offset`.
  static func decode(_ labels: [UInt8], offset: Int = 0) -> [(Role, Range<Int>)] {
    var out: [(Role, Range<Int>)] = []
    var start = -1
    var current: Role?
    for (k, label) in labels.enumerated() {
      let tag = Int(label)
      if let current, isInside(tag), role(of: tag) == current { continue }
      if let current, start >= 0 { out.append((current, (offset + start)..<(offset + k))) }
      current = role(of: tag)
      start = current == nil ? -1 : k
    }
    if let current, start >= 0 { out.append((current, (offset + start)..<(offset + labels.count))) }
    return out
  }
}
