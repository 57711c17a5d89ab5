import DatelineKit
import Foundation

/// Whether an article retells a stored story: the second, rewrite-level test of clustering,
/// after ``MinHash`` finds reprints.
///
/// Two agencies' reports of one event share few word shingles but the same facts. Candidates
/// are the stored articles published within ``windowDays`` days of the article that share its
/// rarer fact terms (``StoryTerms``: entities, events, figures in fewer than ``frequencyCap``
/// of the window's articles), most shared first.
/// Each term is weighted by its kind and by its rarity among the window's articles,
/// `log(1 + N / df) / log(1 + N)` (N articles in the window, df of them with the term: an
/// entity in every story of the week says little); the score is the share of the smaller
/// article's weight that the two have in common. A candidate scoring ``threshold`` or more is
/// the same story when the two also share two rare figures, or a coded event and an entity, and
/// do not code only different events (``isSameStory(_:_:score:frequency:)``).
///
/// ```swift
/// let match = StoryMatch()
/// let score = match.score(terms, candidateTerms, frequency: { df[$0] ?? 1 }, window: 40)
/// if match.isSameStory(terms, candidateTerms, score: score, frequency: { df[$0] ?? 1 }) { /* join */ }
/// ```
public struct StoryMatch: Sendable {
  /// The score from which two reports are one story (tuned on the written pairs of
  /// `Tests/DatelineStoreTests/StoryMatchTests.swift`; see docs/scaling.md).
  public var threshold: Double
  /// How many days apart two reports of one event may be published.
  public static let windowDays = 3
  /// How many fact terms an article needs to look for the story it retells.
  public static let leastSharedFacts = 2
  /// How many rare figures two reports of one event share, when they share no coded event.
  public static let leastSharedFigures = 2
  /// In how many of the window's articles (the two included) a figure or an event is rare.
  public static let rareFigure = 5
  /// Up to how many candidates are scored.
  public static let candidates = 8
  /// Up to how many articles a term's frequency is counted; facts in more do not search.
  public static let frequencyCap = 64

  public init(threshold: Double = 0.25) { self.threshold = threshold }

  /// The first and last day of the window round a publication day (`YYYY-MM-DD…`), or nil.
  public static func window(around published: String?) -> (first: String, last: String)? {
    guard let published, published.utf8.count >= 10,
      let year = Int(published.prefix(4)), let month = Int(published.dropFirst(5).prefix(2)),
      let day = Int(published.dropFirst(8).prefix(2)),
      let date = CalendarDate(year: year, month: month, day: day)
    else { return nil }
    return (date.adding(days: -windowDays).iso, date.adding(days: windowDays).iso)
  }

  /// The day (`YYYY-MM-DD`) of a publication date, or nil.
  public static func day(_ published: String) -> String? {
    window(around: published) == nil ? nil : String(published.prefix(10))
  }

  /// Terms as a JSON array, for SQLite's `json_each`.
  static func json(_ terms: [String]) -> String { JSONValue.array(terms.map { .string($0) }).serialized() }

  /// The fact terms, which find candidates.
  public static func facts(_ terms: [String]) -> [String] {
    terms.filter { StoryTerms.kind(of: $0)?.isFact == true }
  }

  /// How much of the smaller article the terms both have cover, by weight (0…1): a rewrite
  /// may add background the other lacks. `frequency` gives a term's articles in the window
  /// (the article itself included), `window` the window's articles.
  public func score(
    _ a: [String], _ b: [String], frequency: (String) -> Int, window: Int
  ) -> Double {
    let articles = Double(max(window, 2))
    func weight(_ term: String) -> Double {
      guard let kind = StoryTerms.kind(of: term) else { return 0 }
      let df = Double(max(1, frequency(term)))
      return kind.weight * log(1 + articles / df) / log(1 + articles)
    }
    let aSet = Set(a)
    let bSet = Set(b)
    var shared = 0.0
    var totalA = 0.0
    var totalB = 0.0
    for term in aSet {
      let w = weight(term)
      totalA += w
      if bSet.contains(term) { shared += w }
    }
    for term in bSet { totalB += weight(term) }
    guard totalA > 0, totalB > 0 else { return 0 }
    return shared / min(totalA, totalB)
  }

  /// Whether a scored candidate tells the same story: the score reaches the threshold and the
  /// two share what sets one event apart from others on the same subject: two rare figures
  /// (in at most ``rareFigure`` of the window's articles: `100` or `50` are in many), or a rare
  /// event (root and actors' countries: not Japan's government making a statement, in every
  /// Japan story of the week) with an entity. When both coded events, they must share
  /// one (same place and people, another event).
  public func isSameStory(_ a: [String], _ b: [String], score: Double, frequency: (String) -> Int) -> Bool {
    guard score >= threshold else { return false }
    let bSet = Set(b)
    let shared = Set(a).filter(bSet.contains)
    func count(_ kind: StoryTerms.Kind) -> Int { shared.filter { StoryTerms.kind(of: $0) == kind }.count }
    let roots = a.filter { StoryTerms.kind(of: $0) == .eventRoot }
    let otherRoots = b.filter { StoryTerms.kind(of: $0) == .eventRoot }
    if !roots.isEmpty && !otherRoots.isEmpty && count(.eventRoot) == 0 { return false }
    func rare(_ kind: StoryTerms.Kind) -> [String] {
      shared.filter { StoryTerms.kind(of: $0) == kind && frequency($0) <= Self.rareFigure }
    }
    // Statements and appeals (roots 01, 02) are coded in most political stories: no mark of one event.
    let events = rare(.eventRoot).filter { !$0.hasPrefix("r:01|") && !$0.hasPrefix("r:02|") }
    return rare(.number).count >= Self.leastSharedFigures || (!events.isEmpty && count(.entity) >= 1)
  }
}

/// Terms' frequencies in the windows of a write batch, read from the store once and kept
/// current as the batch's articles are written (a batch's articles share their days, and a
/// count read at the batch's start would miss the articles written since).
struct StoryWindowCounts {
  struct Window {
    var first: String
    var last: String
    var articles: Int?
    var terms: [String: Int] = [:]
  }

  private var windows: [String: Window] = [:]

  static func key(_ window: (first: String, last: String)) -> String { window.first + "/" + window.last }

  /// The stored articles with `term` in the window, if read.
  func count(_ term: String, in window: (first: String, last: String)) -> Int? {
    windows[Self.key(window)]?.terms[term]
  }

  mutating func set(_ term: String, in window: (first: String, last: String), to count: Int) {
    windows[Self.key(window), default: Window(first: window.first, last: window.last)].terms[term] = count
  }

  /// The stored articles published in the window, if read.
  func articles(in window: (first: String, last: String)) -> Int? { windows[Self.key(window)]?.articles }

  mutating func setArticles(in window: (first: String, last: String), to count: Int) {
    windows[Self.key(window), default: Window(first: window.first, last: window.last)].articles = count
  }

  /// Counts an article just written on `day` in every window holding that day.
  mutating func written(_ terms: [String], day: String) {
    for key in Array(windows.keys) where windows[key]!.first <= day && day <= windows[key]!.last {
      if let articles = windows[key]!.articles { windows[key]!.articles = articles + 1 }
      for term in terms where windows[key]!.terms[term] != nil { windows[key]!.terms[term]! += 1 }
    }
  }
}
