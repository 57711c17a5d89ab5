#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one input — a file or standard input — and hands out its drafts and errors a batch
/// at a time, so that the caller can stop between batches and memory stays bounded.
struct InputCursor {
  private enum Stage {
    case start
    case streaming(ByteSource, any RecordStreamReader)
    case done
  }

  private let entry: InputPaths.Entry
  private let limits: InputReader.Limits
  private var stage = Stage.start

  init(_ entry: InputPaths.Entry, limits: InputReader.Limits) {
    self.entry = entry
    self.limits = limits
  }

  /// The next results of the input, or `nil` once it is read.
  mutating func next() -> [Result<Draft, InputError>]? {
    switch stage {
    case .done:
      return nil
    case .start:
      stage = .done
      return open()
    case .streaming(let source, var reader):
      stage = .done
      if reader.isDone { return nil }
      switch source.read() {
      case .failure(let error): return [.failure(error)]
      case .success(let chunk) where chunk.isEmpty: return reader.finish()
      case .success(let chunk):
        let results = reader.consume(chunk)
        stage = .streaming(source, reader)
        return results
      }
    }
  }

  /// Opens the input, decides its format and reads it (a document) or starts streaming it.
  private mutating func open() -> [Result<Draft, InputError>] {
    let source: ByteSource
    var format: InputFormat?
    switch entry {
    case .failure(let error): return [.failure(error)]
    case .standardInput: source = .standardInput()
    case .file(let path):
      format = InputFormat(path: path)
      if format == .text || format == .html,
        let error = Self.sizeError(path: path, limit: limits.maxDocumentBytes)
      {
        return [.failure(error)]
      }
      switch ByteSource.open(path: path) {
      case .failure(let error): return [.failure(error)]
      case .success(let opened): source = opened
      }
    }
    let first: [UInt8]
    switch source.read() {
    case .failure(let error): return [.failure(error)]
    case .success(let chunk): first = chunk
    }
    if first.isEmpty { return [.failure(InputError(.empty, "the input is empty", input: source.name))] }
    if ByteChecks.looksBinary(first) {
      return [.failure(InputError(.binaryData, "binary data, not text", input: source.name))]
    }
    switch format ?? InputFormat.sniff(first) {
    case .text: return [readDocument(source, first: first, asHTML: false)]
    case .html: return [readDocument(source, first: first, asHTML: true)]
    case .feed:
      return startStreaming(
        source, FeedReader(input: source.name, maxItemBytes: limits.maxRecordBytes), first)
    case .jsonLines:
      return startStreaming(
        source, JSONLinesReader(input: source.name, maxRecordBytes: limits.maxRecordBytes), first)
    }
  }

  private mutating func startStreaming(
    _ source: ByteSource, _ reader: some RecordStreamReader, _ first: [UInt8]
  ) -> [Result<Draft, InputError>] {
    var reader = reader
    let results = reader.consume(first)
    stage = .streaming(source, reader)
    return results
  }

  /// Reads a whole text or HTML document, refusing it past the document limit.
  private func readDocument(_ source: ByteSource, first: [UInt8], asHTML: Bool) -> Result<Draft, InputError> {
    let limit = limits.maxDocumentBytes
    if let size = source.regularFileSize, size > limit {
      return .failure(Self.tooLarge(size: size, limit: limit, input: source.name))
    }
    let bytes: [UInt8]
    switch source.readAll(after: first, limit: limit) {
    case .failure(let error): return .failure(error)
    case .success(let all): bytes = all
    }
    do {
      return .success(
        asHTML
          ? try HTMLReader.draft(bytes: bytes, input: source.name)
          : try PlainTextReader.draft(bytes: bytes, input: source.name))
    } catch let error as InputError {
      return .failure(error)
    } catch {
      return .failure(InputError(.malformed, "\(error)", input: source.name))
    }
  }

  /// The error for a file whose size, found without reading it, is over the limit.
  private static func sizeError(path: String, limit: Int) -> InputError? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit else {
      return nil
    }
    return tooLarge(size: Int(info.st_size), limit: limit, input: path)
  }

  private static func tooLarge(size: Int, limit: Int, input: String) -> InputError {
    InputError(.tooLarge, "the file is \(size) bytes, larger than the limit of \(limit) bytes", input: input)
  }
}
