import Testing

@testable import DatelineKit

@Suite struct MentionTagTests {
  @Test func encodesAndDecodesBILOU() {
    let gold = [
      TaggedMention(tokens: 0..<1, type: .organization), TaggedMention(tokens: 2..<5, type: .person),
      TaggedMention(tokens: 6..<8, type: .location),
    ]
    let tags = MentionTag.encode(gold, count: 9)
    #expect(tags[0] == MentionTag.tag(.organization, .unit))
    #expect(tags[2] == MentionTag.tag(.person, .begin))
    #expect(tags[3] == MentionTag.tag(.person, .inside))
    #expect(tags[4] == MentionTag.tag(.person, .last))
    #expect(tags[8] == MentionTag.outside)
    var decoded: [TaggedMention] = []
    tags.withUnsafeBufferPointer { MentionTag.decode($0, into: &decoded) }
    #expect(decoded == gold)
  }

  @Test func constrainsTransitions() {
    let beginPerson = MentionTag.tag(.person, .begin)
    #expect(MentionTag.allowed(MentionTag.tag(.person, .inside), after: beginPerson, last: false))
    #expect(!MentionTag.allowed(MentionTag.tag(.person, .inside), after: beginPerson, last: true))
    #expect(!MentionTag.allowed(MentionTag.tag(.location, .last), after: beginPerson, last: false))
    #expect(!MentionTag.allowed(MentionTag.outside, after: beginPerson, last: false))
    #expect(!MentionTag.allowed(MentionTag.tag(.person, .inside), after: MentionTag.outside, last: false))
    #expect(!MentionTag.allowed(MentionTag.tag(.person, .begin), after: MentionTag.outside, last: true))
    #expect(MentionTag.allowed(MentionTag.tag(.person, .unit), after: MentionTag.outside, last: true))
  }
}
