import Testing

@testable import DatelineEval

@Suite struct ScoresTests {
  @Test func f1IsHarmonicMean() {
    let scores = Scores(truePositives: 6, falsePositives: 2, falseNegatives: 4)
    #expect(scores.precision == 0.75)
    #expect(scores.recall == 0.6)
    #expect(abs(scores.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
  }

  @Test func emptyCountsGiveZero() {
    #expect(Scores().f1 == 0)
  }

  @Test func accuracyCountsTrueNegatives() {
    var scores = Scores(truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 5)
    #expect(scores.accuracy == 0.8)
    scores += Scores(truePositives: 1)
    #expect(scores.truePositives == 4)
    #expect(Scores().accuracy == 0)
  }
}
