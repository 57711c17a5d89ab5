/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed, fed chunk by chunk, into one draft per item.
///
/// Only the item being read is held in memory, so feeds of any size stream through. Each item
/// becomes a draft with format `.feed` and input `path#N`; the channel or feed title becomes
/// the draft's `source`. Errors end the feed (malformed XML, a truncated file) after the
/// complete items before them, or concern one item (too large, badly encoded) and the feed goes on.
struct FeedReader: RecordStreamReader {
  private enum Kind { case rss, rdf, atom }

  let input: String
  let maxItemBytes: Int
  private(set) var isDone = false
  private var results: [Result<Draft, InputError>] = []
  /// Bytes read before the encoding is known (the first chunk, up to the XML declaration).
  private var prelude: [UInt8] = []
  private var tokenizer: XMLTokenizer?
  private var transcoder: Transcoder?
  private var namespaces = XMLNamespaces()
  private var elements: [ExpandedName] = []
  private var kind: Kind?
  private var source: String?
  private var sourceTitle: FieldCapture?
  private var item: FeedItem?
  private var itemCount = 0
  private var reportedEncodingError = false

  init(input: String, maxItemBytes: Int) {
    self.input = input
    self.maxItemBytes = maxItemBytes
  }

  mutating func consume(_ chunk: [UInt8]) -> [Result<Draft, InputError>] {
    guard !isDone else { return [] }
    if tokenizer == nil {
      prelude.append(contentsOf: chunk)
      // The XML declaration, which names the encoding, ends at the first `>`.
      guard prelude.count >= 1024 || prelude.contains(UInt8(ascii: ">")) else { return [] }
      start()
    } else {
      tokenize(chunk, final: false)
    }
    return takeResults()
  }

  mutating func finish() -> [Result<Draft, InputError>] {
    if !isDone && tokenizer == nil { start() }
    if !isDone { tokenize([], final: true) }
    if !isDone {
      if kind == nil {
        fail(InputError(.malformed, "no XML root element", input: input))
      } else if itemCount == 0 {
        fail(InputError(.empty, "the feed has no items", input: input))
      }
    }
    isDone = true
    return takeResults()
  }

  private mutating func takeResults() -> [Result<Draft, InputError>] {
    defer { results.removeAll() }
    return results
  }

  private mutating func fail(_ error: InputError) {
    results.append(.failure(error))
    isDone = true
  }

  // MARK: - Bytes to tokens

  /// Picks the decoding from the byte order mark or XML declaration, then tokenizes the prelude.
  private mutating func start() {
    let (encoding, bomLength) = TextEncoding.detect(prelude)
    let bytes = Array(prelude.dropFirst(bomLength))
    prelude = []
    switch encoding {
    case .utf8, .windows1252:
      tokenizer = XMLTokenizer(
        encoding: encoding, startOffset: bomLength, maxMarkupBytes: min(maxItemBytes, 1 << 20))
    case .iconv(let charset):
      guard let transcoder = Transcoder(charset: charset, startOffset: bomLength) else {
        fail(InputError(.unsupported, "unsupported encoding \"\(charset)\"", input: input))
        return
      }
      self.transcoder = transcoder
      tokenizer = XMLTokenizer(encoding: .utf8, maxMarkupBytes: min(maxItemBytes, 1 << 20))
    }
    tokenize(bytes, final: false)
  }

  private mutating func tokenize(_ chunk: [UInt8], final: Bool) {
    guard var tokenizer = tokenizer.take() else { return }
    defer { self.tokenizer = tokenizer }
    var bytes = chunk
    if let transcoder {
      bytes = transcoder.convert(chunk, final: final)
      if let offset = transcoder.firstInvalidOffset, !reportedEncodingError {
        // iconv works ahead of the tokenizer, so the bad bytes are reported for the feed, not an item.
        reportedEncodingError = true
        results.append(
          .failure(
            InputError(
              .invalidEncoding, "bytes not valid in the declared encoding", input: input, byteOffset: offset))
        )
      }
    }
    do {
      try tokenizer.feed(bytes) { token, position in handle(token, at: position) }
      if final { try tokenizer.finish { token, position in handle(token, at: position) } }
    } catch {
      let code: InputError.Code = error.kind == .truncated ? .truncated : .malformed
      var message = error.message
      if let item { message += " (in item \(item.index))" }
      fail(
        InputError(
          code, message, input: input, line: error.position.line, byteOffset: error.position.byteOffset))
    }
  }

  // MARK: - Tokens to items

  private mutating func handle(_ token: XMLToken, at position: XMLPosition) {
    guard !isDone else { return }
    checkItemSize(at: position)
    switch token {
    case .start(let name, let attributes, let selfClosing):
      let depth = elements.count
      namespaces.declare(attributes, depth: depth)
      let element = namespaces.resolve(name)
      startElement(element, attributes: attributes, depth: depth, at: position)
      if selfClosing {
        endElement(element, depth: depth)
        namespaces.leave(depth: depth)
      } else {
        elements.append(element)
      }
    case .end:
      guard let element = elements.popLast() else { return }
      endElement(element, depth: elements.count)
      namespaces.leave(depth: elements.count)
    case .text(let bytes):
      if item?.failure == nil { item?.capture?.append(text: bytes) }
      if let count = sourceTitle?.text.count, count < 4096 { sourceTitle?.append(text: bytes) }
    case .invalidEncoding:
      reportEncodingError(position)
    case .processingInstruction:
      break
    }
  }

  private mutating func startElement(
    _ element: ExpandedName, attributes: [XMLAttribute], depth: Int, at position: XMLPosition
  ) {
    if depth == 0 {
      startRoot(element)
    } else if var current = item {
      defer { item = current }
      guard current.failure == nil else { return }
      if var capture = current.capture {
        capture.startChild(element, attributes: attributes, depth: depth)
        current.capture = capture
      } else if depth == current.depth + 1, let field = FeedField(element) {
        if field == .link { current.takeLink(attributes) }
        current.capture = FieldCapture(field: field, name: element, attributes: attributes, depth: depth)
      }
    } else if isItem(element, depth: depth) {
      itemCount += 1
      item = FeedItem(index: itemCount, depth: depth, start: position)
    } else if isFeedTitle(element, depth: depth) {
      sourceTitle = FieldCapture(field: .title, name: element, attributes: attributes, depth: depth)
    }
  }

  private mutating func endElement(_ element: ExpandedName, depth: Int) {
    if var current = item {
      if var capture = current.capture, current.failure == nil {
        if depth == capture.depth {
          current.take(capture)
          current.capture = nil
        } else {
          capture.endChild(element, depth: depth)
          current.capture = capture
        }
      }
      if depth == current.depth {
        results.append(current.draft(input: "\(input)#\(current.index)", source: source))
        item = nil
      } else {
        item = current
      }
    } else if let title = sourceTitle, depth == title.depth {
      source = source ?? title.body?.plainText
      sourceTitle = nil
    }
  }

  private mutating func startRoot(_ element: ExpandedName) {
    switch (element.local, element.namespace) {
    case ("rss", _): kind = .rss
    case ("RDF", _): kind = .rdf
    case ("feed", _): kind = .atom
    default:
      fail(
        InputError(
          .unsupported, "not an RSS or Atom feed: the root element is <\(element.local)>", input: input))
    }
  }

  /// Whether an element is an RSS `<item>` (in `<channel>`, or at the top of RDF) or an Atom `<entry>`.
  private func isItem(_ element: ExpandedName, depth: Int) -> Bool {
    guard XMLNamespaces.isCore(element.namespace) else { return false }
    switch kind {
    case .rss: return element.local == "item" && elements.last?.local == "channel"
    case .rdf: return element.local == "item" && depth == 1
    case .atom: return element.local == "entry" && depth == 1
    case nil: return false
    }
  }

  /// Whether an element is the channel's or feed's own `<title>`, which names the source.
  private func isFeedTitle(_ element: ExpandedName, depth: Int) -> Bool {
    guard element.local == "title", XMLNamespaces.isCore(element.namespace), source == nil else {
      return false
    }
    return kind == .atom ? depth == 1 : depth == 2 && elements.last?.local == "channel"
  }

  /// Fails the current item once it grows past the record limit, dropping what it held.
  private mutating func checkItemSize(at position: XMLPosition) {
    guard let current = item, current.failure == nil,
      position.byteOffset - current.start.byteOffset > maxItemBytes
    else { return }
    item?.capture = nil
    item?.failure = InputError(
      .tooLarge, "the item is larger than the limit of \(maxItemBytes) bytes",
      input: "\(input)#\(current.index)", line: current.start.line, byteOffset: current.start.byteOffset)
  }

  /// Fails the current item for invalid UTF-8 in it, or reports it once for the feed.
  private mutating func reportEncodingError(_ position: XMLPosition) {
    if let current = item {
      if current.failure == nil {
        item?.capture = nil
        item?.failure = InputError(
          .invalidEncoding, "invalid UTF-8", input: "\(input)#\(current.index)", line: position.line,
          byteOffset: position.byteOffset)
      }
    } else if !reportedEncodingError {
      reportedEncodingError = true
      results.append(
        .failure(
          InputError(
            .invalidEncoding, "invalid UTF-8", input: input, line: position.line,
            byteOffset: position.byteOffset)))
    }
  }
}
