/// Reads an HTML page into a ``Draft``: metadata and main-text blocks.
///
/// ```swift
/// let draft = try HTMLReader.draft(bytes: Array(data), input: "page.html")
/// print(draft.title ?? "", draft.blocks.count)
/// ```
public enum HTMLReader {
  /// Reads a whole HTML page.
  ///
  /// - Parameters:
  ///   - bytes: The page as received; the charset is found from BOM, `<meta charset>` or
  ///     `http-equiv`, or `charset` when the transport named one.
  ///   - input: The input's name, for errors and for the draft.
  ///   - charset: A charset named by the transport (HTTP `Content-Type`), if any.
  /// - Throws: ``InputError`` when the bytes are binary, or the page holds no text.
  public static func draft(bytes: [UInt8], input: String, charset: String? = nil) throws -> Draft {
    if ByteChecks.looksBinary(bytes) {
      throw InputError(.binaryData, "binary data, not an HTML page", input: input)
    }
    let html = Charset.decode(bytes, declared: charset)
    let document = HTMLDocument(html: html)
    let metadata = HTMLMetadata(document: document)
    var draft = Draft(
      input: input, format: .html, url: metadata.url, source: metadata.source, published: metadata.published,
      title: metadata.title, author: metadata.author, summary: metadata.summary)
    draft.blocks = MainTextExtractor.blocks(of: document)
    if let body = metadata.articleBody {
      draft.blocks = preferringStructuredBody(draft.blocks, articleBody: body)
    }
    if draft.blocks.isEmpty {
      throw InputError(.empty, "no main text found in the HTML page", input: input)
    }
    return draft
  }

  /// The JSON-LD `articleBody` as paragraphs when the markup gave almost no text, as on
  /// pages whose article is rendered by script from data.
  static func preferringStructuredBody(_ blocks: [Draft.Block], articleBody: String) -> [Draft.Block] {
    let extracted = blocks.reduce(0) { $0 + $1.text.utf8.count }
    guard extracted < 500, articleBody.utf8.count > extracted * 2 else { return blocks }
    // The body may itself be HTML; reading it as a fragment also splits its paragraphs.
    let paragraphs = articleBody.split(whereSeparator: \.isNewline).flatMap { line in
      Self.blocks(fromFragment: String(line))
    }
    return paragraphs.isEmpty ? blocks : paragraphs
  }

  /// Turns an HTML fragment (a feed item's `content:encoded`, a JSON `html` field) into blocks,
  /// without boilerplate removal.
  public static func blocks(fromFragment html: String) -> [Draft.Block] {
    let document = HTMLDocument(html: html)
    var builder = BlockBuilder(document: document)
    builder.add(HTMLDocument.root)
    return builder.blocks
  }
}
