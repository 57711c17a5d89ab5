import Testing

@testable import DatelineKit

@Suite struct ByteChecksTests {
  @Test func validUTF8HasNoInvalidByte() {
    #expect(ByteChecks.firstInvalidUTF8(Array("Nur-Sultan — Астана, 1 €".utf8)) == nil)
  }

  @Test func invalidByteIsNamedWithLine() throws {
    let bytes: [UInt8] = Array("line one\nline two \u{00E9}".utf8.dropLast()) + [0x41]
    let bad = try #require(ByteChecks.firstInvalidUTF8(bytes))
    #expect(bad.line == 2)
    #expect(bad.byteOffset == 18)
  }

  @Test func overlongAndSurrogatesAreInvalid() {
    #expect(ByteChecks.firstInvalidUTF8([0xC0, 0xAF]) != nil)
    #expect(ByteChecks.firstInvalidUTF8([0xED, 0xA0, 0x80]) != nil)
    #expect(ByteChecks.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80]) != nil)
  }

  @Test func binaryIsDetected() {
    #expect(ByteChecks.looksBinary([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]))
    #expect(!ByteChecks.looksBinary(Array("MOSCOW, March 3. /TASS/. Text.\n".utf8)))
  }
}
