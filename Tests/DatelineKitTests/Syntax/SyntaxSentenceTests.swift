import Testing

@testable import DatelineKit

/// Reading the POS and chunk columns of CoNLL-2003 files and scoring against them.
@Suite struct SyntaxSentenceTests {
  static let file = """
    -DOCSTART- -X- -X- O

    Valdoria NNP B-NP B-LOC
    recalled VBD B-VP O
    its PRP$ B-NP O
    envoy NN I-NP O
    . . O O

    Talks NNS B-NP O
    ended VBD B-VP O

    """

  @Test func readsSentencesWithTheirColumns() throws {
    let sentences = try SyntaxSentence.sentences(in: Self.file, input: "fixture.txt")
    #expect(sentences.count == 2)
    #expect(sentences[0].partOfSpeech == ["NNP", "VBD", "PRP$", "NN", "."])
    #expect(sentences[0].chunks == ["B-NP", "B-VP", "B-NP", "I-NP", "O"])
    #expect(String(decoding: sentences[0].bytes, as: UTF8.self) == "Valdoria recalled its envoy .")
    #expect(sentences[1].tokens.count == 2)
  }

  @Test func malformedLineNamesFileAndLine() {
    let error = #expect(throws: InputError.self) {
      try SyntaxSentence.sentences(in: "Valdoria NNP B-NP\nrecalled\n", input: "bad.txt")
    }
    #expect(error?.input == "bad.txt")
    #expect(error?.line == 2)
  }

  @Test func chunkSpansFromIOBLabels() {
    #expect(
      SyntaxScores.spans(["B-NP", "I-NP", "B-VP", "I-NP", "O", "I-PP"]) == [
        Chunk(type: "NP", tokens: 0..<2), Chunk(type: "VP", tokens: 2..<3), Chunk(type: "NP", tokens: 3..<4),
        Chunk(type: "PP", tokens: 5..<6),
      ])
  }
}
