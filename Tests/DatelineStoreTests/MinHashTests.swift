import Testing

@testable import DatelineStore

@Suite struct MinHashTests {
  let minHash = MinHash()

  @Test func reprintIsNearAndOtherStoryIsFar() throws {
    let reuters = try #require(minHash.signature(of: Fixtures.record(Fixtures.reutersPipeline).text))
    let tass = try #require(minHash.signature(of: Fixtures.record(Fixtures.tassPipeline).text))
    let ap = try #require(minHash.signature(of: Fixtures.record(Fixtures.apElection).text))
    #expect(minHash.similarity(reuters, tass) >= minHash.threshold)
    #expect(minHash.similarity(reuters, ap) < 0.2)
    #expect(minHash.similarity(reuters, reuters) == 1)
  }

  @Test func caseAndPunctuationDoNotMatter() throws {
    let a = try #require(minHash.signature(of: "The Minister said, on Monday: talks will resume."))
    let b = try #require(minHash.signature(of: "the minister said on monday talks will resume"))
    #expect(a == b)
  }

  @Test func textWithoutWordsHasNoSignature() {
    #expect(minHash.signature(of: " -- ... ") == nil)
    #expect(minHash.signature(of: "Short") != nil)
  }

  @Test func bytesRoundTripAndBandsAreStable() throws {
    let signature = try #require(minHash.signature(of: "Officials said the harbour would reopen next week."))
    #expect(MinHash.signature(bytes: MinHash.bytes(signature)) == signature)
    #expect(MinHash.signature(bytes: [1, 2, 3]) == nil)
    #expect(MinHash.bandKeys(signature) == MinHash.bandKeys(signature))
    #expect(MinHash.bandKeys(signature).count == MinHash.bands)
  }
}
