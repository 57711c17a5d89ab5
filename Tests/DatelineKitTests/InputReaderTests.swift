import Foundation
import Testing

@testable import DatelineKit

@Suite struct InputReaderTests {
  /// A fresh temporary folder for one test.
  private final class TempFolder {
    let path: String
    init() throws {
      path = NSTemporaryDirectory() + "dateline-input-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let file = path + "/" + name
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(bytes).write(to: URL(fileURLWithPath: file))
      return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
  }

  private func read(_ paths: [String], limits: InputReader.Limits = .init()) -> [Result<Draft, InputError>] {
    var results: [Result<Draft, InputError>] = []
    InputReader(limits: limits).read(paths) { results.append($0) }
    return results
  }

  private func error(_ results: [Result<Draft, InputError>]) throws -> InputError {
    try #require(results.count == 1)
    guard case .failure(let error) = results[0] else {
      throw InputError(.malformed, "expected an error", input: "")
    }
    return error
  }

  @Test func textFileBecomesDraft() throws {
    let folder = try TempFolder()
    let path = try folder.write("story.txt", "MOSCOW, March 3 - Talks began.\n\nThey went on.\n")
    let draft = try #require(try read([path]).first?.get())
    #expect(draft.input == path)
    #expect(draft.format == .text)
    #expect(draft.blocks.map(\.text) == ["MOSCOW, March 3 - Talks began.", "They went on."])
  }

  @Test func invalidUTF8InTextNamesLineAndByte() throws {
    let folder = try TempFolder()
    let path = try folder.write(
      "bad.txt", Array("line one\nline two ".utf8) + [0xC3, 0x28] + Array(" end\n".utf8))
    let error = try error(read([path]))
    #expect(error.code == .invalidEncoding)
    #expect(error.input == path)
    #expect(error.line == 2)
    #expect(error.byteOffset == 18)
  }

  @Test func binaryFileIsRefused() throws {
    let folder = try TempFolder()
    let png: [UInt8] = [
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
    ]
    for name in ["image.png", "image.txt", "image.jsonl", "image.xml"] {
      #expect(try error(read([try folder.write(name, png)])).code == .binaryData, "\(name)")
    }
  }

  @Test func emptyAndMissingFiles() throws {
    let folder = try TempFolder()
    let empty = try folder.write("empty.txt", [])
    #expect(try error(read([empty])).code == .empty)
    let missing = folder.path + "/missing.txt"
    let error = try error(read([missing]))
    #expect(error.code == .unreadable)
    #expect(error.input == missing)
  }

  @Test func formatIsSniffedWhenTheExtensionDoesNotSay() throws {
    let folder = try TempFolder()
    let feed = try folder.write(
      "feed",
      "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- x --><rss><channel><item><title>T</title></item></channel></rss>"
    )
    let page = try folder.write("page.dat", "<!DOCTYPE html><html><body><p>Hello page.</p></body></html>")
    let lines = try folder.write("records", "{\"text\":\"Hi.\"}\n")
    let text = try folder.write("notes", "Just words.")
    let formats = read([feed, page, lines, text]).compactMap { try? $0.get().format }
    #expect(formats == [.feed, .html, .jsonLines, .text])
  }

  @Test func folderIsReadRecursivelyInPathOrderAndGoesOnAfterErrors() throws {
    let folder = try TempFolder()
    try folder.write("b.txt", "Story B.")
    try folder.write("a.txt", "Story A.")
    try folder.write(".hidden.txt", "Hidden.")
    try folder.write(".git/config.txt", "Hidden folder.")
    try folder.write("c/bad.txt", [0x41, 0xFF, 0x0A])
    try folder.write("c/d.jsonl", "{\"text\":\"Line one.\"}\nnot json\n{\"text\":\"Line three.\"}\n")
    try folder.write("c/e.html", "<html><body><p>Page E.</p></body></html>")
    try folder.write("f.rss", "<rss><channel><item><title>Item F</title></item></channel></rss>")
    let names = read([folder.path]).map { result -> String in
      switch result {
      case .success(let draft): String(draft.input.dropFirst(folder.path.count + 1))
      case .failure(let error):
        "error " + String(error.input.dropFirst(folder.path.count + 1)) + (error.line.map { ":\($0)" } ?? "")
      }
    }
    #expect(
      names == [
        "a.txt", "b.txt", "error c/bad.txt:1", "c/d.jsonl:1", "error c/d.jsonl:2", "c/d.jsonl:3", "c/e.html",
        "f.rss#1",
      ])
  }

  @Test func tooLargeTextFileIsRefusedWithoutReadingIt() throws {
    let folder = try TempFolder()
    let path = folder.path + "/huge.txt"
    // A sparse 3 MiB file of NUL bytes: if it were read, it would be refused as binary instead.
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 3 << 20)
    try handle.close()
    let error = try error(read([path], limits: .init(maxDocumentBytes: 1 << 20)))
    #expect(error.code == .tooLarge)
    #expect(error.message.contains("3145728"))
  }

  @Test func tooLargeSniffedDocumentIsRefused() throws {
    let folder = try TempFolder()
    let path = try folder.write("notes", String(repeating: "Words and more words.\n", count: 100))
    #expect(try error(read([path], limits: .init(maxDocumentBytes: 1000))).code == .tooLarge)
  }

  @Test func largeJSONLinesFileIsStreamed() throws {
    let folder = try TempFolder()
    let path = folder.path + "/big.jsonl"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    // 19 lines of 1 MiB, each over the record limit, between small good records: about 20 MB.
    let huge = Data((#"{"text":""# + String(repeating: "x", count: 1 << 20) + "\"}\n").utf8)
    let small = Data(#"{"title":"t","text":"Short record."}"#.utf8 + [0x0A])
    for _ in 0..<19 {
      try handle.write(contentsOf: small)
      try handle.write(contentsOf: huge)
    }
    try handle.write(contentsOf: small)
    try handle.close()
    var drafts = 0
    var errors: [InputError] = []
    InputReader(limits: .init(maxRecordBytes: 64 << 10)).read([path]) { result in
      switch result {
      case .success: drafts += 1
      case .failure(let error): errors.append(error)
      }
    }
    #expect(drafts == 20)
    #expect(errors.count == 19)
    #expect(errors.allSatisfy { $0.code == .tooLarge })
    #expect(errors.map(\.line) == (0..<19).map { 2 * $0 + 2 })
    #expect(errors.first?.byteOffset == small.count)
  }

  @Test func standardInputIsStreamed() throws {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    let bytes = Array("{\"text\":\"From a pipe.\"}\n{\"text\":\"Again.\"}\n".utf8)
    #expect(write(fds[1], bytes, bytes.count) == bytes.count)
    close(fds[1])
    let savedInput = dup(STDIN_FILENO)
    dup2(fds[0], STDIN_FILENO)
    close(fds[0])
    defer {
      dup2(savedInput, STDIN_FILENO)
      close(savedInput)
    }
    let inputs = read(["-"]).compactMap { try? $0.get().input }
    #expect(inputs == ["-:1", "-:2"])
  }

  @Test func throwingBodyStopsReading() throws {
    struct Stop: Error {}
    let folder = try TempFolder()
    let path = try folder.write("many.jsonl", String(repeating: "{\"text\":\"x\"}\n", count: 100))
    var seen = 0
    #expect(throws: Stop.self) {
      try InputReader().read([path, path]) { _ in
        seen += 1
        if seen == 3 { throw Stop() }
      }
    }
    #expect(seen == 3)
  }
}
