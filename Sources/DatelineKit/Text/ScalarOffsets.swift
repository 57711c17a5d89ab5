/// Converts UTF-8 byte offsets in a text to Unicode scalar offsets (what output reports).
///
/// ASCII text needs no table; otherwise a table of the scalar offset at each byte is built once.
struct ScalarOffsets {
  private var table: [Int32] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.contains(where: { $0 >= 0x80 }) else { return }
    table.reserveCapacity(bytes.count + 1)
    var scalar: Int32 = 0
    for byte in bytes {
      table.append(scalar)
      if byte & 0xC0 != 0x80 { scalar += 1 }
    }
    // A continuation byte maps to its scalar's start; the end maps past the last scalar.
    table.append(scalar)
    for i in table.indices.dropLast() where i > 0 && bytes[i] & 0xC0 == 0x80 { table[i] = table[i - 1] }
  }

  func scalarOffset(_ byte: Int) -> Int { table.isEmpty ? byte : Int(table[byte]) }
}
