import DatelineKit
import Foundation
import Testing

@testable import DatelineEval

/// Validation-file parsing and scoring on records, dictionaries and options written for this test.
@Suite struct TabariValidationTests {
  static let records = """
    ##########################
    #   OUR TEST RECORDS
    ##########################

    250101  OURS-01
    Valdoria praised Marento for the quick repair of the old harbour bridge.
    /*\\n--------
    \\n[simple]
    \\n{ VAL / MAR / 051 } */

    250101  OURS-Modify
    Options change for the records below, with enough words to pass.
    /*\\n--------
    \\n{ OPTION: SET: MINIMUM WORDS = 20 } */

    250101  OURS-02
    Valdoria praised Marento for the quick repair of the old harbour bridge.
    /*\\n[too short now]
    \\n{---}
    \\n-{ VAL / MAR / 051 } */

    250101  LATER-01
    Valdoria and Marento praised Ostravin and Kestrelia for their long patience and their calm words today after the storm that closed the ports.
    /* \\n{ VAL / OST / 051 } \\n{ VAL / KES / 051 } \\n{ MAR / OST / 051 } \\n{ MAR / KES / 051 } */

    990101  FINAL-01
    The end.

    250101  AFTER-01
    Not a standard record.
    /* { VAL / MAR / 051 } */
    """

  @Test func readsRecordsExpectationsAndOptions() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ours-\(getpid()).text").path
    try Self.records.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let records = try ValidationRecord.read(path: path)
    #expect(records.map(\.id) == ["OURS-01", "OURS-Modify", "OURS-02", "LATER-01"])
    #expect(records[0].date == 20250101)
    #expect(records[0].expectation == .events([.init(source: "VAL", target: "MAR", code: "051")]))
    #expect(records[1].options == ["SET: MINIMUM WORDS = 20"])
    #expect(records[2].expectation == .noEvent)
    #expect(records[3].category == "LATER")

    var actors = ActorDictionary()
    try actors.readActors(
      text: "VALDORIA [VAL]\nMARENTO [MAR]\nOSTRAVIN [OST]\nKESTRELIA_ [KES]\n", file: "t.actors")
    var verbs = VerbDictionary()
    try verbs.read(text: "PRAISE [051]\n", file: "t.verbs")
    let coder = EventCoder(verbs: verbs, actors: DictionaryActorResolver(dictionary: actors))
    let report = TabariValidation(coder: coder).run(records)
    #expect(report.outcomes.map(\.record.id) == ["OURS-01", "OURS-02", "LATER-01"])
    #expect(report.passed == 3)
    #expect(report.byCategory.map(\.category) == ["OURS", "LATER"])
  }
}
