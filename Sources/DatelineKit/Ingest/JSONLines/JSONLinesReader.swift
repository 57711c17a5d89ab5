/// Reads JSON Lines (one JSON object per line), fed chunk by chunk, into one draft per line.
///
/// Blank lines are skipped. A bad line (invalid JSON or UTF-8, not an object, no text, too long)
/// becomes an error naming its line and the byte offset where it starts, and reading goes on.
/// Drafts are named `path:line`.
struct JSONLinesReader: RecordStreamReader {
  let input: String
  private var splitter: LineSplitter
  private var recordCount = 0
  private(set) var isDone = false

  init(input: String, maxRecordBytes: Int) {
    self.input = input
    self.splitter = LineSplitter(maxLineBytes: maxRecordBytes)
  }

  /// The most bytes of one line held at once.
  var peakBufferedBytes: Int { splitter.peakBufferedBytes }

  mutating func consume(_ chunk: [UInt8]) -> [Result<Draft, InputError>] {
    splitter.consume(chunk).compactMap { record($0) }
  }

  mutating func finish() -> [Result<Draft, InputError>] {
    var results = splitter.finish().compactMap { record($0) }
    if recordCount == 0 {
      results.append(.failure(InputError(.empty, "no JSON records in the input", input: input)))
    }
    isDone = true
    return results
  }

  private mutating func record(_ event: LineSplitter.Event) -> Result<Draft, InputError>? {
    switch event {
    case .tooLong(let number, let byteOffset):
      recordCount += 1
      return .failure(
        InputError(
          .tooLarge, "the line is longer than the limit of \(splitter.maxLineBytes) bytes", input: input,
          line: number,
          byteOffset: byteOffset))
    case .line(var bytes, let number, var byteOffset, let terminated):
      if number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        // A UTF-8 byte order mark, which JSON parsers refuse.
        bytes.removeFirst(3)
        byteOffset += 3
      }
      guard bytes.contains(where: { !XMLTokenizer.isSpace($0) }) else { return nil }
      recordCount += 1
      let location = JSONRecord.Location(
        input: input, line: number, byteOffset: byteOffset, terminated: terminated)
      return JSONRecord.draft(from: bytes, at: location)
    }
  }
}
