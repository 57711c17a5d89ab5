import DatelineKit
import Testing

@testable import DatelineEval

@Suite struct TimeMLEvaluationTests {
  func document(_ body: String) throws -> TimeMLDocument {
    try TimeMLDocument(
      parsing:
        "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2022-01-10\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>"
        + "<TEXT>\(body)</TEXT></TimeML>", input: "t.tml")
  }

  @Test func strictRelaxedAndAttributes() throws {
    let gold = try document(
      "Talks ended <TIMEX3 type=\"DATE\" value=\"2022-01-07\">on Friday</TIMEX3> after "
        + "<TIMEX3 type=\"DURATION\" value=\"P3D\">three days</TIMEX3>, in <TIMEX3 type=\"DATE\" value=\"2022\">2022</TIMEX3>."
    )
    // Re-spaced system text; one partial match with a wrong value, one exact, one spurious, one missed.
    let system = try document(
      "Talks  ended on <TIMEX3 type=\"DATE\" value=\"2022-01-14\">Friday</TIMEX3> after "
        + "<TIMEX3 type=\"DURATION\" value=\"P3D\">three days</TIMEX3>, in 2022. <TIMEX3 type=\"DATE\" value=\"PRESENT_REF\">Now</TIMEX3>"
    )
    var evaluation = TimeMLEvaluation()
    evaluation.add(gold: gold, system: system, file: "t.tml")
    #expect(evaluation.strict.truePositives == 1)
    #expect(evaluation.strict.falsePositives == 2)
    #expect(evaluation.strict.falseNegatives == 2)
    #expect(evaluation.relaxed.truePositives == 2)
    #expect(evaluation.relaxed.falsePositives == 1)
    #expect(evaluation.relaxed.falseNegatives == 1)
    #expect(evaluation.matched == 2)
    #expect(evaluation.typeCorrect == 2)
    #expect(evaluation.valueCorrect == 1)
    #expect(abs(evaluation.valueF1 - evaluation.relaxed.f1 * 0.5) < 1e-9)
  }
}
