#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming XML tokenizer: fed bytes chunk by chunk, it reports tags, text and processing
/// instructions as soon as they are complete.
///
/// It keeps only the unfinished token between chunks (long text and CDATA are reported in
/// pieces), so memory stays bounded whatever the document size. It checks that end tags match
/// start tags, which is all a feed reader needs of well-formedness; DOCTYPEs and comments are
/// skipped, and entities other than the predefined five and numeric references are kept as
/// written. Input is UTF-8 (validated) or windows-1252 (decoded by table), so that error
/// positions are those of the input bytes.
///
/// ```swift
/// var tokenizer = XMLTokenizer()
/// try tokenizer.feed(Array("<rss><channel>".utf8)) { token, position in print(token) }
/// ```
struct XMLTokenizer {
  private enum Mode: Equatable {
    case content, comment, cdata
    /// Inside `<!DOCTYPE …>` or another `<!…>` declaration: bracket depth and open quote (0: none).
    case declaration(depth: Int, quote: UInt8)
  }

  /// The handler the tokenizer calls with each token and the position where it starts.
  typealias Handler = (XMLToken, XMLPosition) -> Void

  let encoding: TextEncoding
  /// The longest tag, processing instruction or `<!` opener accepted before giving up.
  let maxMarkupBytes: Int
  private var buffer: [UInt8] = []
  private var mode = Mode.content
  /// The input offset of `buffer[0]`.
  private var baseOffset: Int
  /// Newlines are counted up to `countedIndex` in `buffer`, which is on line `countedLine`.
  private var countedIndex = 0
  private var countedLine = 1
  private var openElements: [(name: [UInt8], line: Int)] = []
  private var failed = false

  /// Creates a tokenizer.
  /// - Parameters:
  ///   - encoding: `.utf8` or `.windows1252`; other charsets must be converted to UTF-8 first.
  ///   - startOffset: The input offset of the first byte fed (after a skipped byte order mark).
  ///   - maxMarkupBytes: The longest single tag accepted.
  init(encoding: TextEncoding = .utf8, startOffset: Int = 0, maxMarkupBytes: Int = 1 << 20) {
    self.encoding = encoding
    self.baseOffset = startOffset
    self.maxMarkupBytes = maxMarkupBytes
  }

  /// How many elements are open.
  var depth: Int { openElements.count }

  /// The bytes held back waiting for the rest of a token.
  var bufferedByteCount: Int { buffer.count }

  /// Tokenizes `bytes` following those fed before, calling `handle` for each complete token.
  mutating func feed(_ bytes: [UInt8], _ handle: Handler) throws(XMLError) {
    guard !failed else { return }
    buffer.append(contentsOf: bytes)
    try run(final: false, handle)
  }

  /// Ends the input: reports what is left and throws `.truncated` if the document is unfinished.
  mutating func finish(_ handle: Handler) throws(XMLError) {
    guard !failed else { return }
    try run(final: true, handle)
    let end = position(at: buffer.count)
    failed = true
    switch mode {
    case .comment: throw XMLError(kind: .truncated, message: "the input ends inside a comment", position: end)
    case .cdata:
      throw XMLError(kind: .truncated, message: "the input ends inside a CDATA section", position: end)
    case .declaration:
      throw XMLError(kind: .truncated, message: "the input ends inside a <! declaration", position: end)
    case .content: break
    }
    if !buffer.isEmpty {
      throw XMLError(kind: .truncated, message: "the input ends inside a tag", position: end)
    }
    if let open = openElements.last {
      let name = String(decoding: open.name, as: UTF8.self)
      throw XMLError(
        kind: .truncated, message: "the input ends inside <\(name)> (opened on line \(open.line))",
        position: end)
    }
  }

  // MARK: - Scanning

  private mutating func run(final: Bool, _ handle: Handler) throws(XMLError) {
    var i = 0
    do {
      i = try scan(final: final, handle)
    } catch {
      failed = true
      throw error
    }
    drop(i)
  }

  /// Tokenizes from the start of the buffer; returns how many bytes were consumed.
  private mutating func scan(final: Bool, _ handle: Handler) throws(XMLError) -> Int {
    var i = 0
    let n = buffer.count
    while i < n {
      switch mode {
      case .content:
        guard let lt = find(UInt8(ascii: "<"), from: i) else {
          let end = final ? n : textEnd(from: i, to: n)
          if end > i { emitText(i..<end, decodingReferences: true, handle) }
          return end
        }
        if lt > i { emitText(i..<lt, decodingReferences: true, handle) }
        i = lt
        guard let next = try markup(at: lt, handle) else { return i }
        i = next
      case .comment:
        guard let close = find(Array("-->".utf8), from: i) else { return max(i, n - 2) }
        i = close + 3
        mode = .content
      case .cdata:
        guard let close = find(Array("]]>".utf8), from: i) else {
          let end = final ? n : utf8Boundary(from: i, to: max(i, n - 2))
          if end > i { emitText(i..<end, decodingReferences: false, handle) }
          return end
        }
        if close > i { emitText(i..<close, decodingReferences: false, handle) }
        i = close + 3
        mode = .content
      case .declaration(let depth, let quote):
        i = skipDeclaration(from: i, depth: depth, quote: quote)
      }
    }
    return i
  }

  /// Handles the markup starting with `<` at `start`; returns the index after it, or `nil` when
  /// the buffer does not hold all of it yet.
  private mutating func markup(at start: Int, _ handle: Handler) throws(XMLError) -> Int? {
    let n = buffer.count
    guard start + 1 < n else { return nil }
    switch buffer[start + 1] {
    case UInt8(ascii: "/"):
      guard let gt = find(UInt8(ascii: ">"), from: start + 2) else { return try waitForMarkup(at: start) }
      try endTag(from: start, to: gt, handle)
      return gt + 1
    case UInt8(ascii: "?"):
      guard let close = find(Array("?>".utf8), from: start + 2) else { return try waitForMarkup(at: start) }
      processingInstruction(from: start, to: close, handle)
      return close + 2
    case UInt8(ascii: "!"):
      return try declarationOpener(at: start)
    case let byte where Self.isNameStart(byte):
      guard let gt = tagEnd(from: start + 1) else { return try waitForMarkup(at: start) }
      try startTag(from: start, to: gt, handle)
      return gt + 1
    default:
      throw XMLError(
        kind: .malformed, message: "'<' is not followed by a tag name", position: position(at: start))
    }
  }

  /// Returns `nil` to wait for more input, unless the unfinished markup is already too long.
  private mutating func waitForMarkup(at start: Int) throws(XMLError) -> Int? {
    guard buffer.count - start > maxMarkupBytes else { return nil }
    throw XMLError(
      kind: .malformed, message: "markup does not end within \(maxMarkupBytes) bytes",
      position: position(at: start))
  }

  /// Switches to comment, CDATA or declaration mode after `<!`.
  private mutating func declarationOpener(at start: Int) throws(XMLError) -> Int? {
    let available = buffer[start...].prefix(9)
    for (opener, next) in [("<!--", Mode.comment), ("<![CDATA[", Mode.cdata)] {
      let bytes = Array(opener.utf8)
      if available.starts(with: bytes) {
        mode = next
        return start + bytes.count
      }
      if available.count < bytes.count && bytes.starts(with: available) {
        return try waitForMarkup(at: start)
      }
    }
    mode = .declaration(depth: 0, quote: 0)
    return start + 2
  }

  /// Skips a DOCTYPE (with any internal subset) or other `<!` declaration.
  private mutating func skipDeclaration(from start: Int, depth: Int, quote: UInt8) -> Int {
    var depth = depth
    var quote = quote
    let end: Int? = buffer.withUnsafeBufferPointer { bytes in
      for k in start..<bytes.count {
        let b = bytes[k]
        if quote != 0 {
          if b == quote { quote = 0 }
        } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
          quote = b
        } else if b == UInt8(ascii: "[") {
          depth += 1
        } else if b == UInt8(ascii: "]") {
          depth -= 1
        } else if b == UInt8(ascii: ">") && depth <= 0 {
          return k
        }
      }
      return nil
    }
    guard let end else {
      mode = .declaration(depth: depth, quote: quote)
      return buffer.count
    }
    mode = .content
    return end + 1
  }

  // MARK: - Tokens

  private mutating func startTag(from start: Int, to gt: Int, _ handle: Handler) throws(XMLError) {
    let tagPosition = position(at: start)
    if encoding == .utf8,
      let bad = buffer.withUnsafeBufferPointer({
        ByteChecks.firstInvalidUTF8(UnsafeBufferPointer(rebasing: $0[start..<gt]))
      })
    {
      handle(.invalidEncoding, position(at: start + bad.byteOffset))
    }
    var nameEnd = start + 1
    while nameEnd < gt, !Self.isSpace(buffer[nameEnd]), buffer[nameEnd] != UInt8(ascii: "/") { nameEnd += 1 }
    let selfClosing = buffer[gt - 1] == UInt8(ascii: "/") && gt - 1 >= nameEnd
    let name = Array(buffer[(start + 1)..<nameEnd])
    let attributes = parseAttributes(from: nameEnd, to: selfClosing ? gt - 1 : gt)
    if !selfClosing { openElements.append((name, tagPosition.line)) }
    handle(.start(XMLName(qualified: name), attributes: attributes, selfClosing: selfClosing), tagPosition)
  }

  private mutating func endTag(from start: Int, to gt: Int, _ handle: Handler) throws(XMLError) {
    let tagPosition = position(at: start)
    let name = Array(
      buffer[(start + 2)..<gt].drop(while: Self.isSpace).reversed().drop(while: Self.isSpace).reversed())
    guard let open = openElements.last else {
      throw XMLError(
        kind: .malformed, message: "</\(String(decoding: name, as: UTF8.self))> has no start tag",
        position: tagPosition)
    }
    guard open.name == name else {
      throw XMLError(
        kind: .malformed,
        message: "</\(String(decoding: name, as: UTF8.self))> does not close "
          + "<\(String(decoding: open.name, as: UTF8.self))> (opened on line \(open.line))",
        position: tagPosition)
    }
    openElements.removeLast()
    handle(.end(XMLName(qualified: name)), tagPosition)
  }

  private mutating func processingInstruction(from start: Int, to close: Int, _ handle: Handler) {
    let body = buffer[(start + 2)..<close]
    let targetEnd = body.firstIndex(where: Self.isSpace) ?? body.endIndex
    let target = String(decoding: body[..<targetEnd], as: UTF8.self)
    let data = String(decoding: body[targetEnd...].drop(while: Self.isSpace), as: UTF8.self)
    handle(.processingInstruction(target: target, data: data), position(at: start))
  }

  /// Parses `name="value"` pairs; lenient about unquoted or missing values, as feeds need.
  private func parseAttributes(from start: Int, to end: Int) -> [XMLAttribute] {
    var attributes: [XMLAttribute] = []
    var k = start
    func skipSpace() { while k < end && Self.isSpace(buffer[k]) { k += 1 } }
    while true {
      skipSpace()
      guard k < end else { break }
      let nameStart = k
      while k < end, !Self.isSpace(buffer[k]), buffer[k] != UInt8(ascii: "=") { k += 1 }
      let name = buffer[nameStart..<k]
      skipSpace()
      var value: Range<Int> = k..<k
      if k < end && buffer[k] == UInt8(ascii: "=") {
        k += 1
        skipSpace()
        if k < end, buffer[k] == UInt8(ascii: "\"") || buffer[k] == UInt8(ascii: "'") {
          let quote = buffer[k]
          let valueEnd = buffer[(k + 1)..<end].firstIndex(of: quote) ?? end
          value = (k + 1)..<valueEnd
          k = min(end, valueEnd + 1)
        } else {
          let valueStart = k
          while k < end && !Self.isSpace(buffer[k]) { k += 1 }
          value = valueStart..<k
        }
      }
      if name.isEmpty {
        k = max(k, nameStart + 1)
        continue
      }
      attributes.append(XMLAttribute(name: XMLName(qualified: name), value: decodedString(value)))
    }
    return attributes
  }

  private func decodedString(_ range: Range<Int>) -> String {
    String(decoding: decoded(range, decodingReferences: true), as: UTF8.self)
  }

  /// The bytes of `range` in UTF-8, references decoded if asked.
  private func decoded(_ range: Range<Int>, decodingReferences: Bool) -> [UInt8] {
    var output: [UInt8] = []
    buffer.withUnsafeBufferPointer { all in
      let raw = UnsafeBufferPointer(rebasing: all[range])
      switch (encoding, decodingReferences) {
      case (.windows1252, true):
        var utf8: [UInt8] = []
        TextEncoding.appendWindows1252(raw, to: &utf8)
        utf8.withUnsafeBufferPointer { XMLEntities.decode($0, into: &output) }
      case (.windows1252, false): TextEncoding.appendWindows1252(raw, to: &output)
      case (_, true): XMLEntities.decode(raw, into: &output)
      case (_, false): output.append(contentsOf: raw)
      }
    }
    return output
  }

  private mutating func emitText(_ range: Range<Int>, decodingReferences: Bool, _ handle: Handler) {
    let textPosition = position(at: range.lowerBound)
    handle(.text(decoded(range, decodingReferences: decodingReferences)), textPosition)
    guard encoding == .utf8 else { return }
    if let bad = buffer.withUnsafeBufferPointer({
      ByteChecks.firstInvalidUTF8(UnsafeBufferPointer(rebasing: $0[range]))
    }) {
      handle(.invalidEncoding, position(at: range.lowerBound + bad.byteOffset))
    }
  }

  // MARK: - Byte helpers

  /// Where text that reaches the end of the buffer may be cut: before a reference or UTF-8
  /// sequence that the next chunk may complete.
  private func textEnd(from start: Int, to end: Int) -> Int {
    var cut = end
    let window = max(start, end - XMLEntities.maxReferenceLength)
    if let amp = buffer[window..<end].lastIndex(of: UInt8(ascii: "&")),
      !buffer[amp..<end].contains(UInt8(ascii: ";"))
    {
      cut = amp
    }
    return utf8Boundary(from: start, to: cut)
  }

  /// Moves `end` back before a UTF-8 sequence it would split.
  private func utf8Boundary(from start: Int, to end: Int) -> Int {
    guard encoding == .utf8 else { return end }
    var k = end - 1
    while k >= start && k >= end - 4 {
      let b = buffer[k]
      if b < 0x80 { return end }
      if b >= 0xC0 {
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        return k + length > end ? k : end
      }
      k -= 1
    }
    return end
  }

  /// The `>` ending a start tag, skipping `>` inside quoted attribute values.
  private func tagEnd(from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes in
      var quote: UInt8 = 0
      for k in start..<bytes.count {
        let b = bytes[k]
        if quote != 0 {
          if b == quote { quote = 0 }
        } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
          quote = b
        } else if b == UInt8(ascii: ">") {
          return k
        }
      }
      return nil
    }
  }

  private func find(_ byte: UInt8, from start: Int) -> Int? {
    guard start < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { bytes -> Int? in
      guard let base = bytes.baseAddress,
        let hit = memchr(base + start, Int32(byte), bytes.count - start)
      else { return nil }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }
  }

  private func find(_ pattern: [UInt8], from start: Int) -> Int? {
    guard let first = pattern.first else { return start }
    var k = start
    while let hit = find(first, from: k) {
      if hit + pattern.count > buffer.count { return nil }
      if buffer[hit..<(hit + pattern.count)].elementsEqual(pattern) { return hit }
      k = hit + 1
    }
    return nil
  }

  // MARK: - Positions

  /// The position of buffer index `index`, counting newlines forward from the last one asked.
  private mutating func position(at index: Int) -> XMLPosition {
    if index > countedIndex {
      countedLine += newlines(in: countedIndex..<index)
      countedIndex = index
    }
    return XMLPosition(line: countedLine, byteOffset: baseOffset + index)
  }

  private func newlines(in range: Range<Int>) -> Int {
    buffer.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return 0 }
      var count = 0
      var k = range.lowerBound
      while k < range.upperBound, let hit = memchr(base + k, 0x0A, range.upperBound - k) {
        count += 1
        k = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
      }
      return count
    }
  }

  /// Forgets the first `count` bytes of the buffer, keeping positions right.
  private mutating func drop(_ count: Int) {
    guard count > 0 else { return }
    _ = position(at: count)
    buffer.removeFirst(count)
    baseOffset += count
    countedIndex = 0
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  static func isNameStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ":") || byte >= 0x80
  }
}
