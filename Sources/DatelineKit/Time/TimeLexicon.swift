/// The words time rules look up, keyed by the hash of their lower-cased bytes (``Abbreviations/hash``),
/// so a token is classified with one dictionary probe and no string.
enum TimeLexicon {
  /// What a word is to the time rules.
  enum Class: UInt8 {
    case none
    /// `n` = 1…12.
    case month
    /// `n` = ISO weekday 1…7.
    case weekday
    /// `n` = ``TimeUnit`` raw value; `plural` tells `years` from `year`.
    case unit
    /// `n` = the number (`two` = 2, `a` = 1).
    case cardinal
    /// `n` = the position (`third` = 3).
    case ordinal
    /// `n` = ``PartOfDay`` raw value.
    case partOfDay
    /// `n` = ``Season`` raw value.
    case season
  }

  struct Entry: Sendable {
    var kind: Class
    var n: Int16
    var plural: Bool = false
  }

  static let entries: [UInt64: Entry] = {
    var table: [UInt64: Entry] = [:]
    func add(_ word: String, _ kind: Class, _ n: Int, plural: Bool = false) {
      table[hash(word)] = Entry(kind: kind, n: Int16(n), plural: plural)
    }
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    for (index, name) in months.enumerated() {
      add(name, .month, index + 1)
      if name.count > 3 { add(String(name.prefix(3)), .month, index + 1) }
    }
    add("sept", .month, 9)
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for (index, name) in weekdays.enumerated() { add(name, .weekday, index + 1) }
    for (name, unit) in TimeUnit.names {
      add(name, .unit, Int(unit.rawValue))
      add(name == "century" ? "centuries" : name + "s", .unit, Int(unit.rawValue), plural: true)
    }
    add("hrs", .unit, Int(TimeUnit.hour.rawValue), plural: true)
    add("yrs", .unit, Int(TimeUnit.year.rawValue), plural: true)
    add("mins", .unit, Int(TimeUnit.minute.rawValue), plural: true)
    let small = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    for (index, name) in small.enumerated() { add(name, .cardinal, index) }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (index, name) in tens.enumerated() { add(name, .cardinal, (index + 2) * 10) }
    add("hundred", .cardinal, 100)
    add("a", .cardinal, 1)
    add("an", .cardinal, 1)
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth",
      "twentieth",
    ]
    for (index, name) in ordinals.enumerated() { add(name, .ordinal, index + 1) }
    add("twenty-first", .ordinal, 21)
    for (name, part) in PartOfDay.names { add(name, .partOfDay, Int(part.rawValue)) }
    for (name, season) in Season.names { add(name, .season, Int(season.rawValue)) }
    return table
  }()

  static func hash(_ word: String) -> UInt64 {
    Array(word.utf8).withUnsafeBufferPointer { Abbreviations.hash($0, 0, $0.count) }
  }
}

/// Calendar units, finest first.
enum TimeUnit: UInt8, Comparable {
  case second = 1, minute, hour, day, weekend, week, fortnight, month, quarter, year, decade, century

  static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

  static let names: [(String, TimeUnit)] = [
    ("second", .second), ("minute", .minute), ("hour", .hour), ("day", .day), ("weekend", .weekend),
    ("week", .week), ("fortnight", .fortnight), ("month", .month), ("quarter", .quarter), ("year", .year),
    ("decade", .decade), ("century", .century), ("hr", .hour), ("yr", .year), ("min", .minute),
  ]

  /// The ISO 8601 duration of `n` units: `P3D`, `PT3H`, `PXY` when `n` is unknown.
  func duration(_ n: Int?) -> String {
    let count = n.map(String.init) ?? "X"
    switch self {
    case .second: return "PT\(count)S"
    case .minute: return "PT\(count)M"
    case .hour: return "PT\(count)H"
    case .day: return "P\(count)D"
    case .weekend: return n.map { "P\($0 * 2)D" } ?? "PXWE"
    case .week: return "P\(count)W"
    case .fortnight: return n.map { "P\($0 * 2)W" } ?? "PXW"
    case .month: return "P\(count)M"
    case .quarter: return "P\(count)Q"
    case .year: return "P\(count)Y"
    // Decades and centuries in years, as TimeBank writes them (`two decades` → P20Y).
    case .decade: return n.map { "P\($0 * 10)Y" } ?? "PXE"
    case .century: return n.map { "P\($0 * 100)Y" } ?? "PXC"
    }
  }

  /// The ISO 8601 duration of `n` units and a half, in the next finer unit as TimeBank writes it:
  /// `2 1/2 years` → `P2Y6M`, `5 1/2 hours` → `PT5H30M`; nil where no finer unit divides evenly.
  func duration(_ n: Int, andAHalf: Bool) -> String? {
    guard andAHalf else { return duration(n) }
    switch self {
    case .minute: return "PT\(n)M30S"
    case .hour: return "PT\(n)H30M"
    case .day: return "P\(n)DT12H"
    case .year: return "P\(n)Y6M"
    case .decade: return "P\(n * 10 + 5)Y"
    case .century: return "P\(n * 100 + 50)Y"
    case .second, .weekend, .week, .fortnight, .month, .quarter: return nil
    }
  }
}

/// TimeML's parts of the day.
enum PartOfDay: UInt8 {
  case morning = 1, afternoon, evening, night, midday, daytime

  static let names: [(String, PartOfDay)] = [
    ("morning", .morning), ("afternoon", .afternoon), ("evening", .evening), ("night", .night),
    ("overnight", .night), ("noon", .midday), ("midday", .midday), ("midnight", .night),
  ]

  var code: String {
    switch self {
    case .morning: "MO"
    case .afternoon: "AF"
    case .evening: "EV"
    case .night: "NI"
    case .midday: "MI"
    case .daytime: "DT"
    }
  }
}

/// TimeML's seasons.
enum Season: UInt8 {
  case spring = 1, summer, fall, winter

  static let names: [(String, Season)] = [
    ("spring", .spring), ("summer", .summer), ("fall", .fall), ("autumn", .fall), ("winter", .winter),
  ]

  var code: String {
    switch self {
    case .spring: "SP"
    case .summer: "SU"
    case .fall: "FA"
    case .winter: "WI"
    }
  }
}

/// Hashes of the function words rules test for.
enum W {
  static let the = TimeLexicon.hash("the")
  static let this = TimeLexicon.hash("this")
  static let that = TimeLexicon.hash("that")
  static let last = TimeLexicon.hash("last")
  static let next = TimeLexicon.hash("next")
  static let past = TimeLexicon.hash("past")
  static let previous = TimeLexicon.hash("previous")
  static let prior = TimeLexicon.hash("prior")
  static let following = TimeLexicon.hash("following")
  static let coming = TimeLexicon.hash("coming")
  static let current = TimeLexicon.hash("current")
  static let latest = TimeLexicon.hash("latest")
  static let first = TimeLexicon.hash("first")
  static let same = TimeLexicon.hash("same")
  static let ago = TimeLexicon.hash("ago")
  static let earlier = TimeLexicon.hash("earlier")
  static let later = TimeLexicon.hash("later")
  static let before = TimeLexicon.hash("before")
  static let after = TimeLexicon.hash("after")
  static let hence = TimeLexicon.hash("hence")
  static let from = TimeLexicon.hash("from")
  static let now = TimeLexicon.hash("now")
  static let of = TimeLexicon.hash("of")
  static let and = TimeLexicon.hash("and")
  static let or = TimeLexicon.hash("or")
  static let so = TimeLexicon.hash("so")
  static let since = TimeLexicon.hash("since")
  static let to = TimeLexicon.hash("to")
  static let at = TimeLexicon.hash("at")
  static let on = TimeLexicon.hash("on")
  static let `in` = TimeLexicon.hash("in")
  static let `for` = TimeLexicon.hash("for")
  static let a = TimeLexicon.hash("a")
  static let an = TimeLexicon.hash("an")
  static let per = TimeLexicon.hash("per")
  static let every = TimeLexicon.hash("every")
  static let each = TimeLexicon.hash("each")
  static let times = TimeLexicon.hash("times")
  static let once = TimeLexicon.hash("once")
  static let twice = TimeLexicon.hash("twice")
  static let today = TimeLexicon.hash("today")
  static let tonight = TimeLexicon.hash("tonight")
  static let yesterday = TimeLexicon.hash("yesterday")
  static let tomorrow = TimeLexicon.hash("tomorrow")
  static let day = TimeLexicon.hash("day")
  static let days = TimeLexicon.hash("days")
  static let fiscal = TimeLexicon.hash("fiscal")
  static let calendar = TimeLexicon.hash("calendar")
  static let year = TimeLexicon.hash("year")
  static let half = TimeLexicon.hash("half")
  static let quarter = TimeLexicon.hash("quarter")
  static let period = TimeLexicon.hash("period")
  static let century = TimeLexicon.hash("century")
  static let several = TimeLexicon.hash("several")
  static let few = TimeLexicon.hash("few")
  static let many = TimeLexicon.hash("many")
  static let couple = TimeLexicon.hash("couple")
  static let some = TimeLexicon.hash("some")
  static let recent = TimeLexicon.hash("recent")
  static let trading = TimeLexicon.hash("trading")
  static let business = TimeLexicon.hash("business")
  static let working = TimeLexicon.hash("working")
  static let pm = TimeLexicon.hash("p.m")
  static let am = TimeLexicon.hash("a.m")
  static let pmShort = TimeLexicon.hash("pm")
  static let amShort = TimeLexicon.hash("am")
  static let oclock = TimeLexicon.hash("o'clock")
  static let noon = TimeLexicon.hash("noon")
  static let midnight = TimeLexicon.hash("midnight")
  static let weekend = TimeLexicon.hash("weekend")
  static let daily = TimeLexicon.hash("daily")
  static let end = TimeLexicon.hash("end")
  static let beginning = TimeLexicon.hash("beginning")
  static let start = TimeLexicon.hash("start")
  static let middle = TimeLexicon.hash("middle")
  static let early = TimeLexicon.hash("early")
  static let late = TimeLexicon.hash("late")
  static let mid = TimeLexicon.hash("mid")
  static let about = TimeLexicon.hash("about")
  static let around = TimeLexicon.hash("around")
  static let roughly = TimeLexicon.hash("roughly")
  static let approximately = TimeLexicon.hash("approximately")
  static let nearly = TimeLexicon.hash("nearly")
  static let almost = TimeLexicon.hash("almost")
  static let more = TimeLexicon.hash("more")
  static let less = TimeLexicon.hash("less")
  static let fewer = TimeLexicon.hash("fewer")
  static let than = TimeLexicon.hash("than")
  static let least = TimeLexicon.hash("least")
  static let most = TimeLexicon.hash("most")
  static let over = TimeLexicon.hash("over")
  static let under = TimeLexicon.hash("under")
  static let up = TimeLexicon.hash("up")
  static let no = TimeLexicon.hash("no")
  static let sometime = TimeLexicon.hash("sometime")
  static let st = TimeLexicon.hash("st")
  static let nd = TimeLexicon.hash("nd")
  static let rd = TimeLexicon.hash("rd")
  static let th = TimeLexicon.hash("th")
}
