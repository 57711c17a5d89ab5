/// Decades and centuries: `the 1990s` (`199`), `the '90s`, `the nineties`, `the 20th century`
/// (`19`), `the twenty-first century` (`20`), `this century`, `the last decade`.
extension TimeScanner {
  func decadeOrCentury(at i: Int, afterThe: Bool) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    let token = tokens[i]
    // 1990s
    if token.kind == .number, token.suffix == .decades {
      if token.digits == 4, token.value % 10 == 0, (1000...2190).contains(token.value) {
        return Candidate(i, i + 1, .date, String(TimeValues.year(token.value).prefix(3)))
      }
      return nil
    }
    // '90s
    if token.kind == .quote, i + 1 < tokens.count, adjacent(i, i + 1), tokens[i + 1].suffix == .decades,
      tokens[i + 1].digits == 2, tokens[i + 1].value % 10 == 0
    {
      let value = tokens[i + 1].value
      return Candidate(i, i + 2, .date, (value <= 20 ? "20" : "19") + String(value / 10))
    }
    if let decade = TimeScanner.decadeWords[token.hash], afterThe {
      return Candidate(i, i + 1, .date, "19" + String(decade))
    }
    // the 20th century, the twentieth century
    var ordinal: Int? =
      token.kind == .number && token.suffix == .ordinal ? token.value : kind(i) == .ordinal ? n(i) : nil
    var k = i + 1
    if ordinal == nil, kind(i) == .cardinal, n(i) >= 20, n(i) % 10 == 0, isHyphen(i + 1),
      kind(i + 2) == .ordinal
    {
      // twenty-first
      ordinal = n(i) + n(i + 2)
      k = i + 3
    }
    if let ordinal, (1...30).contains(ordinal) {
      if isHyphen(k) { k += 1 }
      guard hash(k) == W.century else { return nil }
      return Candidate(i, k + 1, .date, TimeValues.pad(ordinal - 1, 2))
    }
    return nil
  }

  static let decadeWords: [UInt64: Int] = [
    TimeLexicon.hash("sixties"): 6, TimeLexicon.hash("seventies"): 7, TimeLexicon.hash("eighties"): 8,
    TimeLexicon.hash("nineties"): 9,
  ]
}
