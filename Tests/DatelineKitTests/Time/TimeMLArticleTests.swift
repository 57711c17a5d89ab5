import Testing

@testable import DatelineKit

@Suite struct TimeMLArticleTests {
  @Test func articleRoundTripsThroughTimeML() throws {
    let article = try GDELTEventRowTests.tass
    #expect(!article.times.isEmpty)
    let published = try #require(article.published)
    let written = TimeMLDocument(text: article.text, creationTime: published, id: article.id)
      .written(with: article.times)
    #expect(written.contains("functionInDocument=\"CREATION_TIME\">2022-01-10</TIMEX3>"))
    let read = try TimeMLDocument(parsing: written, input: "tass.tml")
    #expect(read.creationTime == published)
    #expect(read.text == article.text)
    #expect(read.times.map(\.range) == article.times.map(\.range))
    #expect(read.times.map(\.value) == article.times.map(\.value))
    #expect(read.times.map(\.type) == article.times.map(\.type))
  }

  @Test func markupInTheTextAndIdIsEscaped() throws {
    let text = "Shares of A&B <rose> on Monday."
    let time = TimeExpression(
      range: TextRange(start: 24, end: 30), text: "Monday", type: .date, value: "2022-01-10")
    let written = TimeMLDocument(text: text, creationTime: nil, id: "a<b>&\"c\"")
      .written(with: [time])
    #expect(written.contains("<DOCID>a&lt;b&gt;&amp;&quot;c&quot;</DOCID>"))
    #expect(!written.contains("CREATION_TIME"))
    let read = try TimeMLDocument(parsing: written, input: "x.tml")
    #expect(read.text == text)
    #expect(read.times.map(\.text) == ["Monday"])
    #expect(read.creationTime == nil)
  }
}
