import Testing

@testable import DatelineKit

@Suite struct PipelineTimeTests {
  @Test func timesAreAnchoredToThePublicationDay() throws {
    let pipeline = Pipeline(options: .init(published: monday))
    let text = "MOSCOW, Jan 10 (Reuters) - Talks ended on Friday and will resume next week, officials said."
    let article = pipeline.analyze(try PlainTextReader.draft(bytes: Array(text.utf8), input: "t.txt"))
    let scalars = Array(article.text.unicodeScalars)
    let found = article.times.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
    #expect(found.contains("Friday") && found.contains("next week"))
    #expect(article.times.first { $0.text == "Friday" }?.value == "2022-01-07")
    let json = article.json.serialized()
    #expect(json.contains("\"times\": [{\"start\": "))
    #expect(json.contains("\"type\": \"DATE\", \"value\": \"2022-W03\""))
  }
}
