import Testing

@testable import DatelineKit

@Suite struct HTMLMetadataTests {
  private func metadata(_ head: String, _ body: String = "") -> HTMLMetadata {
    HTMLMetadata(document: HTMLDocument(html: "<html><head>\(head)</head><body>\(body)</body></html>"))
  }

  @Test func openGraph() {
    let meta = metadata(
      """
      <title>Floods hit coast | Example Times</title>
      <meta property="og:title" content="Floods hit coast">
      <meta property="og:site_name" content="Example Times">
      <meta property="og:description" content="Heavy rain flooded the coast.">
      <meta property="og:url" content="https://example.com/floods">
      <meta property="article:published_time" content="2024-03-01T08:00:00Z">
      <meta name="author" content="Jane Doe">
      """)
    #expect(meta.title == "Floods hit coast")
    #expect(meta.source == "Example Times")
    #expect(meta.summary == "Heavy rain flooded the coast.")
    #expect(meta.url == "https://example.com/floods")
    #expect(meta.published == "2024-03-01T08:00:00Z")
    #expect(meta.author == "Jane Doe")
  }

  @Test func jsonLDNewsArticle() {
    let meta = metadata(
      """
      <script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passes",
       "datePublished":"2024-05-02T10:00:00+02:00","author":[{"@type":"Person","name":"A. Smith"},{"name":"B. Jones"}],
       "publisher":{"@type":"Organization","name":"Wire Service"}}
      </script>
      """)
    #expect(meta.title == "Budget passes")
    #expect(meta.published == "2024-05-02T10:00:00+02:00")
    #expect(meta.author == "A. Smith, B. Jones")
    #expect(meta.source == "Wire Service")
  }

  @Test func jsonLDGraph() {
    let meta = metadata(
      """
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
      {"@type":["ReportageNewsArticle"],"headline":"Line one
      continues","author":"C. Lee","mainEntityOfPage":{"@id":"https://example.org/a"}}]}</script>
      """)
    #expect(meta.title == "Line one continues")
    #expect(meta.author == "C. Lee")
    #expect(meta.url == "https://example.org/a")
  }

  @Test func malformedJSONLDIsIgnored() {
    let meta = metadata(
      """
      <title>Plain title</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline": "broken",,,</script>
      <script type="application/ld+json">[1, "x", null, {"@graph": 5}]</script>
      """)
    #expect(meta.title == "Plain title")
    #expect(meta.published == nil)
  }

  @Test func titleSiteSuffixStripped() {
    let meta = metadata(
      #"<title>Storm warning – Daily Post</title><meta property="og:site_name" content="Daily Post">"#)
    #expect(meta.title == "Storm warning")
    let prefixed = metadata(
      #"<title>Daily Post | Storm warning</title><meta property="og:site_name" content="Daily Post">"#)
    #expect(prefixed.title == "Storm warning")
  }

  @Test func titleFallsBackToHeadingAndTimeElement() {
    let meta = metadata(
      "", #"<article><h1>Only a heading</h1><time datetime="2023-11-05">5 Nov</time></article>"#)
    #expect(meta.title == "Only a heading")
    #expect(meta.published == "2023-11-05")
  }

  @Test func canonicalLinkAndDublinCoreDate() {
    let meta = metadata(
      #"<link rel="canonical" href="https://example.net/x"><meta name="DC.date.issued" content="2022-01-02">"#
    )
    #expect(meta.url == "https://example.net/x")
    #expect(meta.published == "2022-01-02")
  }

  @Test func microdataAndURLDates() {
    let marked = metadata(
      "", #"<div><span itemprop="datePublished" content="2021-06-07">7 June</span></div>"#)
    #expect(marked.published == "2021-06-07")
    let hAtom = metadata("", #"<abbr class="published" title="2020-02-03T10:00">3 Feb</abbr>"#)
    #expect(hAtom.published == "2020-02-03T10:00")
    let fromURL = metadata(#"<meta property="og:url" content="https://blog.example/2019/05/23/storm/">"#)
    #expect(fromURL.published == "2019-05-23")
    #expect(HTMLMetadata.dateInPath("https://example.com/a/1234/56/78") == nil)
  }

  @Test func shortSiteNameAfterBarIsDropped() {
    #expect(metadata("<title>New bridge opens | Town Blog</title>").title == "New bridge opens")
    #expect(metadata("<title>Left - right</title>").title == "Left - right")
  }
}
