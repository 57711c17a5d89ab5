import Hummingbird

/// The frame every page shares: head, navigation, search box, and the HTML response.
enum Pages {
  /// The sections of the navigation bar.
  enum Section: String, CaseIterable {
    case feed = "/"
    case timeline = "/timeline"
    case search = "/search"
    case analyze = "/analyze"

    var title: String {
      switch self {
      case .feed: "All news"
      case .timeline: "Timeline"
      case .search: "Search"
      case .analyze: "Analyse a story"
      }
    }
  }

  /// A whole page. `title` and `main` are HTML already (escape content before passing it).
  static func document(title: String, main: String, section: Section? = nil, query: String = "") -> String {
    var html = """
      <!doctype html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title) · Dateline</title>
      <link rel="stylesheet" href="/static/dateline.css">
      <script src="/static/dateline.js" defer></script>
      </head>
      <body>
      <a class="skip" href="#main">Skip to content</a>
      <header class="masthead">
      <p class="brand"><a href="/">Dateline</a></p>
      <nav aria-label="Sections"><ul>
      """
    for item in Section.allCases {
      let current = item == section ? " aria-current=\"page\"" : ""
      html += "<li><a href=\"\(item.rawValue)\"\(current)>\(item.title)</a></li>"
    }
    html += """
      </ul></nav>
      <form class="searchbox" role="search" action="/search" method="get">
      <label for="site-search">Search stories</label>
      <input id="site-search" name="q" type="search" value="\(HTML.escape(query))">
      <button type="submit">Search</button>
      </form>
      </header>
      <main id="main" tabindex="-1">
      \(main)
      </main>
      <footer><p>Dateline · <a href="/openapi.json">API (OpenAPI 3.1)</a></p></footer>
      </body>
      </html>

      """
    return html
  }

  static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  /// The page for an error a person meets in the browser.
  static func error(_ problem: Problem) -> Response {
    let title = HTML.escape(problem.status.reasonPhrase)
    let main = """
      <h1>\(title)</h1>
      <p class="problem">\(HTML.escape(problem.detail))</p>
      <p><a href="/">Back to all news</a></p>
      """
    return response(document(title: title, main: main), status: problem.status)
  }

  /// A group's name for people: `entities` → `Entities`, `headline` → `Headline`.
  static func title(ofGroup name: String) -> String {
    guard let first = name.first else { return name }
    return first.uppercased() + name.dropFirst()
  }
}
