import Testing

@testable import DatelineKit

@Suite struct HashTableTests {
  @Test func storesFindsAndGrows() {
    var table = HashTable(capacity: 2)
    var reference: [UInt64: UInt32] = [:]
    var x: UInt64 = 0x1234_5678
    for i in 0..<5000 {
      x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let key = i % 7 == 0 ? x >> 40 : x  // some small keys share high bits
      table[key] = UInt32(i)
      reference[key] = UInt32(i)
    }
    table[0] = 99
    reference[0] = 99
    #expect(table.count == reference.count)
    for (key, value) in reference { #expect(table[key] == value) }
    #expect(table[0xDEAD_BEEF_0000_0001] == nil)
  }
}
