/// What the tagger knows about one token, hashed from its UTF-8 bytes once per token.
///
/// Every string feature is a 64-bit FNV-1a hash, so feature extraction allocates nothing.
struct WordTraits {
  struct Flags: OptionSet {
    let rawValue: UInt16
    static let capitalized = Flags(rawValue: 1)
    static let allCaps = Flags(rawValue: 2)
    static let lower = Flags(rawValue: 4)
    static let digit = Flags(rawValue: 8)
    static let hyphen = Flags(rawValue: 16)
    static let period = Flags(rawValue: 32)
    static let letters = Flags(rawValue: 64)
    static let nonASCII = Flags(rawValue: 128)
  }

  var word: UInt64 = 0
  var lower: UInt64 = 0
  var shape: UInt64 = 0
  var prefix1: UInt64 = 0
  var prefix2: UInt64 = 0
  var prefix3: UInt64 = 0
  var suffix1: UInt64 = 0
  var suffix2: UInt64 = 0
  var suffix3: UInt64 = 0
  var suffix4: UInt64 = 0
  var flags: Flags = []
  var length: Int = 0

  static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let fnvPrime: UInt64 = 0x100_0000_01b3

  @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

  init() {}

  init(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
    var word = Self.fnvBasis
    var lower = Self.fnvBasis
    var shape = Self.fnvBasis
    var lastShape: UInt8 = 0
    var flags: Flags = []
    var upperCount = 0
    var lowerCount = 0
    for i in start..<end {
      let b = text[i]
      word = (word ^ UInt64(b)) &* Self.fnvPrime
      lower = (lower ^ UInt64(Self.fold(b))) &* Self.fnvPrime
      let s: UInt8
      if b &- 0x41 < 26 {
        s = 0x58  // X
        upperCount += 1
      } else if b &- 0x61 < 26 {
        s = 0x78  // x
        lowerCount += 1
      } else if b &- 0x30 < 10 {
        s = 0x64  // d
        flags.insert(.digit)
      } else if b >= 0xC3 && b <= 0xC9 {
        s = 0x78  // Latin letters with diacritics shape like ASCII ones ("Erdoğan" is Xx)
        flags.insert(.nonASCII)
        lowerCount += 1
      } else if b >= 0xC0 {
        s = 0x75  // u: another non-ASCII scalar
        flags.insert(.nonASCII)
        lowerCount += 1
      } else if b >= 0x80 {
        continue
      } else {
        s = b
        if b == 0x2D { flags.insert(.hyphen) }
        if b == 0x2E { flags.insert(.period) }
      }
      if s != lastShape {
        shape = (shape ^ UInt64(s)) &* Self.fnvPrime
        lastShape = s
      }
    }
    let first = text[start]
    if first &- 0x41 < 26 {
      flags.insert(.capitalized)
    } else if first >= 0xC0 {
      let (scalar, _) = Tokenizer.decode(text, at: start)
      if let s = Unicode.Scalar(scalar), s.properties.isUppercase {
        flags.insert(.capitalized)
        lowerCount -= 1
        upperCount += 1
      }
    }
    if upperCount + lowerCount > 0 { flags.insert(.letters) }
    if upperCount > 0 && lowerCount == 0 { flags.insert(.allCaps) }
    if upperCount == 0 && lowerCount > 0 { flags.insert(.lower) }
    self.word = word
    self.lower = lower
    self.shape = shape
    self.flags = flags
    self.length = end - start
    // Affixes of the folded bytes (a few bytes suffice: English inflections and name endings).
    var h = Self.fnvBasis
    for k in 0..<3 {
      guard start + k < end else { break }
      h = (h ^ UInt64(Self.fold(text[start + k]))) &* Self.fnvPrime
      if k == 0 { prefix1 = h } else if k == 1 { prefix2 = h } else { prefix3 = h }
    }
    h = Self.fnvBasis
    for k in 0..<4 {
      guard end - 1 - k >= start else { break }
      h = (h ^ UInt64(Self.fold(text[end - 1 - k]))) &* Self.fnvPrime
      switch k {
      case 0: suffix1 = h
      case 1: suffix2 = h
      case 2: suffix3 = h
      default: suffix4 = h
      }
    }
  }

  /// The folded hash of a string, as `lower` would be for a token with these bytes.
  static func lowerHash(_ string: some StringProtocol) -> UInt64 {
    var h = fnvBasis
    for b in string.utf8 { h = (h ^ UInt64(fold(b))) &* fnvPrime }
    return h
  }
}
