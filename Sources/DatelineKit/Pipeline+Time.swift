extension Pipeline {
  /// The time stage: TIMEX3 expressions of the article's text, anchored to its publication day.
  func times(in text: String, published: CalendarDate?) -> [TimeExpression] {
    TimeTagger().tag(text, dct: published)
  }
}
