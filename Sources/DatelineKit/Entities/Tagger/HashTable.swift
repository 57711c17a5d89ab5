/// A read-mostly map from 64-bit hashes to 32-bit values with open addressing.
///
/// The keys are already hashes, so a multiply and a shift place them; Swift's `Dictionary`
/// would hash them again with SipHash, which costs more than the rest of a lookup here.
struct HashTable: Sendable {
  private var keys: [UInt64]
  private var values: [UInt32]
  private var shift: UInt64
  private(set) var count = 0

  init(capacity: Int = 16) {
    var bits = 4
    while (1 << bits) < capacity * 2 { bits += 1 }
    keys = [UInt64](repeating: 0, count: 1 << bits)
    values = [UInt32](repeating: 0, count: 1 << bits)
    shift = UInt64(64 - bits)
  }

  /// 0 marks an empty slot, so the keys 0 and 1 are one key (harmless for hashes).
  @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  subscript(key: UInt64) -> UInt32? {
    get {
      let key = Self.stored(key)
      let mask = keys.count - 1
      var i = slot(key)
      while true {
        let k = keys[i]
        if k == key { return values[i] }
        if k == 0 { return nil }
        i = (i + 1) & mask
      }
    }
    set {
      guard let newValue else { return }
      if (count + 1) * 2 > keys.count { grow() }
      let key = Self.stored(key)
      let mask = keys.count - 1
      var i = slot(key)
      while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
      if keys[i] == 0 { count += 1 }
      keys[i] = key
      values[i] = newValue
    }
  }

  private mutating func grow() {
    var bigger = HashTable(capacity: keys.count)
    for (k, v) in zip(keys, values) where k != 0 { bigger[k] = v }
    self = bigger
  }
}
