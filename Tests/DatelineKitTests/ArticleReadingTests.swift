import Testing

@testable import DatelineKit

@Suite struct ArticleReadingTests {
  @Test func storedJSONReadsBackTheStagesExportsUse() throws {
    let article = try GDELTEventRowTests.tass
    let read = try Article(json: article.json.serialized(), input: "stored")
    #expect(read.id == article.id)
    #expect(read.input == article.input)
    #expect(read.source == article.source)
    #expect(read.headline == article.headline)
    #expect(read.published == article.published)
    #expect(read.text == article.text)
    #expect(read.headlineRange == article.headlineRange)
    #expect(read.paragraphs == article.paragraphs)
    #expect(read.sentences == article.sentences)
    #expect(read.times == article.times)
    #expect(read.entities.map(\.json) == article.entities.map(\.json))
    #expect(!read.events.isEmpty)
    #expect(read.events.map(\.json) == article.events.map(\.json))
  }

  @Test func notAnArticleIsAnInputError() {
    #expect(throws: InputError.self) { try Article(json: "[1, 2]", input: "row 3") }
    #expect(throws: InputError.self) { try Article(json: "{\"id\": \"x\"}", input: "row 3") }
    #expect(throws: InputError.self) { try Article(json: "{broken", input: "row 3") }
  }
}
