import DatelineKit
import Testing

@testable import DatelineServer

@Suite struct ArticleViewTests {
  static let json = """
    {"text": "GENEVA (Reuters) - Ann Lee met Bo Ross.", "headlineSpan": null,
     "dateline": {"text": "GENEVA (Reuters) -", "start": 0, "end": 18, "place": "Geneva"},
     "paragraphs": [{"start": 0, "end": 39}], "sentences": [{"start": 19, "end": 39}],
     "entities": [{"start": 19, "end": 26, "text": "Ann Lee", "type": "PER"}, {"start": 31, "end": 38, "type": "PER"},
                  {"start": 30, "end": 99, "text": "out of range"}, {"start": 5, "end": 2}],
     "zebras": [{"start": 0, "end": 6, "kind": "x"}],
     "events": [{"start": 19, "end": 38, "source": {"name": "Ann Lee"}, "target": "Bo Ross", "action": "meet", "date": "2022-01-10"}]}
    """

  @Test func findsEverySpanGroupInOrder() throws {
    let view = try ArticleView(json: Self.json)
    #expect(view.groups.map(\.name) == ["dateline", "entities", "events", "zebras"])
    let entities = view.groups[1].spans
    #expect(entities.map(\.label) == ["Ann Lee", "Bo Ross"])  // bad offsets left out, label from the text
    #expect(entities[0].details.map(\.0) == ["type"])
    #expect(view.groups[2].spans[0].readable == "Ann Lee → Bo Ross: meet, 2022-01-10")
    #expect(view.paragraphs == [0..<39])
  }

  @Test func highlightsEntityMentionsAndEventEvidence() throws {
    let json = """
      {"text": "Ann Lee met Bo Ross. Lee left.", "paragraphs": [{"start": 0, "end": 30}],
       "entities": [{"id": "e1", "type": "PER", "name": "Ann Lee",
                     "mentions": [{"start": 0, "end": 7, "text": "Ann Lee"}, {"start": 21, "end": 24, "text": "Lee"}]}],
       "events": [{"code": "036", "action": "Express intent to meet", "source": {"entity": "e1", "name": "Ann Lee", "code": "X"},
                   "target": {"name": "Bo Ross", "code": "Y"}, "date": "2022-01-10", "evidence": {"start": 0, "end": 19}}]}
      """
    let view = try ArticleView(json: json)
    #expect(view.groups.map(\.name) == ["entities", "events"])
    #expect(view.groups[0].spans.map(\.label) == ["Ann Lee", "Lee"])
    #expect(view.groups[0].spans[1].details.contains { $0 == ("name", "Ann Lee") })
    #expect(view.groups[1].spans[0].readable == "Ann Lee → Bo Ross: Express intent to meet, 2022-01-10")
  }

  @Test func marksOverlappingSpansPieceByPiece() throws {
    let page = StoryPage(view: try ArticleView(json: Self.json))
    let text = page.text
    // "GENEVA" is in the dateline and zebras; " (Reuters) -" only in the dateline.
    #expect(
      text.contains(
        "data-groups=\"g0 g3\" title=\"Dateline: GENEVA (Reuters) -; Zebras: GENEVA\">GENEVA</mark>"))
    #expect(text.contains("data-groups=\"g1 g2\""))
    #expect(text.contains("<span class=\"anchor\" id=\"s1-0\"></span>"))
    #expect(!text.contains("out of range"))
  }

  @Test func parsesJSONWithEscapesAndRefusesBadJSON() throws {
    let value = try JSONParser.parse(
      #"{"a": "x\"y\u00e9\ud83d\ude00", "b": [1, -2.5e1, true, null], "c": {}}"#)
    #expect(value["a"]?.stringValue == "x\"yé😀")
    #expect(value["b"]?.arrayValue?.count == 4)
    #expect(value["b"]?.arrayValue?[1] == .double(-25))
    for bad in ["", "{", "[1,]", "{\"a\" 1}", "\"\\x\"", "[1] 2", String(repeating: "[", count: 300)] {
      #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(bad) }
    }
  }

  @Test func escapesEverythingThatCouldOpenMarkup() {
    #expect(
      HTML.escape("<a href=\"x\" onclick='y'>&") == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;")
    #expect(HTML.safeLink("javascript:alert(1)") == nil)
    #expect(HTML.safeLink(" https://x") == nil)
    #expect(HTML.safeLink("https://example.org/?a=1&b=\"") == "https://example.org/?a=1&amp;b=&quot;")
    #expect(HTML.percentEncode("a b/../é\"") == "a%20b%2F..%2F%C3%A9%22")
  }
}
