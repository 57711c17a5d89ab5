import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

/// A hostile page is ingested and every page that shows it is checked: no tag, event-handler
/// attribute or script URL from the content survives as markup, and the content is there,
/// escaped.
@Suite struct EscapingTests {
  static let hostilePage = """
    <html><head><title>"><script>alert('title')</script></title>
    <meta property="og:site_name" content="<img src=x onerror=alert('site')>">
    <meta property="og:url" content="javascript:alert('url')">
    </head><body><article>
    <h1>Officials &lt;script&gt;alert("headline")&lt;/script&gt; meet</h1>
    <p>GENEVA (Reuters) - Negotiators said &lt;img src=x onerror="alert('text')"&gt; the talks on the ceasefire would go on next week, a spokesman said on Thursday.</p>
    <script>alert('inline')</script>
    <p onclick="alert('attr')">The delegations will meet again in Geneva next week to discuss the ceasefire and "&lt;b onmouseover=alert(1)&gt;" prisoner exchanges.</p>
    <img src="x" onerror="alert('img')">
    </article></body></html>
    """

  static let hostileText = """
    </textarea><script>alert('plain')</script> Officials meet

    GENEVA (Reuters) - Negotiators said <img src=x onerror=alert('text')> the talks would go on, a spokesman said on Thursday; "<a href="javascript:alert(1)">here</a>" he added.
    """

  @Test func storedHostileStoriesRenderInert() async throws {
    try await TestDesk().test { client in
      let page = try await client.ingest(Self.hostilePage, type: "text/html")
      #expect(page.status == .created)
      let pageKey = try #require((try page.object["keys"] as? [String])?.first)
      let text = try await client.ingest(Self.hostileText)
      #expect(text.status == .created)
      let textKey = try #require((try text.object["keys"] as? [String])?.first)

      for uri in ["/articles/\(pageKey)", "/articles/\(textKey)", "/", "/search?q=negotiators", "/timeline"] {
        let response = try await client.get(uri, accept: "text/html")
        #expect(response.status == .ok, "\(uri)")
        let html = response.text
        #expect(Markup.violations(in: html).isEmpty, "\(uri): \(Markup.violations(in: html))")
        #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
      }
      // Highlights may wrap parts of the text in our own tags; the escaped content reads on.
      let story = Self.withoutTags(try await client.get("/articles/\(pageKey)", accept: "text/html").text)
      #expect(story.contains("&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt;"))
      #expect(story.contains("&lt;img src=x onerror=&quot;alert(&#39;text&#39;)&quot;&gt;"))
      let plain = Self.withoutTags(try await client.get("/articles/\(textKey)", accept: "text/html").text)
      #expect(plain.contains("&lt;/textarea&gt;&lt;script&gt;"))
      #expect(plain.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;"))
    }
  }

  /// The page's text with every tag removed (content is escaped, so only our tags remain).
  static func withoutTags(_ html: String) -> String {
    var result = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
      } else if !inTag {
        result.append(character)
      }
    }
    return result
  }

  @Test func pastedHostileStoryRendersInert() async throws {
    try await TestDesk().test { client in
      let form = "format=text&story=" + HTML.percentEncode(Self.hostileText)
      let response = try await client.execute(
        uri: "/analyze", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: form))
      #expect(response.status == .ok)
      #expect(Markup.violations(in: response.text).isEmpty, "\(Markup.violations(in: response.text))")
      #expect(response.text.contains("&lt;img src=x onerror=alert(&#39;text&#39;)&gt;"))
    }
  }

  @Test func theCheckerFindsInjectedMarkup() {
    #expect(!Markup.violations(in: "<p>ok</p><img src=x onerror=alert(1)>").isEmpty)
    #expect(!Markup.violations(in: "<script>alert(1)</script>").isEmpty)
    #expect(!Markup.violations(in: "<a href=\"javascript:alert(1)\">x</a>").isEmpty)
    #expect(!Markup.violations(in: "<p title=\"a\" onclick='x'>x</p>").isEmpty)
    #expect(Markup.violations(in: "<p title=\"&lt;img onerror=x&gt;\">&lt;script&gt;</p>").isEmpty)
  }
}

/// A small tag scanner: finds the tags of a page and what in them could run script.
enum Markup {
  static let allowedTags: Set<String> = [
    "html", "head", "meta", "title", "link", "script", "body", "a", "header", "p", "nav", "ul", "ol", "li",
    "form",
    "label", "input", "button", "main", "footer", "div", "article", "dl", "dt", "dd", "time", "h1", "h2",
    "h3", "mark",
    "span", "aside", "fieldset", "legend", "section", "table", "caption", "thead", "tbody", "tr", "th", "td",
    "blockquote", "select", "option", "textarea",
  ]

  static func violations(in html: String) -> [String] {
    var problems: [String] = []
    let scalars = Array(html.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "<" else {
        index += 1
        continue
      }
      var end = index + 1
      var quote: Unicode.Scalar?
      while end < scalars.count {
        let c = scalars[end]
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "\"" || c == "'" {
          quote = c
        } else if c == ">" {
          break
        }
        end += 1
      }
      var tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
      index = end + 1
      if tag.hasPrefix("!") { continue }
      let closing = tag.hasPrefix("/")
      if closing { tag.removeFirst() }
      let name = String(tag.prefix { $0.isLetter || $0.isNumber }).lowercased()
      if !allowedTags.contains(name) { problems.append("tag <\(tag)>") }
      let attributes = Self.attributes(of: tag)
      for (attribute, value) in attributes {
        if attribute.hasPrefix("on") { problems.append("handler \(attribute) in <\(tag)>") }
        let lower = value.lowercased().trimmingCharacters(in: .whitespaces)
        if ["href", "src", "action"].contains(attribute),
          lower.hasPrefix("javascript:") || lower.hasPrefix("data:")
        {
          problems.append("script URL in <\(tag)>")
        }
      }
      if name == "script", !closing {
        if attributes.first(where: { $0.0 == "src" })?.1 != "/static/dateline.js" {
          problems.append("script <\(tag)>")
        }
      }
    }
    return problems
  }

  /// Attribute names (lower-cased) and values of a tag's text.
  static func attributes(of tag: String) -> [(String, String)] {
    var result: [(String, String)] = []
    let scalars = Array(tag.unicodeScalars)
    var index = scalars.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" } ?? scalars.count
    while index < scalars.count {
      while index < scalars.count, " \n\t/".unicodeScalars.contains(scalars[index]) { index += 1 }
      var name = ""
      while index < scalars.count, !" \n\t/=".unicodeScalars.contains(scalars[index]) {
        name.unicodeScalars.append(scalars[index])
        index += 1
      }
      var value = ""
      if index < scalars.count, scalars[index] == "=" {
        index += 1
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
          let quote = scalars[index]
          index += 1
          while index < scalars.count, scalars[index] != quote {
            value.unicodeScalars.append(scalars[index])
            index += 1
          }
          index += 1
        } else {
          while index < scalars.count, !" \n\t".unicodeScalars.contains(scalars[index]) {
            value.unicodeScalars.append(scalars[index])
            index += 1
          }
        }
      }
      if !name.isEmpty { result.append((name.lowercased(), value)) }
    }
    return result
  }
}
