import DatelineKit
import Foundation
import Testing

@testable import DatelineEval

@Suite struct QuoteEvaluationTests {
  /// A two-sentence story we wrote, annotated in PolNeAR's brat format.
  let text = "“We will stay,” said Aminata Diop.\nThe ministry said talks would resume.\n"
  let standoff = """
    T1\tContent 0 15\t“We will stay,”
    T2\tCue 16 20\tsaid
    T3\tSource 21 33\tAminata Diop
    T4\tAttribution 16 20\tsaid
    E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3
    T5\tSource 35 47\tThe ministry
    T6\tCue 48 52\tsaid
    T7\tContent 53 58;59 71\ttalks would resume
    E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7

    """

  func corpus() throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("polnear-\(UUID().uuidString)")
    let dev = root.appendingPathComponent("data/dev")
    try FileManager.default.createDirectory(
      at: dev.appendingPathComponent("text"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: dev.appendingPathComponent("attributions"), withIntermediateDirectories: true)
    try text.write(to: dev.appendingPathComponent("text/story_one.txt"), atomically: true, encoding: .utf8)
    try standoff.write(
      to: dev.appendingPathComponent("attributions/story_one_a1.ann"), atomically: true, encoding: .utf8)
    try "T1\tSource 0 1\tx\n".write(
      to: dev.appendingPathComponent("attributions/story_one_b2.ann"), atomically: true, encoding: .utf8)
    return root.path
  }

  @Test func readsStandoffWithTheFirstAnnotator() throws {
    let root = try corpus()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let documents = try PolNeARCorpus.documents(in: root, split: .dev)
    #expect(documents.count == 1)
    let attributions = documents[0].attributions
    #expect(attributions.count == 2)
    #expect(attributions[0].source == TextRange(start: 21, end: 33))
    // A discontinuous span is read as its extent.
    #expect(attributions[1].content == TextRange(start: 53, end: 71))
  }

  @Test func scoresExactAndOverlap() throws {
    let root = try corpus()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var misses: [QuoteEvaluation.Miss] = []
    let result = QuoteEvaluation().run(try PolNeARCorpus.documents(in: root, split: .dev), misses: &misses)
    #expect(result.exact["source"]?.truePositives == 2)
    #expect(result.exact["cue"]?.truePositives == 2)
    // "talks would resume" is found whole; gold holds the same extent.
    #expect(result.exact["content"]?.f1 == 1)
    #expect(result.directExact.truePositives == 1)
    #expect(result.speakersRight == 1 && result.speakersJudged == 1)
  }

  @Test func missingSplitIsAnInputError() {
    #expect(throws: InputError.self) { try PolNeARCorpus.documents(in: "/nonexistent", split: .train) }
  }

  @Test func overlapPairsOneToOne() {
    let found = [TextRange(start: 0, end: 10), TextRange(start: 5, end: 8)]
    let gold = [TextRange(start: 2, end: 6)]
    let (scores, pairs) = QuoteEvaluation.overlap(found, gold)
    #expect(scores.truePositives == 1 && scores.falsePositives == 1 && scores.falseNegatives == 0)
    #expect(pairs.count == 1)
  }
}
