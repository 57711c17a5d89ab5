extension TimeMLDocument {
  /// A TimeML document for a text of our own, with its DCT: the form `dateline export --format
  /// timeml` writes an article in, and the TempEval-3 tools read.
  ///
  /// The header names the document (`<DOCID>`) and, when the creation day is known, gives it as
  /// the TIMEX3 `t0` with `functionInDocument="CREATION_TIME"`, as TimeBank does.
  ///
  /// ```swift
  /// let document = TimeMLDocument(text: article.text, creationTime: article.published, id: article.id)
  /// let tml = document.written(with: article.times)
  /// ```
  public init(text: String, creationTime: CalendarDate?, id: String) {
    var header =
      "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n\n"
    header += "<DOCID>" + Self.escaped(id) + "</DOCID>\n\n"
    if let day = creationTime {
      header += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(day.iso)\" temporalFunction=\"false\" "
      header += "functionInDocument=\"CREATION_TIME\">\(day.iso)</TIMEX3></DCT>\n\n"
    }
    self.header = header
    self.text = text
    self.creationTime = creationTime
    self.times = []
  }

  /// Text with `&`, `<`, `>` and `"` escaped, for the header.
  static func escaped(_ text: String) -> String {
    var out = ""
    for c in text.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
