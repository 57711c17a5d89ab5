import DatelineKit
import Foundation

/// Times each stage of the pipeline over a set of texts, in MB/s and words/s on one core.
public struct StageBenchmark {
  /// One stage's throughput.
  public struct Measurement: Sendable, CustomStringConvertible {
    public var stage: String
    public var bytes: Int
    public var words: Int
    public var seconds: Double
    /// All tokens, punctuation included, when the stage counts them (the tagger's unit).
    public var tokens: Int?
    public init(stage: String, bytes: Int, words: Int, seconds: Double, tokens: Int? = nil) {
      self.stage = stage
      self.bytes = bytes
      self.words = words
      self.seconds = seconds
      self.tokens = tokens
    }
    public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    public var wordsPerSecond: Double { Double(words) / seconds }
    public var description: String {
      let pad = stage.padding(toLength: 22, withPad: " ", startingAt: 0)
      return pad
        + String(
          format: "%8.1f MB/s %12.0f words/s  (%.3f s for %.1f MB)", megabytesPerSecond, wordsPerSecond,
          seconds,
          Double(bytes) / 1e6)
        + (tokens.map { String(format: "  %.0f tokens/s", Double($0) / seconds) } ?? "")
    }
  }

  public var texts: [String]
  public var repeats: Int

  public init(texts: [String], repeats: Int = 3) {
    self.texts = texts
    self.repeats = max(1, repeats)
  }

  /// Measures every stage; each figure is the best of `repeats` runs.
  public func run() -> [Measurement] {
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    var words = 0
    var tokens: [Token] = []
    var ranges: [Range<Int32>] = []
    let tokenizing = best {
      var count = 0
      for var text in texts {
        text.withUTF8 { buffer in
          tokens.removeAll(keepingCapacity: true)
          Tokenizer().tokenize(buffer, into: &tokens)
        }
        for token in tokens where token.kind == .word || token.kind == .number { count += 1 }
      }
      words = count
    }
    let sentences = best {
      for var text in texts {
        text.withUTF8 { buffer in
          tokens.removeAll(keepingCapacity: true)
          ranges.removeAll(keepingCapacity: true)
          Tokenizer().tokenize(buffer, into: &tokens)
          SentenceSplitter().split(tokens[...], in: buffer, into: &ranges)
        }
      }
    }
    var mentionTagger = MentionTagger()
    var mentions: [TaggedMention] = []
    var sentenceTokens: [Range<Int>] = []
    var tokenCount = 0
    let tagging = best {
      // Tokenize, split sentences and tag each text as one document, as the pipeline does.
      tokenCount = 0
      for var text in texts {
        text.withUTF8 { buffer in
          tokens.removeAll(keepingCapacity: true)
          ranges.removeAll(keepingCapacity: true)
          Tokenizer().tokenize(buffer, into: &tokens)
          SentenceSplitter().split(tokens[...], in: buffer, into: &ranges)
          sentenceTokens.removeAll(keepingCapacity: true)
          var k = 0
          for range in ranges {
            let start = k
            while k < tokens.count, tokens[k].start < range.upperBound { k += 1 }
            sentenceTokens.append(start..<k)
          }
          mentions.removeAll(keepingCapacity: true)
          mentionTagger.tag(buffer, tokens: tokens, sentences: sentenceTokens, into: &mentions)
        }
        tokenCount += tokens.count
      }
    }
    let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 1987, month: 12, day: 31)!))
    _ = pipeline.analyze(Draft(input: "warm-up", format: .text, blocks: [.init("LONDON, March 3 - Warm.")]))
    let reading = best {
      for text in texts { _ = try? PlainTextReader.draft(bytes: Array(text.utf8), input: "bench") }
    }
    let drafts = texts.compactMap { try? PlainTextReader.draft(bytes: Array($0.utf8), input: "bench") }
    let analysing = best {
      for draft in drafts { _ = pipeline.analyze(draft) }
    }
    let tagger = TimeTagger()
    let dct = CalendarDate(year: 1987, month: 3, day: 1)
    let timing = best {
      for text in texts { _ = tagger.tag(text, dct: dct) }
    }
    let articles = drafts.map { pipeline.analyze($0) }
    let extractor = QuoteExtractor()
    let quoting = best {
      for article in articles {
        _ = extractor.quotes(
          in: article.text, paragraphs: article.paragraphs, skipping: article.dateline?.range)
      }
    }
    let rules = QuoteExtractor(method: .rules)
    let quotingByRules = best {
      for article in articles {
        _ = rules.quotes(in: article.text, paragraphs: article.paragraphs, skipping: article.dateline?.range)
      }
    }
    let sample = Array(drafts.prefix(2000))
    let output = best {
      for draft in sample { _ = pipeline.analyze(draft).json.serialized() }
    }
    let sampleBytes = sample.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count } }
    let share = Double(sampleBytes) / Double(max(bytes, 1))
    return [
      Measurement(stage: "tokenize", bytes: bytes, words: words, seconds: tokenizing),
      Measurement(stage: "tokenize+sentences", bytes: bytes, words: words, seconds: sentences),
      Measurement(stage: "tag mentions", bytes: bytes, words: words, seconds: tagging, tokens: tokenCount),
      Measurement(stage: "read plain text", bytes: bytes, words: words, seconds: reading),
      Measurement(stage: "analyze (all stages)", bytes: bytes, words: words, seconds: analysing),
      Measurement(stage: "time (TIMEX3)", bytes: bytes, words: words, seconds: timing),
      Measurement(stage: "quotes (rules only)", bytes: bytes, words: words, seconds: quotingByRules),
      Measurement(stage: "quotes", bytes: bytes, words: words, seconds: quoting),
      Measurement(
        stage: "analyze+JSON", bytes: sampleBytes, words: Int(Double(words) * share), seconds: output),
    ]
  }

  private func best(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }
}
