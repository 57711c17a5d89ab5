import ArgumentParser
import DatelineEval
import DatelineKit

/// `dateline eval phoenix DIR`: load times of the Phoenix dictionaries and their coverage on
/// the bundled sample stories.
struct EvalPhoenix: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "phoenix",
    abstract: "Load the Phoenix (PETRARCH 2) dictionaries, time them, and code the bundled sample stories.")

  @Argument(help: "The folder holding CAMEO.2.0.txt and the Phoenix.*.txt dictionaries.")
  var folder: String

  @Flag(help: "Print how the coder saw each sample sentence.")
  var explain = false

  @Option(help: "List up to this many malformed dictionary lines.")
  var issues = 5

  @Flag(
    help: "Let the part-of-speech tagger veto verb candidates it reads as nouns (CodingOptions.partOfSpeech)."
  )
  var partOfSpeech = false

  @Flag(
    help:
      "Let the syntax layer read verb groups: negation, refusal, passive, coordination (CodingOptions.syntax)."
  )
  var syntax = false

  @Option(help: "Also report coverage on the Reuters-21578 bodies in this folder.")
  var reuters: String?

  func run() throws {
    var phoenix = try PhoenixDictionaries(folder: folder)
    phoenix.coder.options.partOfSpeech = partOfSpeech
    phoenix.coder.options.syntax = syntax
    for load in phoenix.loads { print(load) }
    print(
      "total load: \(Int(phoenix.loads.reduce(0) { $0 + $1.seconds } * 1000)) ms, \(phoenix.issues.count) malformed lines"
    )
    for issue in phoenix.issues.prefix(issues) { print("  \(issue)") }
    var sentences = 0
    var withActor = 0
    var withEvent = 0
    var events = 0
    for sample in BundledSamples.all {
      var context = CodingContext()
      for sentence in CodingText.sentences(sample.content) {
        sentences += 1
        let explanation = phoenix.coder.explain(sentence, date: nil)
        if explain { print(explanation) }
        if explanation.contains("/A") { withActor += 1 }
        let found = phoenix.coder.code(sentence, date: nil, context: &context).events
        if !found.isEmpty { withEvent += 1 }
        events += found.count
        for event in found {
          print(
            "  \(sample.name): \(event.source.code) → \(event.target.code) \(event.code)  \(sentence.map(\.text).prefix(12).joined(separator: " "))…"
          )
        }
      }
    }
    print(
      "bundled samples: \(sentences) sentences, \(withActor) with an actor, \(withEvent) with an event, \(events) events"
    )
    var builtIn = 0
    var builtInSentences = 0
    for sample in BundledSamples.all {
      var context = CodingContext()
      for sentence in CodingText.sentences(sample.content) {
        let found = BuiltInEventDictionaries.coder.code(sentence, date: nil, context: &context).events
        builtIn += found.count
        builtInSentences += found.isEmpty ? 0 : 1
        for event in found {
          print("  built-in \(sample.name): \(event.source.code) → \(event.target.code) \(event.code)")
        }
      }
    }
    print(
      "built-in dictionaries on the same samples: \(builtInSentences) sentences with an event, \(builtIn) events"
    )
    // coverage: events per 100 sentences, actors the verb dictionary leaves without a verb
    let samples = BundledSamples.all.map(\.content)
    print("coverage, Phoenix, bundled samples: \(EventCoverage.measure(samples, coder: phoenix.coder))")
    print(
      "coverage, built-in, bundled samples: \(EventCoverage.measure(samples, coder: BuiltInEventDictionaries.coder))"
    )
    if let reuters {
      let texts = try ReutersCorpus.stories(in: reuters).compactMap(\.body).filter { !$0.isEmpty }
      print("coverage, Phoenix, Reuters-21578: \(EventCoverage.measure(texts, coder: phoenix.coder))")
      print(
        "coverage, built-in, Reuters-21578: \(EventCoverage.measure(texts, coder: BuiltInEventDictionaries.coder))"
      )
    }
  }
}
