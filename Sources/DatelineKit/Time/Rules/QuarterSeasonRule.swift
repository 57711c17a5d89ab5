/// Quarters, halves and seasons: `the third quarter`, `third-quarter`, `the fourth quarter of
/// 1998`, `Q1`, `the first half`, `this summer`, `last fall`, `the winter of 2021`.
extension TimeScanner {
  func quarterOrSeason(at i: Int, afterThe: Bool) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    if kind(i) == .ordinal || (tokens[i].kind == .number && tokens[i].suffix == .ordinal) {
      return quarterOrHalf(at: i)
    }
    // fiscal second-quarter, the fiscal first quarter
    if hash(i) == W.fiscal, var quarter = quarterOrHalf(at: isHyphen(i + 1) ? i + 2 : i + 1) {
      quarter.start = i
      return quarter
    }
    // the 1988 third quarter, this year's third quarter, next year's first quarter
    var yearOfQuarter: Int?
    var k = i + 1
    if let y = year(at: i) {
      yearOfQuarter = y
    } else if let dct, hash(i + 1) == W.year, hash(i + 2) == TimeScanner.possessive {
      switch hash(i) {
      case W.this: yearOfQuarter = dct.year
      case W.last: yearOfQuarter = dct.year - 1
      case W.next: yearOfQuarter = dct.year + 1
      default: break
      }
      k = i + 3
    }
    if let y = yearOfQuarter, kind(k) == .ordinal || (k < tokens.count && tokens[k].suffix == .ordinal) {
      let position = tokens[k].kind == .number ? tokens[k].value : n(k)
      var j = k + 1
      if isHyphen(j) { j += 1 }
      guard hash(j) == W.quarter, (1...4).contains(position) else { return nil }
      var candidate = Candidate(i, j + 1, .date, TimeValues.quarter(y, position))
      candidate.quarter = (y, position)
      candidate.takesThe = true
      return candidate
    }
    if let q = TimeScanner.quarterWords[hash(i)] {
      return quarter(q, at: i, end: i + 1)
    }
    return season(at: i, afterThe: afterThe)
  }

  static let possessive = TimeLexicon.hash("'s")
  static let quarterWords: [UInt64: Int] = [
    TimeLexicon.hash("q1"): 1, TimeLexicon.hash("q2"): 2, TimeLexicon.hash("q3"): 3,
    TimeLexicon.hash("q4"): 4,
  ]

  private func quarterOrHalf(at i: Int) -> Candidate? {
    guard i < tokens.count else { return nil }
    let position = tokens[i].kind == .number ? tokens[i].value : n(i)
    var k = i + 1
    if isHyphen(k) { k += 1 }
    if hash(k) == W.quarter, (1...4).contains(position) {
      // `the third-quarter results`: the article goes with the noun, not the adjective.
      var candidate = quarter(position, at: i, end: k + 1)
      candidate?.takesThe = !isHyphen(i + 1)
      return candidate
    }
    if hash(k) == W.half, (1...2).contains(position) {
      var end = k + 1
      var y = dct?.year
      if hash(end) == W.of,
        let written = year(at: end + 1).map({ ($0, end + 2) }) ?? fiscalYear(at: end + 1)
          ?? namedYear(at: end + 1)
      {
        y = written.0
        end = written.1
      } else if let written = year(at: end) {
        y = written
        end += 1
      }
      guard let y else { return nil }
      var candidate = Candidate(i, end, .date, TimeValues.year(y) + "-H" + String(position))
      candidate.anchor = dct
      return candidate
    }
    return nil
  }

  /// `the year`, `this year`, `last year`, `next year` at `k` (after `the second half of`), seen
  /// from the DCT: the year and the token after it.
  private func namedYear(at k: Int) -> (Int, Int)? {
    guard let dct, hash(k + 1) == W.year else { return nil }
    switch hash(k) {
    case W.the, W.this: return (dct.year, k + 2)
    case W.last: return (dct.year - 1, k + 2)
    case W.next: return (dct.year + 1, k + 2)
    default: return nil
    }
  }

  private func fiscalYear(at k: Int) -> (Int, Int)? {
    guard hash(k) == W.fiscal else { return nil }
    var j = k + 1
    if hash(j) == W.year { j += 1 }
    return year(at: j).map { ($0, j + 1) }
  }

  /// Quarter `q`; its year written after it (`of 1998`, `1998`), else the story's.
  private func quarter(_ q: Int, at i: Int, end: Int) -> Candidate? {
    var end = end
    var y: Int?
    if hash(end) == W.of,
      let written = year(at: end + 1).map({ ($0, end + 2) }) ?? fiscalYear(at: end + 1)
        ?? namedYear(at: end + 1)
    {
      y = written.0
      end = written.1
    } else if let written = year(at: end) {
      y = written
      end += 1
    }
    var anchored = false
    if y == nil, let dct {
      anchored = true
      if let recent = recentQuarter(at: i), recent.quarter >= q || recent.year != dct.year {
        y = recent.year
      } else {
        let current = TimeValues.quarter(of: dct)
        y = q > current && direction(at: i) == .past ? dct.year - 1 : dct.year
      }
    }
    guard let y else { return Candidate(i, end, .date, "XXXX-Q" + String(q)) }
    var candidate = Candidate(i, end, .date, TimeValues.quarter(y, q))
    candidate.quarter = (y, q)
    if anchored { candidate.anchor = dct }
    return candidate
  }

  private func season(at i: Int, afterThe: Bool) -> Candidate? {
    var k = i
    var shift: Int?
    switch hash(i) {
    case W.this: shift = 0
    case W.last, W.past: shift = -1
    case W.next, W.coming: shift = 1
    default: break
    }
    if shift != nil { k += 1 }
    guard kind(k) == .season, let season = Season(rawValue: UInt8(n(k))) else { return nil }
    var end = k + 1
    var y: Int?
    if hash(end) == W.of, let written = year(at: end + 1) {
      y = written
      end += 2
    } else if hash(end) == W.of, let (written, after) = spelledYear(at: end + 1) {
      // the winter of nineteen ninety-four
      y = written
      end = after
    } else if let written = year(at: end) {
      y = written
      end += 1
    }
    // Bare `fall`, `spring` are verbs and nouns: need a determiner, a year or a capital.
    guard shift != nil || y != nil || afterThe || tokens[k].capitalized else { return nil }
    if shift == nil, y == nil, tokens[k].capitalized, i > 0, !afterThe,
      !TimeScanner.monthIntroducers.contains(hash(i - 1))
    {
      return nil
    }
    var anchored = false
    if y == nil, let dct {
      anchored = true
      // The season holding the DCT (winter belongs to the year it starts in).
      let current: Season =
        switch dct.month {
        case 3...5: .spring
        case 6...8: .summer
        case 9...11: .fall
        default: .winter
        }
      let seasonYear = dct.month <= 2 ? dct.year - 1 : dct.year
      switch shift ?? (direction(at: i) == .future ? 1 : 0) {
      case -1: y = season.rawValue < current.rawValue ? seasonYear : seasonYear - 1
      case 1: y = season.rawValue > current.rawValue ? seasonYear : seasonYear + 1
      default:
        y = shift == 0 ? seasonYear : (season.rawValue <= current.rawValue ? seasonYear : seasonYear - 1)
      }
    }
    guard let y else { return Candidate(i, end, .date, "XXXX-" + season.code) }
    var candidate = Candidate(i, end, .date, TimeValues.year(y) + "-" + season.code)
    if anchored { candidate.anchor = dct }
    candidate.takesThe = shift == nil
    return candidate
  }
}
