import Testing

@testable import DatelineKit

@Suite struct FeedReaderTests {
  /// Reads `bytes` as a feed named `feed.xml`, fed in chunks of `chunkSize` bytes.
  private func read(_ bytes: [UInt8], chunkSize: Int = 7, maxItemBytes: Int = 1 << 20) -> [Result<
    Draft, InputError
  >] {
    var reader = FeedReader(input: "feed.xml", maxItemBytes: maxItemBytes)
    var results: [Result<Draft, InputError>] = []
    var start = 0
    while start < bytes.count && !reader.isDone {
      let end = min(bytes.count, start + chunkSize)
      results += reader.consume(Array(bytes[start..<end]))
      start = end
    }
    return results + reader.finish()
  }

  private func read(_ xml: String, chunkSize: Int = 7) -> [Result<Draft, InputError>] {
    read(Array(xml.utf8), chunkSize: chunkSize)
  }

  private func drafts(_ results: [Result<Draft, InputError>]) -> [Draft] {
    results.compactMap { try? $0.get() }
  }

  private func errors(_ results: [Result<Draft, InputError>]) -> [InputError] {
    results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
  }

  static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
      xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel>
      <title>Wire &amp; Co</title>
      <link>https://wire.example/</link>
      <item>
        <title>Talks resume in Geneva</title>
        <link>https://wire.example/1</link>
        <guid isPermaLink="false">wire-1</guid>
        <pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;.&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p>GENEVA (Wire) - Talks resumed.</p><p>Second paragraph & more.</p>]]></content:encoded>
        <dc:creator>Jane Doe</dc:creator>
      </item>
      <item>
        <title>Second story</title>
        <description>Only a description.</description>
        <author>desk@wire.example (Desk)</author>
      </item>
    </channel>
    </rss>
    """

  @Test func rss2WithContentEncodedAndCDATA() throws {
    let results = read(Self.rss)
    #expect(errors(results).isEmpty)
    let items = drafts(results)
    try #require(items.count == 2)
    let first = items[0]
    #expect(first.input == "feed.xml#1")
    #expect(first.format == .feed)
    #expect(first.source == "Wire & Co")
    #expect(first.title == "Talks resume in Geneva")
    #expect(first.url == "https://wire.example/1")
    #expect(first.id == "wire-1")
    #expect(first.published == "Tue, 03 Mar 2026 10:00:00 GMT")
    #expect(first.author == "Jane Doe")
    #expect(first.summary == "Short summary.")
    #expect(first.blocks.map(\.text) == ["GENEVA (Wire) - Talks resumed.", "Second paragraph & more."])
    #expect(items[1].input == "feed.xml#2")
    #expect(items[1].blocks.map(\.text) == ["Only a description."])
    #expect(items[1].summary == nil)
    #expect(items[1].author == "desk@wire.example (Desk)")
  }

  @Test func resultsDoNotDependOnChunkSize() {
    let whole = read(Self.rss, chunkSize: 1 << 20)
    #expect(read(Self.rss, chunkSize: 1) == whole)
    #expect(read(Self.rss, chunkSize: 13) == whole)
  }

  @Test func atomWithXHTMLContent() throws {
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title type="text">Agency Feed</title>
        <entry>
          <title type="html">Markets &lt;em&gt;rally&lt;/em&gt;</title>
          <link rel="self" href="https://a.example/self/1"/>
          <link rel="alternate" type="text/html" href="https://a.example/1"/>
          <id>tag:a.example,2026:1</id>
          <updated>2026-03-03T12:00:00Z</updated>
          <published>2026-03-03T10:00:00Z</published>
          <author><name>John Roe</name><email>john@a.example</email></author>
          <summary>Stocks rose.</summary>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>LONDON - Stocks <b>rose</b> &amp; fell.</p><p>Then rose.</p></div></content>
        </entry>
        <entry>
          <title>Plain</title>
          <link href="https://a.example/2"/>
          <id>2</id>
          <updated>2026-03-04T12:00:00Z</updated>
          <content type="text">Line one &lt;not a tag&gt;.</content>
        </entry>
      </feed>
      """
    let results = read(xml)
    #expect(errors(results).isEmpty)
    let items = drafts(results)
    try #require(items.count == 2)
    #expect(items[0].source == "Agency Feed")
    #expect(items[0].title == "Markets rally")
    #expect(items[0].url == "https://a.example/1")
    #expect(items[0].id == "tag:a.example,2026:1")
    #expect(items[0].published == "2026-03-03T10:00:00Z")
    #expect(items[0].author == "John Roe")
    #expect(items[0].summary == "Stocks rose.")
    #expect(items[0].blocks.map(\.text) == ["LONDON - Stocks rose & fell.", "Then rose."])
    #expect(items[1].url == "https://a.example/2")
    #expect(items[1].published == "2026-03-04T12:00:00Z")
    #expect(items[1].blocks.map(\.text) == ["Line one <not a tag>."])
  }

  @Test func rdfRSS1() throws {
    let xml = """
      <?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://r.example/"><title>RDF Wire</title><link>https://r.example/</link></channel>
        <item rdf:about="https://r.example/a">
          <title>RDF story</title><link>https://r.example/a</link>
          <description>Body text here.</description>
          <dc:date>2026-03-03T09:00:00Z</dc:date><dc:creator>Ann</dc:creator>
        </item>
      </rdf:RDF>
      """
    let items = drafts(read(xml))
    try #require(items.count == 1)
    #expect(items[0].source == "RDF Wire")
    #expect(items[0].title == "RDF story")
    #expect(items[0].url == "https://r.example/a")
    #expect(items[0].published == "2026-03-03T09:00:00Z")
    #expect(items[0].author == "Ann")
    #expect(items[0].blocks.map(\.text) == ["Body text here."])
  }

  @Test func entitiesInTitles() throws {
    let xml = "<rss><channel><item><title>AT&amp;T &#8216;deal&#x2019; &copy;</title></item></channel></rss>"
    let items = drafts(read(xml))
    // RSS titles may hold HTML, so HTML entities unknown to XML still decode.
    #expect(items.first?.title == "AT&T ‘deal’ ©")
  }

  @Test func truncatedFeedKeepsCompleteItems() throws {
    let end = try #require(Self.rss.range(of: "Second story")).lowerBound
    let cut = String(Self.rss[..<end])  // ends inside the second item's title
    let results = read(cut)
    #expect(drafts(results).map(\.input) == ["feed.xml#1"])
    let error = try #require(errors(results).first)
    #expect(errors(results).count == 1)
    #expect(error.code == .truncated)
    #expect(error.input == "feed.xml")
    #expect(error.byteOffset == cut.utf8.count)
    #expect(error.line == cut.split(separator: "\n", omittingEmptySubsequences: false).count)
  }

  @Test func malformedFeedKeepsItemsBefore() throws {
    let xml = """
      <rss><channel>
      <item><title>One</title></item>
      <item><title>Two</b></item>
      <item><title>Three</title></item>
      </channel></rss>
      """
    let results = read(xml)
    #expect(drafts(results).map(\.title) == ["One"])
    let error = try #require(errors(results).first)
    #expect(error.code == .malformed)
    #expect(error.line == 3)
    #expect(error.byteOffset == 63)
    #expect(results.count == 2)
  }

  @Test func feedWithoutItemsIsEmpty() {
    let results = read("<?xml version=\"1.0\"?><rss><channel><title>Nothing</title></channel></rss>")
    #expect(errors(results).map(\.code) == [.empty])
  }

  @Test func nonFeedRootIsUnsupported() {
    #expect(errors(read("<html><body>x</body></html>")).map(\.code) == [.unsupported])
  }

  @Test func latin1DeclaredFeedIsDecoded() throws {
    let bytes =
      Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf".utf8) + [
        0xE9, 0x20, 0x93,
      ]
      + Array("x".utf8) + [0x94] + Array("</title></item></channel></rss>".utf8)
    let items = drafts(read(bytes))
    #expect(items.first?.title == "Café “x”")
  }

  @Test func otherCharsetsGoThroughIconv() throws {
    // KOI8-R "Мир" is 0xED 0xC9 0xD2.
    let bytes =
      Array("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss><channel><item><title>".utf8) + [
        0xED, 0xC9, 0xD2,
      ]
      + Array("</title></item></channel></rss>".utf8)
    #expect(drafts(read(bytes)).first?.title == "Мир")
    #expect(
      errors(read(Array("<?xml version=\"1.0\" encoding=\"x-nonsense\"?><rss/>".utf8))).map(\.code) == [
        .unsupported
      ])
  }

  @Test func bytesInvalidInTheDeclaredCharsetAreReportedOnce() throws {
    // 0xFF is not a Shift_JIS byte; the items still come through with U+FFFD.
    let bytes =
      Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><rss><channel><item><title>A".utf8) + [0xFF]
      + Array("</title></item><item><title>B</title></item></channel></rss>".utf8)
    let results = read(bytes)
    #expect(drafts(results).map(\.title) == ["A\u{FFFD}", "B"])
    #expect(errors(results).map(\.code) == [.invalidEncoding])
    #expect(errors(results).first?.byteOffset == 70)
  }

  @Test func invalidUTF8FailsOnlyItsItem() throws {
    let bytes =
      Array("<rss><channel><item><title>Bad ".utf8) + [0xC3, 0x28]
      + Array("</title></item><item><title>Good</title></item></channel></rss>".utf8)
    let results = read(bytes)
    #expect(drafts(results).map(\.title) == ["Good"])
    let error = try #require(errors(results).first)
    #expect(error.code == .invalidEncoding)
    #expect(error.input == "feed.xml#1")
    #expect(error.byteOffset == 31)
  }

  @Test func oversizedItemIsSkipped() throws {
    let big = String(repeating: "word ", count: 2000)
    let xml =
      "<rss><channel><item><description>\(big)</description></item><item><title>Small</title></item></channel></rss>"
    let results = read(Array(xml.utf8), chunkSize: 512, maxItemBytes: 1000)
    #expect(drafts(results).map(\.title) == ["Small"])
    #expect(errors(results).map(\.code) == [.tooLarge])
    #expect(errors(results).first?.input == "feed.xml#1")
  }
}
