/// Finds and reads the dateline at the start of a paragraph.
///
/// Understands the agency styles users meet: TASS `NUR-SULTAN, January 10. /TASS/.`, Reuters
/// `BRUSSELS (Reuters) -` and `SALVADOR, Feb 26 -`, AP `NAIROBI, Kenya (AP) —`, AFP
/// `Dakar (AFP) -`, Xinhua `BEIJING, March 28 (Xinhua) --`, UPI `WASHINGTON, Jan. 10 (UPI) --`,
/// dpa `Berlin (dpa) -`, Anadolu `ANKARA (AA) -`, Interfax `MOSCOW. Jan 10 (Interfax) -`, Kyodo
/// `TOKYO, Jan. 10 Kyodo -`, PTI/IANS `New Delhi, Jan 10 (PTI)`.
///
/// A paragraph opens with a dateline when a place is followed by an agency mark, or by a date
/// and a dash (or nothing else). A place alone, or a place and a date running into a sentence,
/// is not a dateline.
///
/// ```swift
/// let match = DatelineParser().parse("BRUSSELS (Reuters) - The European Union said …")
/// match?.dateline.agency   // "Reuters"
/// match?.length            // 20: the body starts after it
/// ```
public struct DatelineParser: Sendable {
  /// A dateline found at the start of a paragraph.
  public struct Match: Sendable, Hashable {
    public var dateline: Dateline
    /// The dateline's length in Unicode scalars from the paragraph's start.
    public var length: Int
  }

  let lexicon: PlaceLexicon

  public init(lexicon: PlaceLexicon = .shared) {
    self.lexicon = lexicon
  }

  /// Reads the dateline opening `paragraph`, if there is one.
  public func parse(_ paragraph: String) -> Match? {
    // A dateline opens with a place's letter or a wire marker.
    guard let first = paragraph.unicodeScalars.first, first == "*" || first.properties.isAlphabetic else {
      return nil
    }
    let scalars = Array(paragraph.unicodeScalars.prefix(240))
    let tokens = DatelineLexer.tokens(scalars)
    guard !tokens.isEmpty else { return nil }
    var cursor = Cursor(tokens: tokens)
    // Wire markers before the place: `****LONDON`.
    while case .punctuation("*") = cursor.peek?.kind { cursor.index += 1 }
    guard let place = readPlace(&cursor) else { return nil }
    var region: [DatelineLexer.Token] = []
    var date: (month: Int, day: Int?, year: Int?)?
    var agency: String?
    var dash = false
    var regions = 0
    // A date straight after the place, with no comma, only counts with a dash or an agency:
    // `ROTTERDAM PORT SUBSIDY TO END JULY 1` is a headline.
    var dateFollowsPunctuation = false
    var end = place.last!.end

    parts: while let token = cursor.peek {
      switch token.kind {
      case .punctuation(","), .punctuation("."):
        if date == nil, let parsed = readDate(&cursor, from: cursor.index + 1) {
          date = parsed.date
          end = parsed.end
          dateFollowsPunctuation = true
          if case .punctuation(".") = cursor.peek?.kind, agency == nil {
            end = cursor.peek!.end
            cursor.index += 1
          }
        } else if case .punctuation(",") = token.kind, case .dash = cursor.token(at: cursor.index + 1)?.kind {
          cursor.index += 1
        } else if case .punctuation(",") = token.kind, agency == nil, date != nil,
          let word = cursor.token(at: cursor.index + 1), let name = Agencies.canonicalName(word.text)
        {
          // `WASHINGTON, March 12, Reuter -`
          agency = name
          end = word.end
          cursor.index += 2
        } else if case .punctuation(",") = token.kind, regions < 2, date == nil, agency == nil,
          let words = readRegion(&cursor, from: cursor.index + 1)
        {
          // `HAILEY, Idaho, Calif.`, `GEORGETOWN, Grand Cayman, British West Indies`: the first
          // region the lexicon knows describes the place.
          if region.isEmpty || !isKnownRegion(region) { region = words }
          regions += 1
          end = words.last!.end
        } else {
          break parts
        }
      case .punctuation("("):
        guard agency == nil, let found = readBracketed(&cursor, open: "(", close: ")") else { break parts }
        agency = found.name
        end = found.end
      case .punctuation("/"):
        guard agency == nil, let found = readBracketed(&cursor, open: "/", close: "/") else { break parts }
        agency = found.name
        end = found.end
        if case .punctuation(".") = cursor.peek?.kind {
          end = cursor.peek!.end
          cursor.index += 1
        }
      case .dash:
        dash = true
        end = token.end
        cursor.index += 1
        break parts
      case .word:
        if date == nil, regions == 0, agency == nil, let words = readRegion(&cursor, from: cursor.index),
          words.count == 1, words[0].text.hasSuffix("."), isKnownRegion(words)
        {
          // `FARMINGTON Conn., March 9 -`: a state's abbreviation without the comma.
          region = words
          regions = 1
          end = words[0].end
        } else if date == nil, let parsed = readDate(&cursor, from: cursor.index) {
          date = parsed.date
          end = parsed.end
        } else if agency == nil, let name = Agencies.canonicalName(token.text), date != nil {
          // Kyodo writes its name bare: `TOKYO, Jan. 10 Kyodo -`.
          agency = name
          end = token.end
          cursor.index += 1
        } else {
          break parts
        }
      default:
        break parts
      }
    }

    let placeText = String(String.UnicodeScalarView(scalars[place.first!.start..<place.last!.end]))
    // Long places must be known ones: `ROTTERDAM PORT SUBSIDY TO END` is a headline.
    if place.count > 3, lexicon.place(named: placeText) == nil { return nil }
    let atEnd =
      cursor.peek == nil && tokens.count < DatelineLexer.maximumTokens
      && scalars.count == paragraph.unicodeScalars.count
    let knownAgency = agency.map { Agencies.canonicalName($0) != nil } ?? false
    let knownRegion = isKnownRegion(region)
    guard
      knownAgency || (agency != nil && dash) || (date != nil && (dash || (atEnd && dateFollowsPunctuation)))
        || (knownRegion && dash)
        || (dash && place.allSatisfy(\.isAllCaps) && lexicon.place(named: placeText) != nil)
    else { return nil }
    let text = String(String.UnicodeScalarView(scalars[place.first!.start..<end]))
    var dateline = describe(written: placeText, region: region)
    dateline.text = text
    dateline.month = date?.month
    dateline.day = date?.day
    dateline.year = date?.year
    dateline.agency = agency
    // Whitespace after the dateline belongs to neither it nor the body.
    var length = end
    while length < scalars.count, scalars[length].properties.isWhitespace { length += 1 }
    return Match(dateline: dateline, length: length)
  }

  // MARK: Parts

  struct Cursor {
    var tokens: [DatelineLexer.Token]
    var index = 0
    var peek: DatelineLexer.Token? { index < tokens.count ? tokens[index] : nil }
    func token(at i: Int) -> DatelineLexer.Token? { i < tokens.count ? tokens[i] : nil }
  }

  /// One to six capitalised words: `NUR-SULTAN`, `Rio de Janeiro`, `ST. PETERSBURG`.
  private func readPlace(_ cursor: inout Cursor) -> [DatelineLexer.Token]? {
    var words: [DatelineLexer.Token] = []
    while let token = cursor.peek, words.count < 6 {
      if case .word = token.kind {
        if MonthNames.month(token.text) != nil, case .number = cursor.token(at: cursor.index + 1)?.kind,
          !words.isEmpty
        {
          break
        }
        let capitalised =
          token.text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
          || (words.isEmpty && startsKnownPlace(cursor))
        let particle = !words.isEmpty && Self.particles.contains(token.text.lowercased())
        let continuesKnownPlace =
          !words.isEmpty && !capitalised && !Self.particles.contains(token.text.lowercased())
          && !lexicon.places(named: words.map(\.text).joined(separator: " ") + " " + token.text).isEmpty
        guard capitalised || particle || continuesKnownPlace else { break }
        if !words.isEmpty, Agencies.canonicalName(token.text) != nil,
          !token.isAllCaps || words.last!.isAllCaps == false
        {
          break
        }
        // `HARTFORD Conn., March 9 -`: a state's abbreviation after a place in capitals.
        if !words.isEmpty, !token.isAllCaps, words.allSatisfy(\.isAllCaps),
          case .punctuation(".") = cursor.token(at: cursor.index + 1)?.kind,
          lexicon.place(named: token.text + ".")?.kind == .region
        {
          break
        }
        words.append(token)
        cursor.index += 1
      } else if case .punctuation(".") = token.kind, let last = words.last, !token.spaceBefore,
        Self.placeAbbreviations.contains(last.text.lowercased())
      {
        words[words.count - 1].end = token.end
        cursor.index += 1
      } else {
        break
      }
    }
    guard let last = words.last, !Self.particles.contains(last.text.lowercased()) else { return nil }
    // A place is written in capitals (wire style) or in title case; a sentence's first words are not.
    let allCaps = words.allSatisfy { $0.isAllCaps || Self.particles.contains($0.text.lowercased()) }
    if !allCaps && words.count > 4 { return nil }
    return words
  }

  /// Whether lower-case words at the cursor name a known place followed by a comma
  /// (`indianapolis, april 7 -`, as hurried wire copy has it).
  private func startsKnownPlace(_ cursor: Cursor) -> Bool {
    var name = ""
    var i = cursor.index
    while let token = cursor.token(at: i), case .word = token.kind, i - cursor.index < 3 {
      name += (name.isEmpty ? "" : " ") + token.text
      i += 1
      if case .punctuation(",") = cursor.token(at: i)?.kind {
        // A small town needs a date after the comma to be told from a sentence's first words.
        let dated =
          cursor.token(at: i + 1).flatMap { MonthNames.lenientMonth($0.text) } != nil
          && cursor.token(at: i + 2).map { if case .number = $0.kind { true } else { false } } == true
        return lexicon.places(named: name).contains { $0.kind == .city && ($0.population >= 50_000 || dated) }
      }
    }
    return false
  }

  /// Whether the words name a country or region the lexicon knows (not a city).
  private func isKnownRegion(_ words: [DatelineLexer.Token]) -> Bool {
    guard !words.isEmpty else { return false }
    return lexicon.place(named: words.map(\.text).joined(separator: " ")).map { $0.kind != .city } ?? false
  }

  /// `Kenya`, `Ore.`, `N.Y.`, `D.C.`, `British Columbia`, `the Netherlands` after a comma, when a
  /// date, agency or dash follows.
  private func readRegion(_ cursor: inout Cursor, from start: Int) -> [DatelineLexer.Token]? {
    var i = start
    var words: [DatelineLexer.Token] = []
    // `the Netherlands`: the article is not part of the name.
    if let first = cursor.token(at: i), first.text == "the",
      cursor.token(at: i + 1)?.text.unicodeScalars.first?.properties.isUppercase == true
    {
      i += 1
    }
    while let token = cursor.token(at: i), case .word = token.kind, words.count < 3 {
      // `Puerto rico`: a lower-case word may finish a name the lexicon knows.
      let continuesKnown =
        !words.isEmpty && !lexicon.places(named: (words + [token]).map(\.text).joined(separator: " ")).isEmpty
      guard token.text.unicodeScalars.first?.properties.isUppercase == true || continuesKnown,
        MonthNames.month(token.text) == nil
          || cursor.token(at: i + 1).map({ if case .number = $0.kind { false } else { true } }) ?? true
      else { break }
      var word = token
      if case .punctuation(".") = cursor.token(at: i + 1)?.kind, cursor.token(at: i + 1)!.spaceBefore == false
      {
        word.end = cursor.token(at: i + 1)!.end
        word.text += "."
        i += 1
      }
      words.append(word)
      i += 1
    }
    guard !words.isEmpty, let next = cursor.token(at: i) else { return nil }
    switch next.kind {
    case .punctuation(","), .punctuation("("), .punctuation("/"), .dash: break
    case .word where MonthNames.month(next.text) != nil: break  // `ANGLETON, Tex. March 3 -`
    default: return nil
    }
    cursor.index = i
    return words
  }

  /// `January 10`, `Jan. 10`, `Feb 26, 1987`, `10 January 2022`, starting at token `start`.
  private func readDate(_ cursor: inout Cursor, from start: Int) -> (
    date: (month: Int, day: Int?, year: Int?), end: Int
  )? {
    guard let first = cursor.token(at: start) else { return nil }
    var i = start
    var month: Int?
    var day: Int?
    if case .word = first.kind, let m = MonthNames.lenientMonth(first.text) {
      month = m
      i += 1
      if case .punctuation(".") = cursor.token(at: i)?.kind, cursor.token(at: i)!.spaceBefore == false {
        i += 1
      }
      // `April, 13`
      if case .punctuation(",") = cursor.token(at: i)?.kind, case .number = cursor.token(at: i + 1)?.kind {
        i += 1
      }
      if let number = cursor.token(at: i), case .number(let d) = number.kind, (1...31).contains(d),
        d <= CalendarDate.daysIn(month: m, year: 2000), Self.garbledDay(cursor, at: i, month: m) == nil
      {
        day = d
        i += 1
      } else if let end = Self.garbledDay(cursor, at: i, month: m) {
        // `March 187 -`, `March 2O -`, `April l -`: a typing slip in the day keeps the month.
        cursor.index = end
        return ((m, nil, nil), cursor.token(at: end - 1)!.end)
      } else {
        return nil
      }
    } else if case .number(let d) = first.kind, let word = cursor.token(at: i + 1), case .word = word.kind,
      let m = MonthNames.month(word.text)
    {
      day = d
      month = m
      i += 2
    } else {
      return nil
    }
    guard let month, let day, (1...31).contains(day), day <= CalendarDate.daysIn(month: month, year: 2000)
    else {
      return nil
    }
    var end = cursor.token(at: i - 1)!.end
    var year: Int?
    var j = i
    if case .punctuation(",") = cursor.token(at: j)?.kind { j += 1 }
    if let token = cursor.token(at: j), case .number(let y) = token.kind, (1800...2200).contains(y) {
      year = y
      end = token.end
      i = j + 1
    }
    cursor.index = i
    return ((month, day, year), end)
  }

  /// The index after a mistyped or impossible day (`187`, `2O`, `l`, `l7`, `February 30`) that a
  /// dash follows, if one is at `i`.
  private static func garbledDay(_ cursor: Cursor, at i: Int, month: Int) -> Int? {
    guard let token = cursor.token(at: i) else { return nil }
    var next = i + 1
    switch token.kind {
    case .number(let value):
      // `2O`: a letter for a digit, written against the number.
      if let letter = cursor.token(at: next), case .word = letter.kind, !letter.spaceBefore,
        letter.text.count <= 2
      {
        next += 1
      } else if value >= 1, value <= CalendarDate.daysIn(month: month, year: 2000) {
        return nil
      }
    case .word:
      let scalars = token.text.unicodeScalars
      guard scalars.count <= 3,
        scalars.allSatisfy({ $0.properties.numericType != nil || "lIO".unicodeScalars.contains($0) })
      else { return nil }
    default:
      return nil
    }
    guard case .dash = cursor.token(at: next)?.kind else { return nil }
    return next
  }

  /// `(Reuters)`, `/TASS/`: a known agency, or one to three capitalised words.
  private func readBracketed(_ cursor: inout Cursor, open: Character, close: Character) -> (
    name: String, end: Int
  )? {
    var i = cursor.index + 1
    var words: [String] = []
    while let token = cursor.token(at: i), words.count < 4 {
      if case .punctuation(close) = token.kind { break }
      guard case .word = token.kind else { return nil }
      words.append(token.text)
      i += 1
    }
    guard let closing = cursor.token(at: i), case .punctuation(close) = closing.kind, !words.isEmpty else {
      return nil
    }
    let written = words.joined(separator: " ")
    let name: String
    if let known = Agencies.canonicalName(written) {
      name = known
    } else if words.count <= 3, words.allSatisfy({ $0.unicodeScalars.first?.properties.isUppercase == true })
    {
      name = written
    } else {
      return nil
    }
    cursor.index = i + 1
    return (name, closing.end)
  }

  // MARK: Normalising

  private func describe(written: String, region: [DatelineLexer.Token]) -> Dateline {
    let regionText = region.map(\.text).joined(separator: " ")
    var country: String?
    var regionName: String?
    if !region.isEmpty, let found = lexicon.place(named: regionText), found.kind != .city {
      country = found.country
      regionName = found.name
    } else if !region.isEmpty {
      regionName = regionText
    }
    var place = PlaceName.normalCase(written)
    if let found = lexicon.place(named: written, in: country) {
      if country == nil || found.country == country {
        country = found.country
        place = found.spelling
      }
    }
    return Dateline(text: "", placeAsWritten: written, place: place, region: regionName, country: country)
  }

  static let particles: Set<String> = [
    "de", "da", "do", "dos", "das", "del", "la", "le", "el", "al", "es", "of", "on", "upon", "am", "an",
    "der", "sur", "en",
  ]
  static let placeAbbreviations: Set<String> = ["st", "ste", "ft", "mt", "pt", "sta", "sto", "s"]
}

/// The canonical names of news agencies, from the ways they are written in datelines.
enum Agencies {
  static func canonicalName(_ written: some StringProtocol) -> String? {
    names[written.lowercased()]
  }

  private static let names: [String: String] = [
    "reuters": "Reuters", "reuter": "Reuters", "ap": "AP", "associated press": "AP", "afp": "AFP",
    "xinhua": "Xinhua",
    "tass": "TASS", "itar-tass": "TASS", "upi": "UPI", "dpa": "dpa", "aa": "Anadolu", "anadolu": "Anadolu",
    "interfax": "Interfax", "kyodo": "Kyodo", "pti": "PTI", "ians": "IANS", "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik", "belta": "BelTA", "kazinform": "Kazinform", "yonhap": "Yonhap", "ansa": "ANSA",
    "efe": "EFE", "bernama": "Bernama", "kuna": "KUNA", "wam": "WAM", "irna": "IRNA", "sana": "SANA",
    "ukrinform": "Ukrinform", "unian": "UNIAN", "mti": "MTI", "pap": "PAP", "ctk": "ČTK", "bta": "BTA",
    "lusa": "Lusa", "apa": "APA", "trend": "Trend", "akipress": "AKIpress", "mena": "MENA", "qna": "QNA",
    "petra": "Petra", "ani": "ANI", "antara": "Antara", "pna": "PNA",
    "vna": "VNA", "cna": "CNA", "kcna": "KCNA", "jiji": "Jiji", "ap photo": "AP", "bloomberg": "Bloomberg",
    "ria": "RIA Novosti", "sapa": "SAPA", "aap": "AAP", "the canadian press": "CP", "anp": "ANP",
    "belga": "Belga", "apa-ots": "APA", "ntb": "NTB", "stt": "STT", "ritzau": "Ritzau",
    "hina": "HINA", "tanjug": "Tanjug", "agerpres": "Agerpres", "moldpres": "Moldpres",
    "armenpress": "Armenpress", "azertac": "AZERTAC", "gna": "GNA", "kabar": "Kabar", "uza": "UzA",
    "khovar": "Khovar", "montsame": "Montsame", "nna": "NNA", "wafa": "WAFA", "irib": "IRIB", "isna": "ISNA",
    "mehr": "Mehr", "tasnim": "Tasnim", "fars": "Fars", "agi": "AGI", "adnkronos": "Adnkronos",
  ]
}

/// Normal case for place names written in capitals.
enum PlaceName {
  /// `NUR-SULTAN` → `Nur-Sultan`, `RIO DE JANEIRO` → `Rio de Janeiro`, `ST. PETERSBURG` →
  /// `St. Petersburg`; names already in mixed case are kept.
  static func normalCase(_ written: String) -> String {
    let letters = written.unicodeScalars.filter { $0.properties.isAlphabetic }
    guard letters.allSatisfy({ !$0.properties.isLowercase }) else { return written }
    var result = ""
    var word = ""
    func flushWord() {
      guard !word.isEmpty else { return }
      let lower = word.lowercased()
      if !result.isEmpty, DatelineParser.particles.contains(lower), result.last == " " {
        result += lower
      } else {
        result += lower.prefix(1).uppercased() + lower.dropFirst()
      }
      word = ""
    }
    for scalar in written.unicodeScalars {
      if scalar.properties.isAlphabetic {
        word.unicodeScalars.append(scalar)
      } else {
        flushWord()
        result.unicodeScalars.append(scalar)
      }
    }
    flushWord()
    return result
  }
}
