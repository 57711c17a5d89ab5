extension Article {
  /// A readable summary for people (`--format text`).
  public var summary: String {
    var lines: [String] = []
    lines.append("== \(headline ?? "(no headline)")  [\(id)]")
    if let standfirst { lines.append("   \(standfirst)") }
    if let dateline {
      var where_ = dateline.place
      if let region = dateline.region { where_ += ", \(region)" }
      if let country = dateline.country { where_ += " (\(country))" }
      var when = dateline.date?.iso ?? ""
      if dateline.yearInferred { when += " (year inferred)" }
      lines.append("   dateline: \"\(dateline.text)\" → \(where_)\(when.isEmpty ? "" : ", " + when)\(dateline.agency.map { ", " + $0 } ?? "")")
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
      let names = entities.prefix(12).map { "\($0.name) (\($0.kind.rawValue)\($0.code.map { " " + $0 } ?? ""))" }
      lines.append("   entities: " + names.joined(separator: ", ") + (entities.count > 12 ? ", …" : ""))
    }
    return lines.joined(separator: "\n")
  }
}
