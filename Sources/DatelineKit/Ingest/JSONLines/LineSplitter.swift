#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splits a byte stream, fed chunk by chunk, into lines, never holding more than one line.
///
/// A line longer than the limit is reported as soon as it passes the limit and its remaining
/// bytes are skipped unread into memory, so one huge line costs no more than a short one.
struct LineSplitter {
  /// What the splitter found.
  enum Event: Equatable {
    /// A line without its `\n` (or `\r\n`); `terminated` is false for a last line without newline.
    case line([UInt8], number: Int, byteOffset: Int, terminated: Bool)
    /// A line longer than the limit, which is skipped.
    case tooLong(number: Int, byteOffset: Int)
  }

  let maxLineBytes: Int
  private var partial: [UInt8] = []
  private var lineNumber = 1
  private var lineStart = 0
  /// The input offset of the next chunk's first byte.
  private var offset = 0
  private var skipping = false
  /// The most bytes held at once, for checking that memory stays bounded.
  private(set) var peakBufferedBytes = 0

  init(maxLineBytes: Int) {
    self.maxLineBytes = maxLineBytes
  }

  /// Takes the next chunk; returns the lines it completed.
  mutating func consume(_ chunk: [UInt8]) -> [Event] {
    var events: [Event] = []
    chunk.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return }
      var k = 0
      while k < bytes.count, let hit = memchr(base + k, 0x0A, bytes.count - k) {
        let newline = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        endLine(with: UnsafeBufferPointer(rebasing: bytes[k..<newline]), into: &events)
        lineNumber += 1
        lineStart = offset + newline + 1
        k = newline + 1
      }
      keep(UnsafeBufferPointer(rebasing: bytes[k...]), into: &events)
    }
    offset += chunk.count
    return events
  }

  /// Ends the input; returns a last line that has no newline.
  mutating func finish() -> [Event] {
    defer { partial = [] }
    guard !skipping, !partial.isEmpty else { return [] }
    return [.line(Self.trimmingReturn(partial), number: lineNumber, byteOffset: lineStart, terminated: false)]
  }

  private mutating func endLine(with tail: UnsafeBufferPointer<UInt8>, into events: inout [Event]) {
    defer {
      partial.removeAll(keepingCapacity: partial.count <= 1 << 16)
      skipping = false
    }
    if skipping { return }
    if partial.count + tail.count > maxLineBytes {
      events.append(.tooLong(number: lineNumber, byteOffset: lineStart))
      return
    }
    partial.append(contentsOf: tail)
    peakBufferedBytes = max(peakBufferedBytes, partial.count)
    events.append(
      .line(Self.trimmingReturn(partial), number: lineNumber, byteOffset: lineStart, terminated: true))
  }

  /// Holds the start of an unfinished line, or starts skipping it once it is too long.
  private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>, into events: inout [Event]) {
    guard !skipping, !bytes.isEmpty else { return }
    if partial.count + bytes.count > maxLineBytes {
      events.append(.tooLong(number: lineNumber, byteOffset: lineStart))
      partial = []
      skipping = true
      return
    }
    partial.append(contentsOf: bytes)
    peakBufferedBytes = max(peakBufferedBytes, partial.count)
  }

  private static func trimmingReturn(_ line: [UInt8]) -> [UInt8] {
    line.last == 0x0D ? Array(line.dropLast()) : line
  }
}
