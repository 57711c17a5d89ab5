import Testing

@testable import DatelineKit

@Suite struct MentionTaggerTests {
  /// Tags `sentences` as one document with the shipped model; returns (type, text) pairs.
  func tag(_ sentences: String...) -> [(MentionType, String)] {
    let bytes = Array(sentences.joined(separator: "\n").utf8)
    var tokens: [Token] = []
    var ranges: [Range<Int>] = []
    var offset = 0
    for sentence in sentences {
      let start = tokens.count
      var sentenceTokens: [Token] = []
      Array(sentence.utf8).withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &sentenceTokens) }
      tokens += sentenceTokens.map {
        Token(start: $0.start + Int32(offset), end: $0.end + Int32(offset), kind: $0.kind)
      }
      ranges.append(start..<tokens.count)
      offset += sentence.utf8.count + 1
    }
    var tagger = MentionTagger()
    var mentions: [TaggedMention] = []
    bytes.withUnsafeBufferPointer { tagger.tag($0, tokens: tokens, sentences: ranges, into: &mentions) }
    return mentions.map { m in
      let start = Int(tokens[m.tokens.lowerBound].start)
      let end = Int(tokens[m.tokens.upperBound - 1].end)
      return (m.type, String(decoding: bytes[start..<end], as: UTF8.self))
    }
  }

  @Test func tagsPeopleOrganisationsAndPlaces() {
    let found = tag("Kenyan President William Ruto met African Union officials in Addis Ababa on Tuesday .")
    #expect(found.contains { $0 == (.person, "William Ruto") })
    #expect(found.contains { $0 == (.organization, "African Union") })
    #expect(found.contains { $0 == (.location, "Addis Ababa") })
    #expect(found.contains { $0 == (.miscellaneous, "Kenyan") })
  }

  @Test func allCapsHeadlineReadsNamesFromTheBody() {
    // The body's casing tells the headline's names from its words.
    let found = tag(
      "GERMANY BEAT FRANCE IN PARIS FRIENDLY",
      "Germany beat France 2-1 in a friendly in Paris on Tuesday , coach Julian Nagelsmann said .")
    #expect(found.contains { $0 == (.location, "GERMANY") })
    #expect(found.contains { $0 == (.location, "FRANCE") })
    #expect(found.contains { $0 == (.person, "Julian Nagelsmann") })
    #expect(!found.contains { $0.1 == "BEAT" || $0.1 == "FRIENDLY" })
  }

  @Test func lowerCasePostGivesNoCapitalisedNoise() {
    let found = tag("lol cant believe the game last night , so tired")
    #expect(found.isEmpty)
  }

  @Test func veryLongSentence() {
    let sentence = Array(repeating: "Officials in Nairobi said talks with Ethiopia went on", count: 2000)
      .joined(separator: " , ")
    let found = tag(sentence)
    #expect(found.filter { $0.1 == "Nairobi" }.count > 1900)
  }

  @Test func diacriticsAndNonLatinScripts() {
    let found = tag("Recep Tayyip Erdoğan met Владимир Путин and 習近平 in Ankara .")
    #expect(found.contains { $0.0 == .person && $0.1.hasPrefix("Recep Tayyip Erdo") }, "\(found)")
    #expect(found.contains { $0 == (.location, "Ankara") })
    _ = tag("🙂 ∑ \u{0301}é ‮ العربية")  // symbols, a lone combining mark, bidi control: no crash
  }
}
