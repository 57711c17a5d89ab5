import Foundation

/// Reads plain-text wire copy, as pasted from a news site or a wire feed, into a ``Draft``.
///
/// Each paragraph becomes a block. Paragraphs are lines, or blank-line-separated chunks whose
/// lines are hard-wrapped (as in Reuters-21578 or e-mail copy), where an indented line also
/// starts a new paragraph. Navigation residue is left for the anatomy stage, which sees the
/// whole story.
///
/// ```swift
/// let draft = try PlainTextReader.draft(bytes: Array("BRUSSELS (Reuters) - The EU …".utf8), input: "-")
/// ```
public enum PlainTextReader {
  /// Reads UTF-8 text (a UTF-8 BOM is skipped).
  ///
  /// - Throws: ``InputError`` for binary data, invalid UTF-8 (with line and byte) or no text.
  public static func draft(bytes: [UInt8], input: String) throws -> Draft {
    if ByteChecks.looksBinary(bytes) {
      throw InputError(.binaryData, "binary data, not text", input: input)
    }
    if let bad = ByteChecks.firstInvalidUTF8(bytes) {
      throw InputError(
        .invalidEncoding, String(format: "invalid UTF-8 (byte 0x%02X)", bytes[bad.byteOffset]), input: input,
        line: bad.line, byteOffset: bad.byteOffset)
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    let blocks = blocks(from: text)
    if blocks.isEmpty { throw InputError(.empty, "no text in the input", input: input) }
    return Draft(input: input, format: .text, blocks: blocks)
  }

  /// Splits text into paragraph blocks with whitespace collapsed.
  public static func blocks(from text: String) -> [Draft.Block] {
    var blocks: [Draft.Block] = []
    var chunk: [Substring] = []
    func flushChunk() {
      defer { chunk.removeAll(keepingCapacity: true) }
      guard !chunk.isEmpty else { return }
      if isHardWrapped(chunk) {
        var paragraph = ""
        for line in chunk {
          if !paragraph.isEmpty && startsIndented(line) {
            blocks.append(Draft.Block(Whitespace.joinedWords(paragraph)))
            paragraph = ""
          }
          paragraph += paragraph.isEmpty ? String(line) : " " + line
        }
        if !paragraph.isEmpty { blocks.append(Draft.Block(Whitespace.joinedWords(paragraph))) }
      } else {
        for line in chunk {
          let collapsed = Whitespace.joinedWords(line)
          if !collapsed.isEmpty { blocks.append(Draft.Block(collapsed)) }
        }
      }
    }
    // Lines end at LF, CR or CRLF; scanned by scalar, as `Character` loops cost 50x here.
    let scalars = text.unicodeScalars
    var lineStart = scalars.startIndex
    var blank = true
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "\n" || scalar == "\r" {
        if blank { flushChunk() } else { chunk.append(Substring(scalars[lineStart..<index])) }
        index = scalars.index(after: index)
        if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
          index = scalars.index(after: index)
        }
        lineStart = index
        blank = true
      } else {
        if blank, !Whitespace.isSpace(scalar) { blank = false }
        index = scalars.index(after: index)
      }
    }
    if blank { flushChunk() } else { chunk.append(Substring(scalars[lineStart..<index])) }
    flushChunk()
    return blocks
  }

  /// Whether the lines of a chunk are one or more paragraphs wrapped at a fixed width.
  ///
  /// Wrapped copy has most lines (all but the last of each paragraph) long and of similar
  /// length, and lines that continue a sentence start with a lower-case letter or a digit often.
  static func isHardWrapped(_ lines: [Substring]) -> Bool {
    guard lines.count >= 3 else {
      // Two lines: wrapped when the first is long and the second continues it in lower case.
      guard lines.count == 2, lines[0].unicodeScalars.count >= 50,
        let first = lines[1].unicodeScalars.first(where: { !Whitespace.isSpace($0) })
      else { return false }
      return first.properties.isLowercase
    }
    let lengths = lines.map { $0.unicodeScalars.count }
    let longest = lengths.max() ?? 0
    guard longest <= 100, longest >= 40 else { return false }
    let nearFull = lengths.filter { $0 * 10 >= longest * 6 }.count
    return nearFull * 10 >= lines.count * 6
  }

  static func startsIndented(_ line: Substring) -> Bool {
    line.hasPrefix("  ") || line.hasPrefix("\t")
  }
}
