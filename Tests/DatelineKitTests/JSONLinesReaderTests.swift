import Testing

@testable import DatelineKit

@Suite struct JSONLinesReaderTests {
  private func read(_ bytes: [UInt8], chunkSize: Int = 5, maxRecordBytes: Int = 1 << 20) -> [Result<
    Draft, InputError
  >] {
    var reader = JSONLinesReader(input: "items.jsonl", maxRecordBytes: maxRecordBytes)
    var results: [Result<Draft, InputError>] = []
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunkSize)
      results += reader.consume(Array(bytes[start..<end]))
      start = end
    }
    return results + reader.finish()
  }

  @Test func goodLinesBecomeDrafts() throws {
    let jsonl = """
      {"id":"a1","url":"https://n.example/1","source":"Wire","published":"2026-03-03","title":"One","text":"PARIS - First.\\n\\nSecond.","author":"Ann"}

      {"id":42,"title":"Two","html":"<html><body><p>Para one.</p><p>Para two.</p></body></html>"}\r
      """
    let results = read(Array(jsonl.utf8))
    let drafts = results.compactMap { try? $0.get() }
    try #require(drafts.count == 2 && results.count == 2)
    #expect(
      drafts[0]
        == Draft(
          input: "items.jsonl:1", format: .jsonLines, id: "a1", url: "https://n.example/1", source: "Wire",
          published: "2026-03-03", title: "One", author: "Ann",
          blocks: [Draft.Block("PARIS - First."), Draft.Block("Second.")]))
    #expect(drafts[1].input == "items.jsonl:3")
    #expect(drafts[1].format == .jsonLines)
    #expect(drafts[1].id == "42")
    #expect(drafts[1].title == "Two")
    #expect(drafts[1].blocks.map(\.text) == ["Para one.", "Para two."])
  }

  @Test func badLinesAreNamedByLineAndOffsetAndTheRestGoOn() throws {
    let lines = [
      #"{"title":"ok","text":"Fine."}"#,  // 1
      #"{"title": broken"#,  // 2: invalid JSON
      #"[1, 2]"#,  // 3: not an object
      #"{"title":"no body"}"#,  // 4: neither text nor html
      #"{"title":["x"],"text":"t"}"#,  // 5: title not a string
      #"{"text":"Also fine."}"#,  // 6
    ]
    let text = lines.joined(separator: "\n") + "\n"
    var bytes = Array(text.utf8)
    // Line 7: invalid UTF-8 three bytes into the line.
    let line7 = bytes.count
    bytes += Array(#"{"t"#.utf8) + [0xFF] + Array("\"}\n".utf8)
    let results = read(bytes)
    #expect(results.count == 7)
    let errors = results.compactMap { if case .failure(let e) = $0 { e } else { nil } }
    #expect(errors.map(\.line) == [2, 3, 4, 5, 7])
    #expect(errors.map(\.code) == [.malformed, .malformed, .malformed, .malformed, .invalidEncoding])
    #expect(errors.allSatisfy { $0.input == "items.jsonl" })
    let offsets = lines.indices.map { i in lines[..<i].reduce(0) { $0 + $1.utf8.count + 1 } }
    #expect(errors.map(\.byteOffset) == [offsets[1], offsets[2], offsets[3], offsets[4], line7 + 3])
    #expect(results.compactMap { try? $0.get().input } == ["items.jsonl:1", "items.jsonl:6"])
  }

  @Test func lastLineWithoutNewlineIsFine() {
    let results = read(Array((#"{"text":"a"}"# + "\n" + #"{"text":"b"}"#).utf8))
    #expect(results.compactMap { try? $0.get().blocks.first?.text } == ["a", "b"])
  }

  @Test func truncatedLastObjectIsReported() throws {
    let results = read(Array((#"{"text":"a"}"# + "\n" + #"{"text":"cut o"#).utf8))
    #expect(results.count == 2)
    guard case .failure(let error) = try #require(results.last) else {
      Issue.record("expected an error for the cut-off line")
      return
    }
    #expect(error.code == .truncated)
    #expect(error.line == 2)
    #expect(error.byteOffset == 13)
  }

  @Test func overlongLineIsSkippedWithoutBeingHeld() {
    let long = #"{"text":""# + String(repeating: "x", count: 10_000) + #""}"#
    let bytes = Array((long + "\n" + #"{"text":"after"}"# + "\n").utf8)
    var reader = JSONLinesReader(input: "items.jsonl", maxRecordBytes: 100)
    var results: [Result<Draft, InputError>] = []
    for start in stride(from: 0, to: bytes.count, by: 64) {
      results += reader.consume(Array(bytes[start..<min(bytes.count, start + 64)]))
    }
    results += reader.finish()
    #expect(results.count == 2)
    if case .failure(let error) = results.first {
      #expect(error.code == .tooLarge)
      #expect(error.line == 1)
      #expect(error.byteOffset == 0)
    } else {
      Issue.record("expected a too-large error")
    }
    #expect((try? results.last?.get())?.input == "items.jsonl:2")
    #expect(reader.peakBufferedBytes <= 100)
  }

  @Test func byteOrderMarkIsSkipped() {
    let results = read([0xEF, 0xBB, 0xBF] + Array(#"{"text":"a"}"#.utf8))
    #expect(results.compactMap { try? $0.get().blocks.first?.text } == ["a"])
  }

  @Test func onlyBlankLinesIsEmpty() {
    let results = read(Array("\n  \n\r\n".utf8))
    let codes: [InputError.Code?] = results.map { if case .failure(let e) = $0 { e.code } else { nil } }
    #expect(codes == [.empty])
  }
}
