/// An element name with its prefix resolved to a namespace URI.
struct ExpandedName: Sendable, Hashable {
  /// The namespace URI, or `""` for none.
  var namespace: String
  var local: String
}

/// The namespace bindings in scope while reading a document, and the feed vocabularies' URIs.
///
/// Feeds are matched by namespace, not by prefix, so that `<a10:updated>` with
/// `xmlns:a10="http://www.w3.org/2005/Atom"` reads as Atom. Undeclared conventional prefixes
/// (`dc:`, `content:`) are accepted, as many feeds forget to declare them.
struct XMLNamespaces {
  static let atom = "http://www.w3.org/2005/Atom"
  static let atom03 = "http://purl.org/atom/ns#"
  static let rss1 = "http://purl.org/rss/1.0/"
  static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let content = "http://purl.org/rss/1.0/modules/content/"
  static let dublinCore = "http://purl.org/dc/elements/1.1/"

  private static let conventional = [
    "atom": atom, "content": content, "dc": dublinCore, "rdf": rdf,
  ]

  private var bindings: [(depth: Int, prefix: String, uri: String)] = []

  /// Adds the `xmlns` and `xmlns:p` declarations of an element at `depth`.
  mutating func declare(_ attributes: [XMLAttribute], depth: Int) {
    for attribute in attributes {
      if attribute.name.prefix.isEmpty && attribute.name.local == "xmlns" {
        bindings.append((depth, "", attribute.value))
      } else if attribute.name.prefix == "xmlns" {
        bindings.append((depth, attribute.name.local, attribute.value))
      }
    }
  }

  /// Removes the declarations of elements at `depth` and deeper.
  mutating func leave(depth: Int) {
    while let last = bindings.last, last.depth >= depth { bindings.removeLast() }
  }

  /// Resolves an element name's prefix.
  func resolve(_ name: XMLName) -> ExpandedName {
    let binding = bindings.last { $0.prefix == name.prefix }
    let uri = binding?.uri ?? Self.conventional[name.prefix] ?? ""
    return ExpandedName(namespace: uri, local: name.local)
  }

  /// Whether `uri` is one where the core RSS and Atom element names live.
  static func isCore(_ uri: String) -> Bool {
    uri.isEmpty || uri == atom || uri == atom03 || uri == rss1 || uri == rss090
  }

  static func isAtom(_ uri: String) -> Bool { uri == atom || uri == atom03 }
}
