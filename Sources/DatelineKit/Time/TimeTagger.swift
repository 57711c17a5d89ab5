/// Finds the time expressions of a text and normalises them to TimeML TIMEX3 values, anchored to
/// the document creation time (DCT).
///
/// Rules run on the tokenizer's tokens (UTF-8 bytes, no Regex), one family per file under
/// `Time/Rules`. Relative expressions resolve against the DCT, or, for narrative counts ("two
/// days later", "the next day"), against the last day the text named. A bare weekday or month
/// takes the direction the sentence's tense implies.
///
/// ```swift
/// let tagger = TimeTagger()
/// let times = tagger.tag("Talks ended on Friday and will resume next week.",
///                        dct: CalendarDate(year: 2022, month: 1, day: 10))
/// // Friday → DATE 2022-01-07, next week → DATE 2022-W03
/// ```
public struct TimeTagger: Sendable {
  public init() {}

  /// The time expressions of `text`, in order, with scalar offsets into `text`.
  public func tag(_ text: String, dct: CalendarDate?) -> [TimeExpression] {
    var text = text
    var scratch: [Token] = []
    var tokens: [TimeToken] = []
    return text.withUTF8 { bytes in
      TimeToken.tokenize(bytes, scratch: &scratch, into: &tokens)
      var scanner = TimeScanner(bytes: bytes, tokens: tokens, dct: dct)
      scanner.run()
      guard !scanner.found.isEmpty else { return [] }
      let offsets = ScalarOffsets(bytes)
      return scanner.found.map { candidate in
        let start = Int(tokens[candidate.start].start)
        var end = Int(tokens[candidate.end - 1].end)
        // `EST.` at a sentence end: the period closes the sentence, not the zone.
        if TimeScanner.zones.contains(tokens[candidate.end - 1].hash), bytes[end - 1] == 0x2E { end -= 1 }
        return TimeExpression(
          range: TextRange(start: offsets.scalarOffset(start), end: offsets.scalarOffset(end)),
          text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
          type: candidate.type, value: candidate.value, mod: candidate.mod, anchor: candidate.anchor?.iso,
          quant: candidate.quant, freq: candidate.freq)
      }
    }
  }
}
