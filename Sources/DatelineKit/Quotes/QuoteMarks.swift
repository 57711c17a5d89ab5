/// Pairs quote marks into quoted spans, paragraph by paragraph.
///
/// Curly marks say which way they face; a straight `"` opens after a space, a bracket or a dash
/// and closes before a space or punctuation, and otherwise alternates. Single marks (`‘…’`,
/// `'…'`) quote too (headlines, quotes inside quotes), but a `’` or `'` that closes nothing is an
/// apostrophe (`voters’`), and `'90s` or `'em` open nothing. A quote still open at the end of its
/// paragraph runs on when the next paragraph opens with a quote mark (the convention for quotes
/// over several paragraphs); otherwise it ends with its paragraph. Quotes inside quotes are part
/// of the outer quote.
struct QuoteMarks {
  /// A quoted span: the token indices of its opening and closing marks (`close` is the last
  /// token of the paragraph when the quote never closes).
  struct Span: Hashable {
    var open: Int
    var close: Int
    var closed: Bool
    var single: Bool
    /// Token ranges of the paragraphs the span covers, when it runs over more than one.
    var pieces: [Range<Int>]
    /// Content tokens between the marks.
    var inner: Range<Int> { (open + 1)..<(closed ? close : close + 1) }
  }

  enum Mark { case none, open, close, either }

  /// Which way mark token `k` faces, and whether it is a single mark; `.none` for brackets,
  /// apostrophes and other tokens.
  static func mark(_ text: QuoteText, _ k: Int) -> (Mark, single: Bool) {
    let token = text.tokens[k]
    guard token.kind == .quote, !text.isBracket(k) else { return (.none, false) }
    let b = text.bytes
    let s = Int(token.start)
    let e = Int(token.end)
    if e - s == 1 {
      let byte = b[s]
      guard byte == 0x22 || byte == 0x27 else { return (.none, false) }
      let before: UInt8 = s == 0 ? 0x20 : b[s - 1]
      let after: UInt8 = e >= b.count ? 0x20 : b[e]
      let opensAfter = before <= 0x20 || before == 0x28 || before == 0x5B || before == 0x2D || before >= 0x80
      let closesBefore =
        after <= 0x20 || after == 0x2C || after == 0x2E || after == 0x3B || after == 0x3A
        || after == 0x21 || after == 0x3F || after == 0x29 || after == 0x5D || after == 0x2D || after >= 0x80
      if byte == 0x27 {
        // '90s, 'em, 'til, 'n': elisions, not quotes.
        if opensAfter && !closesBefore {
          if after &- 0x30 < 10 || isElision(text, k) { return (.none, true) }
          return (.open, true)
        }
        return (closesBefore && !opensAfter ? .close : .none, true)
      }
      if opensAfter && !closesBefore { return (.open, false) }
      if closesBefore && !opensAfter { return (.close, false) }
      return (.either, false)
    }
    // Multi-byte marks: “ ” ‘ ’ „ « ».
    if e - s == 3, b[s] == 0xE2, b[s + 1] == 0x80 {
      switch b[s + 2] {
      case 0x9C, 0x9E: return (.open, false)
      case 0x9D: return (.close, false)
      case 0x98:
        return (isElision(text, k) || (e < b.count && b[e] &- 0x30 < 10) ? (.none, true) : (.open, true))
      case 0x99: return (.close, true)
      default: return (.none, false)
      }
    }
    if e - s == 2, b[s] == 0xC2 {
      return (b[s + 1] == 0xAB ? .open : b[s + 1] == 0xBB ? .close : .none, false)
    }
    return (.none, false)
  }

  /// Two adjacent straight single marks: which way the pair faces, or nil.
  private static func doubledSingle(_ text: QuoteText, _ k: Int, limit: Int) -> Mark? {
    guard k + 1 < limit, text.tokens[k].kind == .quote, text.tokens[k + 1].kind == .quote,
      text.tokens[k].end == text.tokens[k + 1].start, text.isPunctuation(k, 0x27),
      text.isPunctuation(k + 1, 0x27)
    else { return nil }
    let b = text.bytes
    let s = Int(text.tokens[k].start)
    let e = Int(text.tokens[k + 1].end)
    let before: UInt8 = s == 0 ? 0x20 : b[s - 1]
    let after: UInt8 = e >= b.count ? 0x20 : b[e]
    let opens = before <= 0x20 || before == 0x28 || before == 0x2D || before >= 0x80
    let closes =
      after <= 0x20 || after == 0x2C || after == 0x2E || after == 0x3B || after == 0x3A || after == 0x29
      || after == 0x21 || after == 0x3F || after == 0x2D || after >= 0x80
    if opens && !closes { return .open }
    if closes && !opens { return .close }
    return nil
  }

  /// `'em`, `'til`, `'n'`, `'cause`: a mark glued to one of the few words English elides.
  private static func isElision(_ text: QuoteText, _ k: Int) -> Bool {
    guard k + 1 < text.count, text.tokens[k + 1].start == text.tokens[k].end, text.isWord(k + 1) else {
      return false
    }
    return elisions.contains(text.hash(k + 1))
  }

  private static let elisions = CueLexicon.hashes([
    "em", "til", "n", "cause", "tis", "twas", "bout", "round", "s",
  ])

  /// The top-level quoted spans of the text, in order.
  static func spans(in text: QuoteText) -> [Span] {
    var spans: [Span] = []
    for paragraph in text.paragraphs {
      spans += paragraphSpans(in: text, paragraph: paragraph)
    }
    // An unclosed quote runs on into a paragraph that opens with a quote mark.
    var merged: [Span] = []
    var i = 0
    while i < spans.count {
      var span = spans[i]
      while !span.closed, !span.single, i + 1 < spans.count {
        let next = spans[i + 1]
        let nextParagraph = text.paragraph(of: next.open)
        guard next.open == nextParagraph.lowerBound, !next.single,
          Int(text.paragraphOf[next.open]) == Int(text.paragraphOf[span.close]) + 1
        else { break }
        if span.pieces.isEmpty { span.pieces = [span.open..<(span.close + 1)] }
        span.pieces.append(next.open..<(next.close + 1))
        span.close = next.close
        span.closed = next.closed
        i += 1
      }
      merged.append(span)
      i += 1
    }
    return merged
  }

  private static func paragraphSpans(in text: QuoteText, paragraph: Range<Int>) -> [Span] {
    var spans: [Span] = []
    var openDouble: Int?
    var openSingle: Int?
    var k = paragraph.lowerBound
    while k < paragraph.upperBound {
      defer { k += 1 }
      var (mark, single) = mark(text, k)
      if let pair = doubledSingle(text, k, limit: paragraph.upperBound) {
        // ''…'' (two straight singles, as The New York Times writes) is a double mark; a closing
        // pair's span ends at its second mark.
        (mark, single) = (pair, false)
        if pair == .close { k += 1 }
      }
      if mark == .none { continue }
      if single {
        if openDouble != nil { continue }  // nested: part of the outer quote
        switch mark {
        case .open,
          .either where openSingle == nil:
          openSingle = k
        case .close, .either:
          if let o = openSingle, k > o + 1 {
            spans.append(Span(open: o, close: k, closed: true, single: true, pieces: []))
            openSingle = nil
          }
        default: break
        }
        continue
      }
      let opens = mark == .open || (mark == .either && openDouble == nil)
      if opens {
        if let o = openDouble, k > o + 1 {
          // Opened again before closing: the first quote stops before this mark.
          spans.append(Span(open: o, close: k - 1, closed: false, single: false, pieces: []))
        }
        openDouble = k
        openSingle = nil
      } else if let o = openDouble {
        if k > o + 1 { spans.append(Span(open: o, close: k, closed: true, single: false, pieces: [])) }
        openDouble = nil
      }
    }
    if let o = openDouble, o + 1 < paragraph.upperBound {
      spans.append(Span(open: o, close: paragraph.upperBound - 1, closed: false, single: false, pieces: []))
    }
    // Spans come out in order of their closing; order them by opening.
    spans.sort { $0.open < $1.open }
    return spans
  }
}
