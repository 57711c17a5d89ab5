/// TimeML `mod` words written before an expression and kept in its extent: `about three years`
/// (APPROX), `more than four hours` (MORE_THAN), `late November` (END), `early next year`
/// (START), `mid-1990s` (MID), `the end of 1990` (END).
extension TimeScanner {
  /// The modifier at `i`: its length in tokens, its `mod`, and whether it only fits amounts
  /// (durations and counted dates, not `PRESENT_REF`).
  func premodifier(at i: Int) -> (length: Int, mod: String, amountsOnly: Bool)? {
    let h = hash(i)
    switch h {
    case W.about, W.around, W.roughly, W.approximately: return (1, "APPROX", true)
    case W.some:
      // `some 30 years`; not `some time` alone.
      return tokens.indices.contains(i + 1) && (tokens[i + 1].isPlainNumber || kind(i + 1) == .cardinal)
        ? (1, "APPROX", true) : nil
    case W.nearly, W.almost: return (1, "LESS_THAN", true)
    case W.more where hash(i + 1) == W.than: return (2, "MORE_THAN", true)
    case W.less where hash(i + 1) == W.than, W.fewer where hash(i + 1) == W.than:
      return (2, "LESS_THAN", true)
    case W.over, W.under:
      guard i + 1 < tokens.count, tokens[i + 1].isPlainNumber || kind(i + 1) == .cardinal else { return nil }
      // `over the past year` keeps `over` out: only counts follow here.
      return (1, h == W.over ? "MORE_THAN" : "LESS_THAN", true)
    case W.at where hash(i + 1) == W.least: return (2, "EQUAL_OR_MORE", true)
    case W.at where hash(i + 1) == W.most: return (2, "EQUAL_OR_LESS", true)
    case W.no where hash(i + 1) == W.more && hash(i + 2) == W.than: return (3, "EQUAL_OR_LESS", true)
    case W.up where hash(i + 1) == W.to:
      guard i + 2 < tokens.count, tokens[i + 2].isPlainNumber || kind(i + 2) == .cardinal else { return nil }
      return (2, "EQUAL_OR_LESS", true)
    case W.earlier, W.later:
      // `earlier this month`, `later this year`, `later yesterday`; not `earlier Friday`, `later today`.
      let next = hash(i + 1)
      guard
        next == W.this || next == W.that || next == W.next || next == W.last || next == W.in
          || next == W.yesterday
      else {
        return nil
      }
      return (1, h == W.earlier ? "START" : "END", false)
    case W.early: return (isHyphen(i + 1) ? 2 : 1, "START", false)
    case W.late: return (isHyphen(i + 1) ? 2 : 1, "END", false)
    case W.mid: return (isHyphen(i + 1) ? 2 : 1, "MID", false)
    case W.the:
      // the end of, the beginning of, the start of, the middle of
      guard hash(i + 2) == W.of else { return nil }
      switch hash(i + 1) {
      case W.end: return (3, "END", false)
      case W.beginning, W.start: return (3, "START", false)
      case W.middle: return (3, "MID", false)
      default: return nil
      }
    case W.sometime: return (1, "APPROX", false)
    default: return nil
    }
  }
}
