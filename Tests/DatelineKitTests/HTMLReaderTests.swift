import Testing

@testable import DatelineKit

@Suite struct HTMLReaderTests {
  @Test func readsPageIntoDraft() throws {
    let html = """
      <html><head><meta charset="windows-1252"><title>Harbour reopens | Coast News</title>
      <meta property="og:site_name" content="Coast News"></head>
      <body><article><h1>Harbour reopens</h1>
      <p>The harbour reopened on Monday after repairs to the storm damage, officials said.</p>
      <p>Fishing boats returned to their berths, and the ferry service resumed its timetable.</p></article></body></html>
      """
    let draft = try HTMLReader.draft(bytes: Array(html.utf8), input: "page.html")
    #expect(draft.format == .html)
    #expect(draft.input == "page.html")
    #expect(draft.title == "Harbour reopens")
    #expect(draft.source == "Coast News")
    #expect(draft.blocks.first == Draft.Block("Harbour reopens", kind: .heading))
    #expect(draft.blocks.count == 3)
  }

  @Test func windows1252PageDecoded() throws {
    let bytes =
      Array(#"<meta charset="windows-1252"><p>"#.utf8) + [0x93] + Array("Quoted words".utf8) + [0x94]
      + Array(" stand in a sentence long enough to be the page's main text.</p>".utf8)
    let draft = try HTMLReader.draft(bytes: bytes, input: "cp1252.html")
    #expect(draft.blocks.first?.text.hasPrefix("\u{201C}Quoted words\u{201D}") == true)
  }

  @Test func binaryInputIsRejected() {
    let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    #expect(throws: InputError.self) { try HTMLReader.draft(bytes: bytes, input: "image.png") }
    do {
      _ = try HTMLReader.draft(bytes: bytes, input: "image.png")
    } catch let error as InputError {
      #expect(error.code == .binaryData)
      #expect(error.input == "image.png")
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func emptyPageIsRejected() {
    for html in ["", "<html><head><title>Nothing</title></head><body>  </body></html>"] {
      do {
        _ = try HTMLReader.draft(bytes: Array(html.utf8), input: "empty.html")
        Issue.record("expected an error")
      } catch let error as InputError {
        #expect(error.code == .empty)
      } catch {
        Issue.record("unexpected error \(error)")
      }
    }
  }

  @Test func fragmentKeepsEverything() {
    let blocks = HTMLReader.blocks(
      fromFragment: "<h2>Update</h2><p>First <a href='#'>line</a>.</p><ul><li>one</li><li>two</li></ul>")
    #expect(
      blocks == [
        Draft.Block("Update", kind: .heading), Draft.Block("First line."), Draft.Block("one"),
        Draft.Block("two"),
      ])
  }

  @Test func garbageNeverCrashes() {
    var state: UInt32 = 12345
    for _ in 0..<50 {
      var bytes: [UInt8] = []
      for _ in 0..<600 {
        state = state &* 1_103_515_245 &+ 12345
        let byte = UInt8(truncatingIfNeeded: state >> 16)
        bytes.append(byte < 0x20 ? 0x3C : byte)
      }
      _ = try? HTMLReader.draft(bytes: bytes, input: "random")
    }
  }

  @Test func scriptRenderedPageFallsBackToJSONLDBody() throws {
    let sentence = "The storm reached the coast on Sunday night, and thousands of homes lost power. "
    let body = String(repeating: sentence, count: 4) + "\\n" + String(repeating: sentence, count: 4)
    let html = """
      <html><head><script type="application/ld+json">
      {"@type":"NewsArticle","headline":"Storm","articleBody":"\(body)"}
      </script></head><body><div id="app">Loading…</div></body></html>
      """
    let draft = try HTMLReader.draft(bytes: Array(html.utf8), input: "app.html")
    #expect(draft.blocks.count == 2)
    #expect(draft.blocks.first?.text.hasPrefix("The storm reached the coast") == true)
  }
}
