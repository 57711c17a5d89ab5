extension Pipeline {
  /// Tags the article's sentences and resolves the mentions into linked entities, as of the
  /// publication day (else the reference date).
  func entities(in article: Article) -> [Entity] {
    var tagger = MentionTagger()
    var finder = MentionFinder()
    let found = finder.find(in: article.text, sentences: article.sentences, tagger: &tagger)
    return EntityResolver().resolve(found, finder: finder, on: article.published ?? options.referenceDate)
  }
}
