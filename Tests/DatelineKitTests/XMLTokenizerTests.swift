import Testing

@testable import DatelineKit

@Suite struct XMLTokenizerTests {
  /// Tokenizes `xml` fed in chunks of `chunkSize` bytes; returns the tokens and any error.
  private func tokenize(_ xml: [UInt8], chunkSize: Int = 3, encoding: TextEncoding = .utf8)
    -> (tokens: [XMLToken], positions: [XMLPosition], error: XMLError?)
  {
    var tokenizer = XMLTokenizer(encoding: encoding)
    var tokens: [XMLToken] = []
    var positions: [XMLPosition] = []
    func collect(_ token: XMLToken, _ position: XMLPosition) {
      // Text may arrive in pieces; join adjacent pieces for easy comparison.
      if case .text(let more) = token, case .text(let previous)? = tokens.last {
        tokens[tokens.count - 1] = .text(previous + more)
      } else {
        tokens.append(token)
        positions.append(position)
      }
    }
    do {
      var start = 0
      while start < xml.count {
        let end = min(xml.count, start + chunkSize)
        try tokenizer.feed(Array(xml[start..<end]), collect)
        start = end
      }
      try tokenizer.finish(collect)
      return (tokens, positions, nil)
    } catch {
      return (tokens, positions, error)
    }
  }

  private func text(_ string: String) -> XMLToken { .text(Array(string.utf8)) }

  @Test func tagsAttributesAndPrefixes() {
    let result = tokenize(Array(#"<rss a="1" b='x>y'><content:encoded/></rss>"#.utf8))
    #expect(result.error == nil)
    #expect(
      result.tokens == [
        .start(
          XMLName(prefix: "", local: "rss"),
          attributes: [
            XMLAttribute(name: XMLName(prefix: "", local: "a"), value: "1"),
            XMLAttribute(name: XMLName(prefix: "", local: "b"), value: "x>y"),
          ], selfClosing: false),
        .start(XMLName(prefix: "content", local: "encoded"), attributes: [], selfClosing: true),
        .end(XMLName(prefix: "", local: "rss")),
      ])
  }

  @Test func entitiesAndCharacterReferences() {
    let result = tokenize(
      Array("<t>&lt;b&gt; &amp; &quot;&apos; &#233;&#x20AC; &nbsp; AT&T</t>".utf8), chunkSize: 2)
    #expect(result.error == nil)
    #expect(result.tokens.dropFirst().first == text("<b> & \"' é€ &nbsp; AT&T"))
  }

  @Test func cdataCommentsProcessingInstructionsAndDoctype() {
    let xml = """
      <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "a>b">]><!-- a -- comment --><t><![CDATA[<p>x & y</p>]]></t>
      """
    let result = tokenize(Array(xml.utf8))
    #expect(result.error == nil)
    #expect(
      result.tokens == [
        .processingInstruction(target: "xml", data: "version=\"1.0\""),
        .start(XMLName(prefix: "", local: "t"), attributes: [], selfClosing: false),
        text("<p>x & y</p>"),
        .end(XMLName(prefix: "", local: "t")),
      ])
  }

  @Test func multiByteTextSplitAcrossChunks() {
    let result = tokenize(Array("<t>Астана — €</t>".utf8), chunkSize: 1)
    #expect(result.error == nil)
    #expect(!result.tokens.contains(.invalidEncoding))
    #expect(result.tokens.dropFirst().first == text("Астана — €"))
  }

  @Test func mismatchedTagIsMalformedWithPosition() throws {
    let result = tokenize(Array("<a>\n<b>\n</a>".utf8))
    let error = try #require(result.error)
    #expect(error.kind == .malformed)
    #expect(error.position == XMLPosition(line: 3, byteOffset: 8))
  }

  @Test func unfinishedDocumentIsTruncated() throws {
    for xml in ["<a><b>text", "<a><b", "<a><!-- open", "<a><![CDATA[ x"] {
      let error = try #require(tokenize(Array(xml.utf8)).error, "\(xml)")
      #expect(error.kind == .truncated)
      #expect(error.position.byteOffset == xml.utf8.count)
    }
  }

  @Test func invalidUTF8IsReportedAtItsByte() throws {
    let bytes = Array("<a>\nok ".utf8) + [0xFF] + Array("</a>".utf8)
    let result = tokenize(bytes)
    #expect(result.error == nil)
    let index = try #require(result.tokens.firstIndex(of: .invalidEncoding))
    #expect(result.positions[index] == XMLPosition(line: 2, byteOffset: 7))
  }

  @Test func windows1252IsDecodedByTable() {
    let bytes =
      Array("<a t=\"".utf8) + [0xE9] + Array("\">".utf8) + [0x93, 0x63, 0x61, 0x66, 0xE9, 0x94]
      + Array("</a>".utf8)
    let result = tokenize(bytes, encoding: .windows1252)
    #expect(result.error == nil)
    #expect(
      result.tokens.first
        == .start(
          XMLName(prefix: "", local: "a"),
          attributes: [XMLAttribute(name: XMLName(prefix: "", local: "t"), value: "é")],
          selfClosing: false))
    #expect(result.tokens.dropFirst().first == text("“café”"))
  }

  @Test func strayLessThanIsMalformed() {
    #expect(tokenize(Array("<a>1 < 2</a>".utf8)).error?.kind == .malformed)
  }

  @Test func unterminatedTagGivesUpAtTheMarkupLimit() {
    var tokenizer = XMLTokenizer(maxMarkupBytes: 100)
    let xml = Array(("<a title=\"" + String(repeating: "x", count: 500)).utf8)
    #expect(throws: XMLError.self) { try tokenizer.feed(xml) { _, _ in } }
  }
}
