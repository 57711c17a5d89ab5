/// Days named relative to the DCT or to the narrative: `today`, `yesterday`, `tomorrow`,
/// `tonight`, `last night`, `this morning`, `yesterday afternoon`, `the day before yesterday`,
/// `the next day`, `the following day`, `the next morning`, `the day before`, `that day`, `the same day`.
extension TimeScanner {
  func relativeDay(at i: Int, afterThe: Bool) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    guard let dct else { return relativeDayUnanchored(at: i) }
    let h = hash(i)
    var offset: Int?
    var narrativeAnchor = false
    var end = i + 1
    switch h {
    case W.today: offset = 0
    case W.yesterday: offset = -1
    case W.tomorrow: offset = 1
    case W.tonight:
      var candidate = Candidate(i, i + 1, .time, dct.iso + "TNI")
      candidate.anchor = dct
      candidate.day = dct
      return candidate
    case W.last, W.this:
      // `this morning`, `last night`, `last evening`; not `last morning`.
      guard let part = partOfDay(at: i + 1), h == W.this || part.part == .night || part.part == .evening
      else {
        return nil
      }
      let day = h == W.last ? dct.adding(days: -1) : dct
      var candidate = Candidate(i, part.end, .time, day.iso + "T" + part.part.code)
      candidate.anchor = dct
      candidate.day = day
      candidate.takesThe = false
      return candidate
    case W.day where afterThe:
      // the day before (yesterday), the day after (tomorrow)
      if hash(i + 1) == W.before {
        if hash(i + 2) == W.yesterday {
          offset = -2; end = i + 3
        } else {
          offset = -1; end = i + 2; narrativeAnchor = true
        }
      } else if hash(i + 1) == W.after {
        if hash(i + 2) == W.tomorrow {
          offset = 2; end = i + 3
        } else {
          offset = 1; end = i + 2; narrativeAnchor = true
        }
      } else {
        return nil
      }
      // `the day before the vote`: the day is relative to an event, not a date we know.
      if narrativeAnchor, end < tokens.count, tokens[end].kind == .word, tokens[end].hash == W.the {
        return nil
      }
    case W.next, W.following, W.previous, W.prior, W.same:
      guard afterThe else { return nil }
      offset = h == W.next || h == W.following ? 1 : h == W.same ? 0 : -1
      if hash(i + 1) == W.day {
        end = i + 2
      } else if h != W.prior, partOfDay(at: i + 1) != nil {
        // `the next morning`, `the following evening`: a part of the day after the last one named.
        end = i + 1
      } else {
        return nil
      }
      narrativeAnchor = true
    case W.that:
      guard hash(i + 1) == W.day else { return nil }
      offset = 0
      end = i + 2
      narrativeAnchor = true
    default: return nil
    }
    guard let offset else { return nil }
    let base = narrativeAnchor ? (narrativeDay ?? dct) : dct
    let day = base.adding(days: offset)
    var candidate = Candidate(i, end, .date, day.iso)
    candidate.anchor = base
    candidate.day = day
    candidate.takesThe = afterThe
    if let part = partOfDay(at: end) {
      candidate.end = part.end
      candidate.type = .time
      candidate.value = day.iso + "T" + part.part.code
    }
    return candidate
  }

  private func relativeDayUnanchored(at i: Int) -> Candidate? {
    switch hash(i) {
    case W.today, W.yesterday, W.tomorrow: return Candidate(i, i + 1, .date, "XXXX-XX-XX")
    default: return nil
    }
  }
}
