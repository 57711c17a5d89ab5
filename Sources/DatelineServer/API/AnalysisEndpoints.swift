import DatelineKit
import Hummingbird

extension NewsDesk {
  static let bodyTypes = ["text/plain", "text/html", "application/xhtml+xml"]

  var analysisEndpoints: [Endpoint] {
    [
      Endpoint(
        .post, "/v1/analyze", id: "analyze",
        summary: "Analyse one story sent as text or HTML (Content-Type decides) without storing it",
        parameters: Self.dateParameters, bodyTypes: Self.bodyTypes,
        responses: [
          .json(200, "The analysed article", schema: "Article"),
          .problem(400, "A bad parameter"),
          .problem(408, "The body arrived too slowly"),
          .problem(413, "The body is too large"),
          .problem(415, "The body is neither text nor HTML"),
          .problem(422, "The body cannot be read as a story (binary, invalid UTF-8, empty)"),
        ]
      ) { [self] request, _ in
        let article = try await analyze(request, input: "request")
        return JSONResponse.ok(article.json)
      }
    ]
  }

  static let dateParameters: [Endpoint.Parameter] = [
    .query("published", "The story's publication day (YYYY-MM-DD); overrides metadata and the dateline"),
    .query("referenceDate", "The day the story is read from (YYYY-MM-DD, default today)"),
  ]

  /// Reads and analyses the story in a request's body.
  func analyze(_ request: Request, input: String) async throws -> Article {
    let query = request.uri.queryParameters
    let published = try Self.date(query["published"].map(String.init), name: "published")
    let referenceDate = try Self.date(query["referenceDate"].map(String.init), name: "referenceDate")
    let draft = try await draft(request, input: input)
    return pipeline(published: published, referenceDate: referenceDate).analyze(draft)
  }

  /// A date parameter, or a 400 problem naming it.
  static func date(_ value: String?, name: String) throws -> CalendarDate? {
    guard let value, !value.isEmpty else { return nil }
    guard let date = MetadataDate.parse(value) else {
      throw Problem(.badRequest, "\(name): not a date: \(value)", code: "bad-parameter", input: name)
    }
    return date
  }

  /// The body as a draft, read as the `Content-Type` says.
  func draft(_ request: Request, input: String) async throws -> Draft {
    guard let media = request.mediaType, Self.bodyTypes.contains(media.type) else {
      throw Problem(
        .unsupportedMediaType, "send the story as text/plain (UTF-8) or text/html",
        code: "unsupported-media-type",
        headers: [.accept: Self.bodyTypes.joined(separator: ", ")])
    }
    let buffer = try await request.collectBody(
      limit: configuration.maxBodySize, timeout: configuration.bodyTimeout)
    let bytes = Array(buffer.readableBytesView)
    if media.type == "text/plain" {
      if let charset = media.charset?.lowercased(), !["utf-8", "utf8", "us-ascii"].contains(charset) {
        throw Problem(
          .unsupportedMediaType, "plain text must be UTF-8, not \(charset)", code: "unsupported-charset")
      }
      return try PlainTextReader.draft(bytes: bytes, input: input)
    }
    return try HTMLReader.draft(bytes: bytes, input: input, charset: media.charset)
  }
}
