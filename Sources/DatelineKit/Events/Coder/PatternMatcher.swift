/// Matches verb patterns around a verb with a bounded backtracking search.
///
/// Items before `*` are matched backward from the verb, items after it forward. Between items
/// that are not connected any number of words may be skipped; each skip choice is a branch, and
/// the search stops after ``stepLimit`` steps so that no sentence can make it explode.
struct PatternMatcher {
  /// Words of the clause (no commas).
  var words: [CodingWord]
  /// Actor groups by the clause position where they start and where they end.
  var groupStarting: [Int: Int]
  var groupEnding: [Int: Int]
  var groupSpans: [(first: Int, last: Int, compound: Bool)]
  var verbFirst: Int
  var verbLast: Int
  /// Steps allowed per pattern.
  var stepLimit = 600

  struct Captures {
    var source: Int?
    var target: Int?
    var compound: Int?
    var skipped: [Int] = []
    var score = 0
  }

  /// The captures of `pattern` if it matches.
  func match(_ pattern: VerbDictionary.Pattern) -> Captures? {
    var steps = 0
    guard let lower = backward(pattern.lower[...], from: verbFirst - 1, Captures(), &steps) else {
      return nil
    }
    return forward(pattern.upper[...], from: verbLast + 1, adjacent: pattern.verbConnected, lower, &steps)
  }

  private func forward(
    _ items: ArraySlice<PatternItem>, from position: Int, adjacent: Bool, _ captures: Captures,
    _ steps: inout Int
  ) -> Captures? {
    steps += 1
    guard steps <= stepLimit else { return nil }
    guard let item = items.first else { return captures }
    let rest = items.dropFirst()
    switch item.token {
    case .word(let word):
      var p = position
      while p < words.count {
        if word.matches(words[p].text) {
          var next = captures
          next.score += word.text.count
          if let result = forward(rest, from: p + 1, adjacent: item.connected, next, &steps) { return result }
        }
        if adjacent || steps > stepLimit { break }
        p += 1
      }
      return nil
    case .alternatives(let branches):
      for branch in branches {
        var expanded = branch
        expanded[expanded.count - 1].connected = item.connected
        var next = captures
        if item.synset { next.score -= 1 }
        if let result = forward(ArraySlice(expanded + rest), from: position, adjacent: adjacent, next, &steps)
        {
          return result
        }
      }
      return nil
    case .source, .target, .compound, .skip:
      var p = position
      while p < words.count {
        if let group = groupStarting[p], accepts(item.token, group, captures) {
          var next = assign(item.token, group, captures)
          next.score += 1
          if let result = forward(
            rest, from: groupSpans[group].last + 1, adjacent: item.connected, next, &steps)
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

  private func backward(
    _ items: ArraySlice<PatternItem>, from position: Int, _ captures: Captures, _ steps: inout Int
  ) -> Captures? {
    steps += 1
    guard steps <= stepLimit else { return nil }
    guard let item = items.last else { return captures }
    let rest = items.dropLast()
    let adjacent = item.connected
    switch item.token {
    case .word(let word):
      var p = position
      while p >= 0 {
        if word.matches(words[p].text) {
          var next = captures
          next.score += word.text.count
          if let result = backward(rest, from: p - 1, next, &steps) { return result }
        }
        if adjacent || steps > stepLimit { break }
        p -= 1
      }
      return nil
    case .alternatives(let branches):
      for branch in branches {
        var expanded = branch
        expanded[expanded.count - 1].connected = item.connected
        var next = captures
        if item.synset { next.score -= 1 }
        if let result = backward(ArraySlice(Array(rest) + expanded), from: position, next, &steps) {
          return result
        }
      }
      return nil
    case .source, .target, .compound, .skip:
      var p = position
      while p >= 0 {
        if let group = groupEnding[p], accepts(item.token, group, captures) {
          var next = assign(item.token, group, captures)
          next.score += 1
          if let result = backward(rest, from: groupSpans[group].first - 1, next, &steps) { return result }
        }
        if adjacent || steps > stepLimit { break }
        p -= 1
      }
      return nil
    case .verb:
      return nil
    }
  }

  private func accepts(_ token: PatternItem.Token, _ group: Int, _ captures: Captures) -> Bool {
    token != .compound || groupSpans[group].compound
  }

  private func assign(_ token: PatternItem.Token, _ group: Int, _ captures: Captures) -> Captures {
    var next = captures
    switch token {
    case .source: next.source = group
    case .target: next.target = group
    case .compound: next.compound = group
    default: next.skipped.append(group)
    }
    return next
  }
}
