import Testing

@testable import DatelineKit

@Suite struct CoNLLDocumentTests {
  @Test func readsDocumentsSentencesAndSpans() throws {
    let text = """
      -DOCSTART- -X- -X- O

      Amina NNP B-NP B-PER
      Diallo NNP I-NP I-PER
      visited VBD B-VP O
      Dakar NNP B-NP B-LOC
      . . O O

      -DOCSTART- -X- -X- O

      Bank NNP B-NP I-ORG
      of IN B-PP I-ORG
      Ghana NNP B-NP I-ORG
      rose VBD B-VP O
      """
    let documents = try CoNLLDocument.documents(in: text, input: "mini.txt")
    #expect(documents.count == 2)
    #expect(documents[0].sentences == [0..<5])
    #expect(documents[0].word(3) == "Dakar")
    #expect(
      documents[0].mentions == [
        TaggedMention(tokens: 0..<2, type: .person), TaggedMention(tokens: 3..<4, type: .location),
      ])
    // IOB1: a mention may open with I-.
    #expect(documents[1].mentions == [TaggedMention(tokens: 0..<3, type: .organization)])
  }

  @Test func splitsAdjacentMentionsAtB() {
    let spans = CoNLLDocument.spans(["I-PER", "B-PER", "I-PER", "I-LOC", "O"], offset: 10)
    #expect(
      spans == [
        TaggedMention(tokens: 10..<11, type: .person), TaggedMention(tokens: 11..<13, type: .person),
        TaggedMention(tokens: 13..<14, type: .location),
      ])
  }

  @Test func rejectsMalformedLine() {
    #expect(throws: InputError.self) {
      try CoNLLDocument.documents(in: "Word NNP B-NP O\nlonely\n", input: "bad.txt")
    }
  }
}
