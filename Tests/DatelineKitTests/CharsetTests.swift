import Testing

@testable import DatelineKit

@Suite struct CharsetTests {
  private func page(_ head: String, _ body: [UInt8]) -> [UInt8] {
    Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
  }

  @Test func windows1252SmartQuotes() {
    let bytes = page(
      #"<meta charset="windows-1252">"#, Array("He said ".utf8) + [0x93] + Array("yes".utf8) + [0x94, 0x85])
    #expect(Charset.decode(bytes).contains("He said \u{201C}yes\u{201D}\u{2026}"))
  }

  @Test func iso88592FromHTTPEquiv() {
    let head = #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">"#
    let bytes = page(head, [0xA3, 0xF3, 0x64, 0xBC])
    #expect(Charset.decode(bytes).contains("Łódź"))
  }

  @Test func koi8RNamedByTransport() {
    let bytes = page("", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4])
    #expect(Charset.decode(bytes, declared: "koi8-r").contains("Привет"))
  }

  @Test func transportCharsetWinsOverMeta() {
    let bytes = page(#"<meta charset="utf-8">"#, [0xE9])
    #expect(Charset.decode(bytes, declared: "iso-8859-1").contains("é"))
  }

  @Test func utf8ByteOrderMarkIsDropped() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>Grüße</p>".utf8)
    let text = Charset.decode(bytes)
    #expect(text == "<p>Grüße</p>")
  }

  @Test func utf16ByteOrderMark() {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "<p>Zürich</p>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(Charset.decode(bytes) == "<p>Zürich</p>")
  }

  @Test func undeclaredInvalidUTF8FallsBackToWindows1252() {
    #expect(Charset.decode(page("", Array("caf".utf8) + [0xE9])).contains("café"))
  }

  @Test func undeclaredValidUTF8StaysUTF8() {
    #expect(Charset.decode(page("", Array("Straße".utf8))).contains("Straße"))
  }

  @Test func unknownCharsetFallsBackInsteadOfFailing() {
    let valid = page(#"<meta charset="x-klingon">"#, Array("naïve".utf8))
    #expect(Charset.decode(valid).contains("naïve"))
    let legacy = page(#"<meta charset="x-klingon">"#, [0x6E, 0x61, 0xEF, 0x76, 0x65])
    #expect(Charset.decode(legacy).contains("naïve"))
  }

  @Test func metaNamingUTF16MeansUTF8() {
    #expect(Charset.normalizedLabel("utf-16") == "UTF-8")
    #expect(Charset.normalizedLabel("Latin1") == "WINDOWS-1252")
    #expect(Charset.normalizedLabel("  ") == nil)
  }

  @Test func prescanReadsXMLDeclarationAndQuotedValues() {
    #expect(
      Charset.prescan(Array(#"<?xml version="1.0" encoding="ISO-8859-15"?><html>"#.utf8)) == "iso-8859-15")
    #expect(Charset.prescan(Array("<META CHARSET = 'KOI8-R'>".utf8)) == "koi8-r")
    #expect(Charset.prescan(Array("<html><p>no declaration</p>".utf8)) == nil)
  }

  @Test func metaAfterLongScriptsIsStillFound() {
    let scripts = String(repeating: "<script src=\"/a.js\" charset=\"utf-8\"></script>\n", count: 40)
    let bytes =
      Array(
        "<html><head>\(scripts)<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">".utf8)
      + Array("</head><body><p>".utf8) + [0xD6, 0xD0, 0xCE, 0xC4] + Array("</p></body></html>".utf8)
    #expect(Charset.decode(bytes).contains("中文"))
  }
}
