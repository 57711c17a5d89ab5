extension Pipeline {
  /// The quotes stage: direct quotes and reported speech in the article's paragraphs.
  func quotes(in article: Article) -> [Quote] {
    QuoteExtractor().quotes(
      in: article.text, paragraphs: article.paragraphs, skipping: article.dateline?.range)
  }
}
