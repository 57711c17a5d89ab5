import ArgumentParser
import DatelineKit
import Foundation

/// `dateline time --timeml IN_DIR --out OUT_DIR`: tags TimeML documents with Dateline's TIMEX3s.
struct Time: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tag the text of TimeML documents with TIMEX3 expressions.",
    discussion: """
      Reads every .tml file of IN_DIR (text and DCT), drops its TIMEX3 and other tags from the \
      text, and writes it to OUT_DIR with Dateline's TIMEX3 tags, for the TempEval-3 scorer or \
      `dateline eval timeml`.
      """)

  @Option(help: "The folder of TimeML (.tml) documents to tag.")
  var timeml: String

  @Option(help: "The folder to write the tagged documents to.")
  var out: String

  func run() throws {
    let input = URL(fileURLWithPath: timeml)
    let output = URL(fileURLWithPath: out)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let names = try FileManager.default.contentsOfDirectory(atPath: input.path).filter {
      $0.hasSuffix(".tml")
    }.sorted()
    let tagger = TimeTagger()
    var failures = 0
    var count = 0
    for name in names {
      let path = input.appendingPathComponent(name).path
      do {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw InputError(.unreadable, "cannot read the file", input: path)
        }
        let document = try TimeMLDocument(parsing: String(decoding: data, as: UTF8.self), input: path)
        let times = tagger.tag(document.text, dct: document.creationTime)
        count += times.count
        try document.written(with: times).write(
          to: output.appendingPathComponent(name), atomically: true, encoding: .utf8)
      } catch {
        failures += 1
        FileHandle.standardError.write(Data("dateline: \(error)\n".utf8))
      }
    }
    print("tagged \(names.count - failures) documents, \(count) time expressions, into \(out)")
    if failures > 0 { throw ExitCode(1) }
  }
}
