import Testing

@testable import DatelineKit

/// The interned dictionary words and the per-sentence matches the compiled coder reads.
@Suite struct WordLexiconTests {
  typealias Match = WordLexicon.Match

  @Test func oneWalkFindsEveryTextThatBeginsAWord() {
    var lexicon = WordLexicon()
    let con = lexicon.intern("CON")
    let condemn = lexicon.intern("CONDEMN")
    lexicon.intern("CONVOY")
    var out: [Match] = []
    lexicon.matches("CONDEMNED", into: &out)
    #expect(out == [Match(text: con, rest: .prefix), Match(text: condemn, rest: [.prefix, .verbEnding])])
    out = []
    lexicon.matches("CONDEMN", into: &out)
    #expect(out.last == Match(text: condemn, rest: [.prefix, .whole]))
    out = []
    lexicon.matches("CONDEMNS", into: &out)
    #expect(out.last == Match(text: condemn, rest: [.prefix, .nounEnding, .verbEnding]))
    out = []
    lexicon.matches("CONDEMNATION", into: &out)
    #expect(out.last == Match(text: condemn, rest: .prefix))
    out = []
    lexicon.matches("TALLIS", into: &out)
    #expect(out.isEmpty)
  }

  @Test func finalEEndings() {
    var lexicon = WordLexicon()
    let deplore = lexicon.intern("DEPLORE")
    var out: [Match] = []
    lexicon.matches("DEPLORED", into: &out)
    #expect(out == [Match(text: deplore, rest: [.prefix, .verbEnding])])
    out = []
    lexicon.matches("DEPLORING", into: &out)
    #expect(out == [Match(text: deplore, rest: .droppedE)])
  }

  @Test func compiledWordsAcceptWhatTheirEndingAllows() {
    var lexicon = WordLexicon()
    let stem = LexicalWord(DictionaryWord("VALDORIA", ending: .stem), in: &lexicon, kind: .noun)
    let noun = LexicalWord(DictionaryWord("KESTRELIA", ending: .regular), in: &lexicon, kind: .noun)
    let exact = LexicalWord(DictionaryWord("TROOPS", ending: .exact), in: &lexicon, kind: .any)
    let verb = LexicalWord(
      DictionaryWord("DEPLORE", ending: .regular), in: &lexicon, kind: .verb, droppedE: true)
    let words = ["VALDORIAN", "KESTRELIA'S", "KESTRELIAN", "TROOPS", "TROOPSHIP", "DEPLORING", "DEPLORES"].map
    {
      CodingWord(text: $0, start: 0, end: 0, capitalized: false)
    }
    let matches = SentenceMatches(words, lexicon: lexicon)
    #expect(matches.word(0, is: stem))
    #expect(matches.word(1, is: noun))
    #expect(!matches.word(2, is: noun))
    #expect(matches.word(3, is: exact))
    #expect(!matches.word(4, is: exact))
    #expect(matches.word(5, is: verb))
    #expect(matches.word(6, is: verb))
    #expect(matches.whole(3) == exact.text)
    #expect(matches.whole(4) == -1)
    // picking keeps each word's matches
    #expect(matches.picking([3, 0]).word(0, is: exact))
    #expect(matches.picking([3, 0]).word(1, is: stem))
  }
}
