import Testing

@testable import DatelineKit

@Suite struct MainTextExtractorTests {
  private static let story = """
    <p>The city council approved the new budget on Tuesday, after a debate that lasted well into the night.</p>
    <p>Officials said the plan, which includes funds for schools, roads and housing, would take effect in July.</p>
    <p>Opposition members, however, warned that the spending would require higher taxes within two years.</p>
    """

  private func texts(_ html: String) -> [String] {
    MainTextExtractor.blocks(of: HTMLDocument(html: html)).map(\.text)
  }

  @Test func keepsArticleDropsNavAndFooter() {
    let result = texts(
      """
      <body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
      <header><div class="logo">Example Gazette</div></header>
      <article><h2>Council votes</h2>\(Self.story)</article>
      <footer><p>Copyright Example Gazette, all rights reserved, imprint and contact.</p></footer></body>
      """)
    #expect(result.first == "Council votes")
    #expect(result.contains { $0.hasPrefix("The city council approved") })
    #expect(result.count == 4)
    #expect(!result.contains { $0.contains("Copyright") || $0 == "Home" })
  }

  @Test func dropsCommentsSection() {
    let result = texts(
      """
      <body><div class="content">\(Self.story)</div>
      <div id="comments" class="comments-area"><h3>3 comments</h3>
      <p>Great article, thanks for writing it, I agree with every single word of it.</p>
      <p>I disagree, the council has been wasting money for years, as everybody knows.</p></div></body>
      """)
    #expect(result.count == 3)
    #expect(!result.contains { $0.contains("Great article") })
  }

  @Test func dropsRelatedLinksAndShareWidgets() {
    let result = texts(
      """
      <body><div class="story">\(Self.story)
      <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
      <h3>Read more</h3>
      <ul><li><a href="/a">Mayor resigns after scandal</a></li><li><a href="/b">Schools to reopen next week</a></li></ul>
      </div><aside class="sidebar"><p>Subscribe to our newsletter for daily updates from the city.</p></aside></body>
      """)
    #expect(result.count == 3)
    #expect(!result.contains { $0.contains("Mayor resigns") || $0.contains("Twitter") || $0 == "Read more" })
    #expect(!result.contains { $0.contains("newsletter") })
  }

  @Test func brokenHTMLStillYieldsText() {
    let result = texts(
      "<div><p>First paragraph of a story about broken markup, with <b>unclosed bold text<p>Second paragraph, still readable, despite the missing end tags"
    )
    #expect(result.count == 2)
    #expect(result[0].hasPrefix("First paragraph"))
    #expect(result[1].hasSuffix("missing end tags"))
  }

  @Test func keepsInlineWordsTogetherAndCollapsesSpace() {
    let result = texts(
      "<article><p>Ber<b>lin</b>   is\n the\u{00A0}capital, of Germany, and its largest city by population.</p></article>"
    )
    #expect(result == ["Berlin is the capital, of Germany, and its largest city by population."])
  }

  @Test func emptyBodyGivesNoBlocks() {
    #expect(texts("<html><body><script>var x = 1;</script></body></html>").isEmpty)
  }
}
