/// A place in an XML input: 1-based line and 0-based byte offset.
struct XMLPosition: Sendable, Hashable {
  var line: Int
  var byteOffset: Int
}

/// An element or attribute name split at its namespace prefix (`content:encoded`).
struct XMLName: Sendable, Hashable {
  /// The prefix before `:`, or `""` when the name has none.
  var prefix: String
  var local: String

  /// Splits a qualified name at its first colon.
  init(qualified bytes: some Collection<UInt8>) {
    if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
      prefix = String(decoding: bytes[..<colon], as: UTF8.self)
      local = String(decoding: bytes[bytes.index(after: colon)...], as: UTF8.self)
    } else {
      prefix = ""
      local = String(decoding: bytes, as: UTF8.self)
    }
  }

  init(prefix: String, local: String) {
    self.prefix = prefix
    self.local = local
  }

  var qualified: String { prefix.isEmpty ? local : prefix + ":" + local }
}

/// An attribute of a start tag, its value with entities decoded.
struct XMLAttribute: Sendable, Hashable {
  var name: XMLName
  var value: String
}

/// One piece of an XML document, as the tokenizer reports it.
enum XMLToken: Sendable, Hashable {
  /// A start tag; `selfClosing` for `<link href="…"/>`, which has no matching end tag token.
  case start(XMLName, attributes: [XMLAttribute], selfClosing: Bool)
  case end(XMLName)
  /// Character data (text or CDATA) in UTF-8, entities decoded. Long text arrives in several pieces.
  case text([UInt8])
  /// A processing instruction such as `<?xml version="1.0"?>`.
  case processingInstruction(target: String, data: String)
  /// Bytes that are not valid in the input's encoding start here; the text carries U+FFFD instead.
  case invalidEncoding
}

/// Why the tokenizer stopped: the input is not well-formed, ends early, or has a huge tag.
struct XMLError: Error, Sendable, Hashable {
  enum Kind: Sendable, Hashable { case malformed, truncated, tooLarge }
  var kind: Kind
  var message: String
  var position: XMLPosition
}
