/// Matches verb patterns around a verb with a bounded backtracking search.
///
/// Items before `*` are matched backward from the verb, items after it forward. Between items
/// that are not connected any number of words may be skipped; each skip choice is a branch, and
/// the search stops after ``stepLimit`` steps so that no sentence can make it explode.
/// Alternatives (`{ A | B }`, synsets) are matched in place, with the rest of the pattern as a
/// continuation, so no item list is ever copied. A class, so that continuations capture one
/// reference instead of copying the matcher.
final class PatternMatcher {
  let dictionaries: CompiledDictionaries
  /// Lexicon matches of the clause's words (no commas), by clause position.
  let matches: SentenceMatches
  let count: Int
  /// Actor groups by the clause position where they start and where they end (-1: none).
  let groupStarting: [Int32]
  let groupEnding: [Int32]
  let groupSpans: [(first: Int, last: Int, compound: Bool)]
  let verbFirst: Int
  let verbLast: Int
  /// Steps allowed per pattern.
  let stepLimit = 600

  init(
    dictionaries: CompiledDictionaries, matches: SentenceMatches, count: Int, groupStarting: [Int32],
    groupEnding: [Int32], groupSpans: [(first: Int, last: Int, compound: Bool)], verbFirst: Int, verbLast: Int
  ) {
    self.dictionaries = dictionaries
    self.matches = matches
    self.count = count
    self.groupStarting = groupStarting
    self.groupEnding = groupEnding
    self.groupSpans = groupSpans
    self.verbFirst = verbFirst
    self.verbLast = verbLast
  }

  struct Captures {
    var source: Int?
    var target: Int?
    var compound: Int?
    /// Groups taken by `^` (the first 64 groups of a clause).
    var skipped: UInt64 = 0
    var score = 0
  }

  typealias Sequence = CompiledDictionaries.Sequence
  typealias Next = (_ position: Int, _ captures: Captures, _ steps: inout Int) -> Captures?

  /// The captures of `pattern` if it matches.
  func match(_ pattern: CompiledDictionaries.Pattern) -> Captures? {
    var steps = 0
    // the first backward match is kept, as TABARI does: no backtracking into it from the right
    guard
      let lower = backward(
        pattern.lower, Int(pattern.lower.count) - 1, from: verbFirst - 1, connectedLast: nil, Captures(),
        &steps,
        { _, captures, _ in captures })
    else { return nil }
    return forward(pattern.upper, 0, from: verbLast + 1, adjacent: pattern.verbConnected, lower, &steps) {
      _, _, captures, _ in captures
    }
  }

  private func forward(
    _ sequence: Sequence, _ i: Int, from position: Int, adjacent: Bool, _ captures: Captures,
    _ steps: inout Int,
    _ next: (_ position: Int, _ adjacent: Bool, _ captures: Captures, _ steps: inout Int) -> Captures?
  ) -> Captures? {
    steps += 1
    guard steps <= stepLimit else { return nil }
    guard i < sequence.count else { return next(position, adjacent, captures, &steps) }
    let item = dictionaries.items[Int(sequence.start) + i]
    switch item.kind {
    case .word:
      var p = position
      while p < count {
        if matches.word(p, is: item.word) {
          var taken = captures
          taken.score += Int(item.length)
          if let result = forward(sequence, i + 1, from: p + 1, adjacent: item.connected, taken, &steps, next)
          {
            return result
          }
        }
        if adjacent || steps > stepLimit { break }
        p += 1
      }
      return nil
    case .alternatives:
      for b in Int(item.branchStart)..<Int(item.branchStart + item.branchCount) {
        var taken = captures
        if item.synset { taken.score -= 1 }
        // after the branch, the alternatives item's own connection decides what may follow
        if let result = forward(
          dictionaries.branches[b], 0, from: position, adjacent: adjacent, taken, &steps,
          {
            after, _, branchCaptures, steps in
            forward(sequence, i + 1, from: after, adjacent: item.connected, branchCaptures, &steps, next)
          })
        {
          return result
        }
      }
      return nil
    case .source, .target, .compound, .skip:
      var p = position
      while p < count {
        let group = Int(groupStarting[p])
        if group >= 0, accepts(item.kind, group) {
          var taken = assign(item.kind, group, captures)
          taken.score += 1
          if let result = forward(
            sequence, i + 1, from: groupSpans[group].last + 1, adjacent: item.connected, taken, &steps, next)
          {
            return result
          }
        }
        if adjacent || steps > stepLimit { break }
        p += 1
      }
      return nil
    case .verb:
      return nil
    }
  }

  /// Matches `sequence[...i]` backward from `position`; `connectedLast` overrides the connection
  /// of the sequence's last item (an alternatives branch takes its item's connection).
  private func backward(
    _ sequence: Sequence, _ i: Int, from position: Int, connectedLast: Bool?, _ captures: Captures,
    _ steps: inout Int, _ next: Next
  ) -> Captures? {
    steps += 1
    guard steps <= stepLimit else { return nil }
    guard i >= 0 else { return next(position, captures, &steps) }
    let item = dictionaries.items[Int(sequence.start) + i]
    let adjacent = (i == Int(sequence.count) - 1 ? connectedLast : nil) ?? item.connected
    switch item.kind {
    case .word:
      var p = position
      while p >= 0 {
        if matches.word(p, is: item.word) {
          var taken = captures
          taken.score += Int(item.length)
          if let result = backward(sequence, i - 1, from: p - 1, connectedLast: nil, taken, &steps, next) {
            return result
          }
        }
        if adjacent || steps > stepLimit { break }
        p -= 1
      }
      return nil
    case .alternatives:
      for b in Int(item.branchStart)..<Int(item.branchStart + item.branchCount) {
        var taken = captures
        if item.synset { taken.score -= 1 }
        let branch = dictionaries.branches[b]
        if let result = backward(
          branch, Int(branch.count) - 1, from: position, connectedLast: adjacent, taken, &steps,
          { before, branchCaptures, steps in
            backward(sequence, i - 1, from: before, connectedLast: nil, branchCaptures, &steps, next)
          })
        {
          return result
        }
      }
      return nil
    case .source, .target, .compound, .skip:
      var p = position
      while p >= 0 {
        let group = Int(groupEnding[p])
        if group >= 0, accepts(item.kind, group) {
          var taken = assign(item.kind, group, captures)
          taken.score += 1
          if let result = backward(
            sequence, i - 1, from: groupSpans[group].first - 1, connectedLast: nil, taken, &steps, next)
          {
            return result
          }
        }
        if adjacent || steps > stepLimit { break }
        p -= 1
      }
      return nil
    case .verb:
      return nil
    }
  }

  private func accepts(_ kind: CompiledDictionaries.Item.Kind, _ group: Int) -> Bool {
    kind != .compound || groupSpans[group].compound
  }

  private func assign(_ kind: CompiledDictionaries.Item.Kind, _ group: Int, _ captures: Captures) -> Captures
  {
    var next = captures
    switch kind {
    case .source: next.source = group
    case .target: next.target = group
    case .compound: next.compound = group
    default: if group < 64 { next.skipped |= 1 << UInt64(group) }
    }
    return next
  }
}
