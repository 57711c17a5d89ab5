import DatelineKit
import Foundation

/// Times event coding (shallow layer and coder together) over a set of texts, in sentences/s.
public struct EventBenchmark {
  public var texts: [String]
  public var coder: EventCoder
  public var repeats: Int

  public init(texts: [String], coder: EventCoder, repeats: Int = 3) {
    self.texts = texts
    self.coder = coder
    self.repeats = max(1, repeats)
  }

  /// The stage, sentences, events and best time of `repeats` runs.
  public func run() -> (sentences: Int, events: Int, seconds: Double) {
    var best = Double.infinity
    var sentences = 0
    var events = 0
    for _ in 0..<repeats {
      sentences = 0
      events = 0
      let start = DispatchTime.now().uptimeNanoseconds
      for text in texts {
        var context = CodingContext()
        for sentence in CodingText.sentences(text) {
          sentences += 1
          events += coder.code(sentence, date: 19870301, context: &context).events.count
        }
      }
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (sentences, events, best)
  }
}
