/// HTML text built by escaping everything that did not come from the server's own templates.
///
/// Article content (headlines, text, agency names, URLs) reaches a page only through
/// ``escape(_:)``, which escapes the five characters that can end a text node or an attribute
/// value, so content can never open a tag or an event-handler attribute.
///
/// ```swift
/// var page = ""
/// page += "<h1>" + HTML.escape(article.headline) + "</h1>"
/// ```
enum HTML {
  /// `text` made safe for a text node or a double- or single-quoted attribute value.
  static func escape(_ text: some StringProtocol) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\0": out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A link target for a URL that content supplied: only `http` and `https` URLs, so that a
  /// `javascript:` or `data:` URL never becomes clickable.
  static func safeLink(_ url: String?) -> String? {
    guard let url else { return nil }
    let lower = url.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
    return escape(url)
  }

  /// `text` percent-encoded for one path segment or query value: everything but unreserved
  /// characters (RFC 3986) is encoded, so the result cannot end the attribute or the segment.
  static func percentEncode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        out += "%"
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 15)])
      }
    }
    return out
  }
}
