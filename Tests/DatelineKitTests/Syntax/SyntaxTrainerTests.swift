import Testing

@testable import DatelineKit

/// Training on a tiny file written for this test: the taggers learn it, reproducibly.
@Suite struct SyntaxTrainerTests {
  static let file = """
    Valdoria NNP B-NP
    recalled VBD B-VP
    its PRP$ B-NP
    envoy NN I-NP
    from IN B-PP
    Kestrelia NNP B-NP
    . . O

    The DT B-NP
    police NNS I-NP
    fired VBD B-VP
    tear NN B-NP
    gas NN I-NP
    at IN B-PP
    protesters NNS B-NP
    . . O

    Ostravin NNP B-NP
    has VBZ B-VP
    been VBN I-VP
    accused VBN I-VP
    by IN B-PP
    the DT B-NP
    league NN I-NP
    . . O

    """

  @Test func learnsTheTrainingSentencesReproducibly() throws {
    let sentences = try SyntaxSentence.sentences(in: Self.file, input: "fixture.txt")
    let trainer = SyntaxTrainer(options: .init(epochs: 6, rowBits: 14, seed: 7, prune: 0))
    var lines: [String] = []
    let model = trainer.train(sentences, dev: sentences) { lines.append($0) }
    let scores = SyntaxScores.evaluate(model, on: sentences)
    #expect(scores.accuracy == 1)
    #expect(scores.f1 == 1)
    #expect(lines.contains { $0.hasPrefix("part of speech: best epoch") })
    let again = trainer.train(sentences, dev: sentences) { _ in }
    #expect(again.serialized() == model.serialized())
    // the model reads back and the I-X order holds
    let read = try SyntaxModel(bytes: model.serialized())
    var tagger = SyntaxTagger(model: read)
    let tagged = tagger.tag(words: ["Ostravin", "has", "been", "accused", "by", "the", "league", "."])
    #expect(tagged.map(\.partOfSpeech) == ["NNP", "VBZ", "VBN", "VBN", "IN", "DT", "NN", "."])
    #expect(tagger.chunks.map(\.type) == ["NP", "VP", "PP", "NP"])
  }

  @Test func insideTagsOnlyContinueTheirType() {
    let constraint = ChunkConstraint(tags: ["B-NP", "B-VP", "I-NP", "I-VP", "O"])
    #expect(constraint.allows(2, after: 0))
    #expect(constraint.allows(2, after: 2))
    #expect(!constraint.allows(2, after: 1))
    #expect(!constraint.allows(2, after: 4))
    #expect(!constraint.allows(3, after: 5))  // sentence start
    #expect(constraint.allows(1, after: 5))
  }
}
