/// English month names and the abbreviations news agencies write.
enum MonthNames {
  /// The month number (1-12) for a name or abbreviation, with or without a final period,
  /// in any case: "January", "Jan", "Jan.", "JAN", "Sept."
  static func month(_ word: some StringProtocol) -> Int? {
    var key = word.lowercased()
    if key.hasSuffix(".") { key.removeLast() }
    return table[key]
  }

  /// Like ``month(_:)``, also accepting the typing slips wire datelines carry (`Apri`,
  /// `Junee`, `Marchg`): the first three letters of a month and at most one letter more than its
  /// full name.
  ///
  /// Also one slip anywhere in a full name (`Narch`, `Mach`, `Macrh`, `Jne`, `Juen`) and the
  /// Spanish abbreviations Latin American bureaus keep (`ABR 7`). Callers ask only where a day
  /// number follows, which keeps words like `Marc` or `Many` from being read as months elsewhere.
  static func lenientMonth(_ word: some StringProtocol) -> Int? {
    if let month = month(word) { return month }
    let key = word.lowercased()
    if let month = spanish[key] { return month }
    if key.count >= 4, let month = table[String(key.prefix(3))], key.count <= fullNames[month - 1].count + 1 {
      return month
    }
    guard key.count >= 3, key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
    let typed = Array(key.utf8)
    for (index, name) in fullNames.enumerated() where isOneEditAway(typed, Array(name.utf8)) {
      // Three letters must keep the first one: `Jne` is June, `Nay` is no month.
      if typed.count == 3, typed[0] != name.utf8.first { continue }
      return index + 1
    }
    return nil
  }

  /// Whether `a` turns into `b` by one insertion, deletion, substitution or swap of neighbours.
  private static func isOneEditAway(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard abs(a.count - b.count) <= 1, a != b else { return false }
    var i = 0
    while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
    if a.count == b.count {
      if a[(i + 1)...] == b[(i + 1)...] { return true }
      return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
    }
    return a.count < b.count ? a[i...] == b[(i + 1)...] : a[(i + 1)...] == b[i...]
  }

  private static let spanish: [String: Int] = ["ene": 1, "abr": 4, "ago": 8, "dic": 12]

  private static let fullNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  private static let table: [String: Int] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    var table: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      table[name] = index + 1
      table[String(name.prefix(3))] = index + 1
    }
    table["sept"] = 9
    table["june"] = 6
    table["july"] = 7
    return table
  }()
}

/// English weekday names.
enum WeekdayNames {
  static func weekday(_ word: some StringProtocol) -> Weekday? {
    switch word.lowercased() {
    case "monday": .monday
    case "tuesday": .tuesday
    case "wednesday": .wednesday
    case "thursday": .thursday
    case "friday": .friday
    case "saturday": .saturday
    case "sunday": .sunday
    default: nil
    }
  }
}
