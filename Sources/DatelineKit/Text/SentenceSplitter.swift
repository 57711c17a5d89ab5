/// Groups a paragraph's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when
/// the next token opens a sentence: a capitalised word, a number or an opening quote. It does not
/// end at abbreviations that never close sentences (`Mr.`, `Gen.`, `Jan.`, initials); an
/// abbreviation such as `U.S.` or `Inc.` closes one only when a usual sentence opener (`The`,
/// `He`, `But`…) follows. The end of the paragraph always ends the sentence.
///
/// ```swift
/// // "Gen. Smith arrived in the U.S. on Jan. 5. He met J. Doe." → 2 sentences
/// ```
public struct SentenceSplitter: Sendable {
  public init() {}

  /// Appends the byte ranges of the sentences in `tokens` (one paragraph) to `sentences`.
  public func split(
    _ tokens: ArraySlice<Token>, in text: UnsafeBufferPointer<UInt8>, into sentences: inout [Range<Int32>]
  ) {
    guard let first = tokens.first else { return }
    var start = first.start
    var k = tokens.startIndex
    let end = tokens.endIndex
    while k < end {
      let token = tokens[k]
      var closes = false
      var last = k
      if token.kind == .terminal {
        while last + 1 < end, tokens[last + 1].kind == .quote, !tokens[last + 1].flags.contains(.opening) {
          last += 1
        }
        closes = last + 1 == end || opensSentence(tokens[last + 1], after: tokens, at: last + 1, text)
      } else if token.kind == .word, token.flags.contains(.abbreviation), !token.flags.contains(.nonFinal) {
        while last + 1 < end, tokens[last + 1].kind == .quote, !tokens[last + 1].flags.contains(.opening) {
          last += 1
        }
        closes = last + 1 < end && isOrdinaryOpener(tokens[last + 1], text)
      }
      if closes || last + 1 == end {
        sentences.append(start..<tokens[last].end)
        if last + 1 < end { start = tokens[last + 1].start }
      }
      k = last + 1
    }
  }

  private func opensSentence(
    _ next: Token, after tokens: ArraySlice<Token>, at k: Int, _ text: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    switch next.kind {
    case .word: return next.flags.contains(.capitalized)
    case .number: return true
    case .quote:
      guard next.flags.contains(.opening) else { return false }
      // “The …  or  "We …
      return k + 1 < tokens.endIndex
        && (tokens[k + 1].flags.contains(.capitalized) || tokens[k + 1].kind == .number)
    default: return false
    }
  }

  private func isOrdinaryOpener(_ next: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard next.kind == .word, next.flags.contains(.capitalized), next.end - next.start <= 12 else {
      return false
    }
    return Self.openers.contains(Abbreviations.hash(text, Int(next.start), Int(next.end)))
  }

  private static let openers: Set<UInt64> = Set(
    [
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
      "that", "these", "those", "his", "her", "its", "their", "there", "however", "meanwhile", "according",
      "also", "as", "after", "before", "for", "if", "while", "when", "other", "some", "many", "most", "its",
      "analysts", "officials", "shares", "earlier", "last", "since", "under", "with", "without", "both",
      "separately", "still", "yet", "so", "then", "our", "my", "what", "who", "why", "how", "one", "two",
    ].map { word in Array(word.utf8).withUnsafeBufferPointer { Abbreviations.hash($0, 0, $0.count) } })
}
