import DatelineKit
import Testing

@testable import DatelineEval

@Suite struct CoNLLEvaluationTests {
  @Test func scoresExactSpansPerType() {
    var evaluation = CoNLLEvaluation()
    let gold = [
      TaggedMention(tokens: 0..<2, type: .person), TaggedMention(tokens: 3..<4, type: .location),
      TaggedMention(tokens: 5..<8, type: .organization),
    ]
    let predicted = [
      TaggedMention(tokens: 0..<2, type: .person),  // right
      TaggedMention(tokens: 3..<4, type: .organization),  // wrong type
      TaggedMention(tokens: 5..<7, type: .organization),  // wrong span
    ]
    evaluation.add(gold: gold, predicted: predicted)
    #expect(evaluation.byType[.person] == Scores(truePositives: 1))
    #expect(evaluation.byType[.location] == Scores(falseNegatives: 1))
    #expect(evaluation.byType[.organization] == Scores(falsePositives: 2, falseNegatives: 1))
    let overall = evaluation.overall
    #expect(overall == Scores(truePositives: 1, falsePositives: 2, falseNegatives: 2))
    #expect(abs(overall.f1 - 2.0 * (1.0 / 3) * (1.0 / 3) / (2.0 / 3)) < 1e-12)
    #expect(evaluation.description.contains("MISC  P 0.000"))
  }
}
