/// English month names and the abbreviations news agencies write.
enum MonthNames {
  /// The month number (1-12) for a name or abbreviation, with or without a final period,
  /// in any case: "January", "Jan", "Jan.", "JAN", "Sept."
  static func month(_ word: some StringProtocol) -> Int? {
    var key = word.lowercased()
    if key.hasSuffix(".") { key.removeLast() }
    return table[key]
  }

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
