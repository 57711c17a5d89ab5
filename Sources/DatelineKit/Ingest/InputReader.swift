/// Reads the inputs named on the command line — files, folders, standard input — into drafts.
///
/// The format is found from the file extension (`.txt`, `.html`, `.xml`/`.rss`/`.atom`,
/// `.jsonl`/`.ndjson`) or, failing that, from the first bytes. Text and HTML files are read
/// whole, up to ``Limits/maxDocumentBytes``; feeds and JSON Lines are streamed 64 KiB at a time
/// and yield one draft per item or line, each at most ``Limits/maxRecordBytes``. Bad input never
/// stops the batch: each problem is reported as an ``InputError`` naming the input (and the
/// item or line), and reading goes on.
///
/// ```swift
/// try InputReader().read(["wire/", "-"]) { result in
///   switch result {
///   case .success(let draft): pipeline.analyze(draft)
///   case .failure(let error): report(error)
///   }
/// }
/// ```
public struct InputReader: Sendable {
  /// How much one input or record may hold, to keep memory bounded on hostile input.
  public struct Limits: Sendable {
    /// The largest text or HTML document read; 64 MiB by default.
    public var maxDocumentBytes: Int
    /// The largest JSON line or feed item read; 16 MiB by default.
    public var maxRecordBytes: Int

    public init(maxDocumentBytes: Int = 64 << 20, maxRecordBytes: Int = 16 << 20) {
      self.maxDocumentBytes = maxDocumentBytes
      self.maxRecordBytes = maxRecordBytes
    }
  }

  public var limits: Limits

  public init(limits: Limits = .init()) {
    self.limits = limits
  }

  /// Reads every path in order — a file, a folder (recursively, files sorted by path, hidden
  /// files skipped), or "-" for standard input — calling `body` with each draft or each error,
  /// and going on after errors.
  ///
  /// - Throws: Only what `body` throws, which stops the reading.
  public func read(_ paths: [String], _ body: (Result<Draft, InputError>) throws -> Void) rethrows {
    for path in paths {
      for entry in InputPaths.entries(for: path) {
        var cursor = InputCursor(entry, limits: limits)
        while let results = cursor.next() {
          for result in results { try body(result) }
        }
      }
    }
  }
}
