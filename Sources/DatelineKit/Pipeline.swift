/// The one entry point of the engine: turns a ``Draft`` into an analysed ``Article``.
///
/// A pipeline is cheap to copy and safe to share across threads; analysing allocates its own
/// buffers. Options fix the dates the story is read against.
///
/// ```swift
/// let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2022, month: 1, day: 12)))
/// let article = pipeline.analyze(try PlainTextReader.draft(bytes: bytes, input: "story.txt"))
/// print(article.dateline?.place, article.published)
/// ```
public struct Pipeline: Sendable {
  public struct Options: Sendable {
    /// The publication day when the caller knows it (`--published`); overrides metadata.
    public var published: CalendarDate?
    /// The day stories are read from (`--reference-date`, default today): a dateline's year is
    /// the latest not after it.
    public var referenceDate: CalendarDate
    public init(published: CalendarDate? = nil, referenceDate: CalendarDate = .today()) {
      self.published = published
      self.referenceDate = referenceDate
    }
  }

  public var options: Options
  let parser: DatelineParser

  public init(options: Options = .init()) {
    self.options = options
    self.parser = DatelineParser()
  }

  /// Reads the story's anatomy and segments its text.
  public func analyze(_ draft: Draft) -> Article {
    let layout = StoryLayout(draft, parser: parser)
    var builder = ArticleText()
    let headlineRange = layout.headline.map { builder.append($0) }
    let standfirstRange = layout.standfirst.map { builder.append($0) }
    var dateline = layout.dateline?.dateline
    for (index, paragraph) in layout.body.enumerated() {
      let range = builder.append(paragraph, sentencesFrom: index == 0 ? layout.dateline?.length ?? 0 : 0)
      if index == 0, let match = layout.dateline {
        dateline?.range = TextRange(
          start: range.start, end: range.start + match.dateline.text.unicodeScalars.count)
      }
    }
    let text = builder.text
    let metadataDate = draft.published.flatMap(MetadataDate.parse)

    // The dateline's year: written, else inferred. A known publication day (a day's slack for
    // time zones) fixes it; against the open-ended reference date, weekdays the story ties to
    // the day decide.
    if var line = dateline, line.year == nil, let month = line.month, let day = line.day {
      let known = options.published ?? metadataDate.map { $0.adding(days: 1) }
      let weekdays =
        known == nil
        ? WeekdayEvidence.weekdays(in: layout.body.first ?? "", skipping: layout.dateline?.length ?? 0) : []
      line.year = YearInference.year(
        month: month, day: day, reference: known ?? options.referenceDate, weekdays: weekdays)
      line.yearInferred = line.year != nil
      dateline = line
    }
    var published = options.published ?? metadataDate ?? dateline?.date
    if published == nil, let stamp = layout.timestamp, let year = stamp.year {
      published = CalendarDate(year: year, month: stamp.month, day: stamp.day)
    }

    let agency = dateline?.agency ?? draft.source.flatMap { Agencies.canonicalName($0) }
    let source = Article.Source(
      agency: agency, outlet: draft.source.flatMap { $0 == agency ? nil : $0 }, url: draft.url)
    var article = Article(
      id: draft.id ?? ContentHash.hex(text), input: draft.input, source: source, headline: layout.headline,
      standfirst: layout.standfirst, dateline: dateline, published: published, author: draft.author,
      text: text,
      headlineRange: headlineRange, standfirstRange: standfirstRange, paragraphs: builder.paragraphs,
      sentences: builder.sentences)
    article.entities = entities(in: article)
    article.times = times(in: text, published: published)
    article.quotes = quotes(in: article)
    article.events = Self.events(in: article)
    link(&article)
    return article
  }
}
