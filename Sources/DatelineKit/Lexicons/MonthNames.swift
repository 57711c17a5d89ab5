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
  static func lenientMonth(_ word: some StringProtocol) -> Int? {
    if let month = month(word) { return month }
    let key = word.lowercased()
    guard key.count >= 4, let month = table[String(key.prefix(3))] else { return nil }
    return key.count <= fullNames[month - 1].count + 1 ? month : nil
  }

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
