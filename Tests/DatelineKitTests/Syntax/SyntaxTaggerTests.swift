import Testing

@testable import DatelineKit

/// The shipped part-of-speech tagger and chunker on sentences written for these tests.
@Suite struct SyntaxTaggerTests {
  @Test func tagsAWireSentence() {
    var tagger = SyntaxTagger()
    let words = [
      "Valdorian", "police", "fired", "tear", "gas", "at", "protesters", "in", "the", "capital", ".",
    ]
    let tagged = tagger.tag(words: words)
    #expect(tagged.count == words.count)
    #expect(tagged[1].partOfSpeech.hasPrefix("NN"))
    #expect(tagged[2].partOfSpeech == "VBD")
    #expect(tagged[5].partOfSpeech == "IN")
    #expect(tagged[8].partOfSpeech == "DT")
    #expect(tagged[10].partOfSpeech == ".")
    let chunks = tagger.chunks
    #expect(chunks.first == Chunk(type: "NP", tokens: 0..<2))
    #expect(chunks.contains(Chunk(type: "VP", tokens: 2..<3)))
    #expect(chunks.contains(Chunk(type: "PP", tokens: 5..<6)))
    #expect(chunks.contains(Chunk(type: "NP", tokens: 8..<10)))
  }

  @Test func verbGroupsAndPassives() {
    var tagger = SyntaxTagger()
    let tagged = tagger.tag(words: ["Peacekeepers", "have", "been", "deployed", "to", "Marento", "."])
    #expect(tagged[1...3].map(\.partOfSpeech) == ["VBP", "VBN", "VBN"])
    #expect(tagger.chunks.contains(Chunk(type: "VP", tokens: 1..<4)))
  }

  @Test func nounAndVerbReadingsOfOneWord() {
    var tagger = SyntaxTagger()
    #expect(tagger.tag(words: ["The", "attack", "killed", "six", "people"])[1].partOfSpeech == "NN")
    #expect(
      tagger.tag(words: ["Rebels", "will", "attack", "the", "border", "post"])[2].partOfSpeech.hasPrefix("VB")
    )
  }

  @Test func emptyAndOddInput() {
    var tagger = SyntaxTagger()
    #expect(tagger.tag(words: []).isEmpty)
    #expect(tagger.chunks.isEmpty)
    #expect(tagger.tag(words: ["Erdoğan", "—", "1996-08-22", "%"]).count == 4)
  }

  @Test func shippedModelShape() {
    let model = SyntaxModel.shared
    #expect(model.partOfSpeech.tags.contains("VBN"))
    #expect(model.chunks.tags.contains("B-NP"))
    #expect(model.partOfSpeech.weightCount > 10_000)
  }
}
