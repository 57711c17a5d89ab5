import Testing

@testable import DatelineEval

@Suite struct ExtractionEvaluationTests {
  @Test func scoresSegmentsLikeTrafilatura() {
    let page = ExtractionEvaluation.Page(
      url: "https://example.com", file: "x.html", expected: ["found here", "not there"],
      unwanted: ["Impressum", "Menu"])
    let outcome = ExtractionEvaluation.score("Text found here.\nMenu", page: page)
    #expect(
      outcome.scores == Scores(truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 1))
    #expect(outcome.missed == ["not there"])
    #expect(outcome.leaked == ["Menu"])
  }

  @Test func ignoresSoftHyphens() {
    let page = ExtractionEvaluation.Page(
      url: "https://example.com", file: "x.html", expected: ["Werk\u{AD}zeug\u{AD}typen"], unwanted: [])
    #expect(ExtractionEvaluation.score("Einige Werkzeugtypen.", page: page).scores.truePositives == 1)
    #expect(ExtractionEvaluation.score("Einige Werk\u{AD}zeugtypen.", page: page).scores.truePositives == 1)
    #expect(ExtractionEvaluation.score("Einige Werkstoffe.", page: page).scores.falseNegatives == 1)
  }
}
