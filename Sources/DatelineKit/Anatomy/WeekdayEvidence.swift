/// Weekdays a lead paragraph ties to the dateline's day: "said on Monday", "Monday's talks".
enum WeekdayEvidence {
  static func weekdays(in lead: String, skipping skip: Int) -> [(weekday: Weekday, weight: Int)] {
    var found: [(Weekday, Int)] = []
    let words = String(lead.unicodeScalars.dropFirst(skip)).split(whereSeparator: { !$0.isLetter })
    for (index, word) in words.enumerated() {
      guard word.first?.isUppercase == true, let weekday = WeekdayNames.weekday(word) else { continue }
      // "last Monday", "next Friday" point away from the day of filing.
      if index > 0,
        ["last", "next", "previous", "coming", "following"].contains(words[index - 1].lowercased())
      {
        continue
      }
      found.append((weekday, found.isEmpty ? 2 : 1))
    }
    return found
  }
}
