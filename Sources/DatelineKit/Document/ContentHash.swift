/// A stable 64-bit FNV-1a hash of text, written as 16 hex digits: the id of a story whose input
/// named none, so the same text always gets the same id.
package enum ContentHash {
  package static func hex(_ text: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let digits = String(h, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
