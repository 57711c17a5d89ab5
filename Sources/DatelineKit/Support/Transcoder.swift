#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts bytes in some charset (Shift_JIS, KOI8-R, UTF-16, …) to UTF-8 with iconv, chunk by
/// chunk, holding back a character split between chunks; a whole page is one final chunk.
///
/// Invalid bytes become U+FFFD; the input offset of the first one is kept for an error report.
final class Transcoder {
  private let converter: iconv_t
  private var pending: [UInt8] = []
  /// The input offset of `pending[0]`.
  private var offset: Int
  /// The input offset of the first byte that was not valid in the charset.
  private(set) var firstInvalidOffset: Int?

  /// Opens a converter, or returns `nil` when iconv does not know `charset`.
  init?(charset: String, startOffset: Int) {
    let converter = iconv_open("UTF-8", charset)
    guard let converter, Int(bitPattern: converter) != -1 else { return nil }
    self.converter = converter
    self.offset = startOffset
  }

  deinit { iconv_close(converter) }

  /// Converts `bytes`, following those converted before; `final` flushes what is held back.
  func convert(_ bytes: [UInt8], final: Bool) -> [UInt8] {
    pending.append(contentsOf: bytes)
    guard !pending.isEmpty else { return [] }
    // UTF-8 needs at most 4 bytes per input byte, including the 3-byte U+FFFD for a bad byte.
    var output = [UInt8](repeating: 0, count: pending.count * 4 + 16)
    var used = (input: 0, output: 0)
    pending.withUnsafeMutableBufferPointer { input in
      output.withUnsafeMutableBufferPointer { out in
        used = run(input: input, output: out, final: final)
      }
    }
    output.removeSubrange(used.output...)
    pending.removeFirst(used.input)
    offset += used.input
    return output
  }

  /// Runs iconv over `input` until it is used up or holds only an incomplete character.
  private func run(
    input: UnsafeMutableBufferPointer<UInt8>, output: UnsafeMutableBufferPointer<UInt8>, final: Bool
  ) -> (input: Int, output: Int) {
    guard let inBase = input.baseAddress, let outBase = output.baseAddress else { return (0, 0) }
    var inIndex = 0
    var outIndex = 0
    while inIndex < input.count {
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + inIndex)
        .assumingMemoryBound(to: CChar.self)
      var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase + outIndex)
        .assumingMemoryBound(to: CChar.self)
      var inLeft = input.count - inIndex
      var outLeft = output.count - outIndex
      let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
      let failure = errno
      inIndex = input.count - inLeft
      outIndex = output.count - outLeft
      guard result == -1 else { break }
      if failure == EINVAL && !final { break }
      guard failure == EILSEQ || failure == EINVAL, output.count - outIndex >= 3 else { break }
      if firstInvalidOffset == nil { firstInvalidOffset = offset + inIndex }
      for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
        output[outIndex] = byte
        outIndex += 1
      }
      inIndex += 1
    }
    return (inIndex, outIndex)
  }
}
