import DatelineKit
import Foundation
import Hummingbird

extension NewsDesk {
  /// `GET /analyze`: a form to paste a story; `POST /analyze`: the story page of the analysis.
  var analyzePageEndpoints: [Endpoint] {
    [
      .page(.get, "/analyze", id: "analyzeForm", summary: "A form to analyse a story") { _, _ in
        Pages.response(Pages.document(title: "Analyse a story", main: AnalyzePage.form(), section: .analyze))
      },
      .page(.post, "/analyze", id: "analyzePage", summary: "The story page of a pasted story") {
        [self] request, _ in
        guard request.mediaType?.type == "application/x-www-form-urlencoded" else {
          throw Problem(.unsupportedMediaType, "send the form", code: "unsupported-media-type")
        }
        let buffer = try await request.collectBody(
          limit: configuration.maxBodySize, timeout: configuration.bodyTimeout)
        let form = FormFields(String(buffer: buffer))
        let story = form["story"] ?? ""
        let bytes = Array(story.utf8)
        let draft =
          form["format"] == "html"
          ? try HTMLReader.draft(bytes: bytes, input: "pasted story", charset: "utf-8")
          : try PlainTextReader.draft(bytes: bytes, input: "pasted story")
        let article = pipeline().analyze(draft)
        let page = StoryPage(view: try ArticleView(value: article.json))
        return Pages.response(Pages.document(title: page.title, main: page.html, section: .analyze))
      },
    ]
  }
}

enum AnalyzePage {
  static func form() -> String {
    """
    <h1>Analyse a story</h1>
    <form class="analyze" action="/analyze" method="post">
    <label for="story">Story (plain text or HTML)</label>
    <textarea id="story" name="story" required></textarea>
    <label for="format">Format</label>
    <select id="format" name="format">
    <option value="text">Plain text</option>
    <option value="html">HTML page</option>
    </select>
    <p><button type="submit">Analyse</button></p>
    </form>
    <p class="meta">Nothing is stored: the story is analysed and shown.</p>
    """
  }
}

/// The fields of an `application/x-www-form-urlencoded` body or a query string.
struct FormFields {
  var fields: [(String, String)] = []

  init(_ text: String) {
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      fields.append((Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : ""))
    }
  }

  subscript(name: String) -> String? { fields.first { $0.0 == name }?.1 }

  static func decode(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }
}
