import DatelineKit

/// How much of a corpus a coder's dictionaries reach: sentences with an actor, with an actor but
/// no verb the verb dictionary knows, with an event, and events per 100 sentences.
///
/// ```swift
/// let coverage = EventCoverage.measure(stories, coder: phoenix.coder)
/// print(coverage)   // 118248 sentences: 61.2% with an actor, …
/// ```
public struct EventCoverage: Sendable, CustomStringConvertible {
  public var sentences = 0
  public var withActor = 0
  /// Sentences with an actor and no verb candidate at all.
  public var actorWithoutVerb = 0
  public var withEvent = 0
  public var events = 0

  /// Codes every sentence of `texts`, each text a story (subjects carry over within it).
  public static func measure(_ texts: [String], coder: EventCoder) -> EventCoverage {
    var coverage = EventCoverage()
    for text in texts {
      var context = CodingContext()
      for sentence in CodingText.sentences(text) {
        coverage.sentences += 1
        let shape = coder.shape(sentence, date: nil)
        if shape.actors > 0 {
          coverage.withActor += 1
          if shape.verbs == 0 { coverage.actorWithoutVerb += 1 }
        }
        let found = coder.code(sentence, date: nil, context: &context).events
        if !found.isEmpty { coverage.withEvent += 1 }
        coverage.events += found.count
      }
    }
    return coverage
  }

  func share(_ count: Int) -> Double { sentences == 0 ? 0 : Double(count) * 100 / Double(sentences) }

  public var description: String {
    String(
      format:
        "%d sentences: %.1f%% with an actor, %.1f%% with an actor but no verb match, %.1f%% with an event; %d events = %.2f per 100 sentences",
      sentences, share(withActor), share(actorWithoutVerb), share(withEvent), events, share(events))
  }
}
