extension Article {
  /// A readable summary for people (`--format text`).
  public var summary: String {
    var lines: [String] = []
    lines.append("== \(headline ?? "(no headline)")  [\(id)]")
    if let standfirst { lines.append("   \(standfirst)") }
    if let dateline {
      var place = dateline.place
      if let region = dateline.region { place += ", \(region)" }
      if let country = dateline.country { place += " (\(country))" }
      var when = dateline.date?.iso ?? ""
      if dateline.yearInferred { when += " (year inferred)" }
      lines.append(
        "   dateline: \"\(dateline.text)\" → \(place)\(when.isEmpty ? "" : ", " + when)\(dateline.agency.map { ", " + $0 } ?? "")"
      )
    }
    var facts: [String] = []
    if let published { facts.append("published \(published.iso)") }
    if let agency = source.agency { facts.append("agency \(agency)") }
    if let outlet = source.outlet { facts.append("outlet \(outlet)") }
    if let author { facts.append("by \(author)") }
    facts.append("\(paragraphs.count) paragraphs, \(sentences.count) sentences")
    lines.append("   " + facts.joined(separator: "; "))
    if !times.isEmpty {
      lines.append("   times: " + times.prefix(8).map { "\($0.text) → \($0.value)" }.joined(separator: "; "))
    }
    let scalars = Array(text.unicodeScalars)
    for (index, sentence) in sentences.prefix(3).enumerated() {
      let s = String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
      lines.append("   \(index + 1). \(s)")
    }
    if sentences.count > 3 { lines.append("   …") }
    if !entities.isEmpty {
      let names = entities.prefix(12).map {
        "\($0.name) (\($0.kind.rawValue)\($0.code.map { " " + $0 } ?? ""))"
      }
      lines.append("   entities: " + names.joined(separator: ", ") + (entities.count > 12 ? ", …" : ""))
    }
    for quote in quotes.prefix(4) {
      let words = String(String.UnicodeScalarView(scalars[quote.range.start..<quote.range.end]))
      let said = words.unicodeScalars.count > 70 ? String(words.prefix(70)) + "…" : words
      var line = "   quote (\(quote.kind.rawValue)): \(quote.speakerName ?? "?")"
      if let cue = quote.cue { line += " [\(cue)]" }
      if let channel = quote.channel { line += " (\(channel))" }
      lines.append(line + ": " + said)
    }
    if quotes.count > 4 { lines.append("   … \(quotes.count - 4) more quotes") }
    for event in events.prefix(4) {
      var line = "   event \(event.code): \(event.source.name) (\(event.source.code))"
      if let target = event.target { line += " → \(target.name) (\(target.code))" }
      if let date = event.date { line += ", \(date)" }
      if let location = event.location { line += ", \(location)" }
      lines.append(line)
    }
    if events.count > 4 { lines.append("   … \(events.count - 4) more events") }
    return lines.joined(separator: "\n")
  }
}
