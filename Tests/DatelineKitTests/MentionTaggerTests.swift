import Testing

@testable import DatelineKit

@Suite struct MentionTaggerTests {
  /// Tags `text` as one sentence with the shipped model; returns (type, text) pairs.
  func tag(_ text: String) -> [(MentionType, String)] {
    let bytes = Array(text.utf8)
    var tokens: [Token] = []
    bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
    var tagger = MentionTagger()
    var mentions: [TaggedMention] = []
    bytes.withUnsafeBufferPointer { tagger.tag($0, tokens: tokens, sentences: [0..<tokens.count], into: &mentions) }
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

  @Test func survivesAllCapsHeadline() {
    let found = tag("GERMANY BEAT FRANCE IN PARIS FRIENDLY")
    #expect(found.contains { $0.1 == "PARIS" && $0.0 == .location }, "\(found)")
  }

  @Test func lowerCasePostGivesNoCapitalisedNoise() {
    let found = tag("lol cant believe the game last night , so tired")
    #expect(found.isEmpty)
  }

  @Test func veryLongSentence() {
    let sentence = Array(repeating: "Officials in Nairobi said talks with Ethiopia went on", count: 2000).joined(separator: " , ")
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
