import Testing

@testable import DatelineKit

@Suite struct HTMLReaderTests {
  @Test func readsMetadataAndMainText() throws {
    let page = """
      <html><head><title>Talks resume | Sample Wire</title>
      <meta property="og:site_name" content="Sample Wire">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
      "headline":"Talks resume","datePublished":"2022-01-10T09:00:00Z","author":{"@type":"Person","name":"A. Writer"}}]}</script>
      </head><body><nav><a href="/">Home</a><a href="/w">World</a></nav>
      <article><h1>Talks resume</h1>
      <p>GENEVA (Reuters) - Envoys from both sides resumed talks in Geneva on Monday after a pause of two weeks, officials said.</p>
      <p>The talks are expected to last until Friday, a spokesman for the hosts told reporters outside the venue.</p></article>
      <div class="comments"><p>Great article! Visit my site for more news every day and every night.</p></div>
      </body></html>
      """
    let draft = try HTMLReader.draft(bytes: Array(page.utf8), input: "page.html")
    #expect(draft.title == "Talks resume")
    #expect(draft.published?.hasPrefix("2022-01-10") == true)
    #expect(draft.author == "A. Writer")
    let text = draft.blocks.map(\.text).joined(separator: "\n")
    #expect(text.contains("Envoys from both sides"))
    #expect(!text.contains("Great article"))
    #expect(!text.contains("Home"))
  }

  @Test func decodesWindows1252() throws {
    var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
    bytes += [0x93] + Array("Peace".utf8) + [0x94] + Array(" was the word used by the minister on Monday in the capital city.</p></body></html>".utf8)
    let draft = try HTMLReader.draft(bytes: bytes, input: "cp1252.html")
    #expect(draft.blocks.map(\.text).joined().contains("“Peace”"))
  }

  @Test func refusesBinary() {
    #expect(throws: InputError.self) { try HTMLReader.draft(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], input: "x.html") }
  }
}
