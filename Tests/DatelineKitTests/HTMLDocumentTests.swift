import Testing

@testable import DatelineKit

@Suite struct HTMLDocumentTests {
  @Test func buildsTreeWithTagsAttributesAndText() {
    let document = HTMLDocument(
      html: #"<div class="a b" id="x"><p>One &amp; <b>two</b></p><my-widget>three</my-widget></div>"#)
    let div = document.elements(named: "div")
    #expect(div.count == 1)
    guard let index = div.first else { return }
    #expect(document[index].attribute("class") == "a b")
    #expect(document[index].attribute("id") == "x")
    #expect(document.textContent(index) == "One & twothree")
    #expect(document.elements(named: "my-widget").count == 1)
  }

  @Test func parentsPrecedeChildren() {
    let document = HTMLDocument(html: "<ul><li>a<li>b</ul><p>c")
    for index in 1..<document.count {
      #expect(document[index].parent < index)
    }
  }

  @Test func deepNestingIsFlattened() {
    let html = String(repeating: "<b>", count: 5000) + "deep"
    let document = HTMLDocument(html: html)
    #expect(document.textContent(HTMLDocument.root).contains("deep"))
    var depth = 0
    for index in 0..<document.count {
      var current = index, levels = 0
      while current > 0 { current = document[current].parent; levels += 1 }
      depth = max(depth, levels)
    }
    #expect(depth <= HTMLDocument.maximumDepth + 2)
  }

  @Test func emptyInputGivesDocumentOnly() {
    let document = HTMLDocument(html: "")
    #expect(document.textContent(HTMLDocument.root).isEmpty)
  }
}
