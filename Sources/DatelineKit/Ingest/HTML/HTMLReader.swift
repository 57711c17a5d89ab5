import CGumbo

/// Reads an HTML page into a ``Draft``: metadata and main-text blocks.
public enum HTMLReader {
  /// Reads a whole HTML page.
  ///
  /// - Parameters:
  ///   - bytes: The page as received; the charset is found from BOM, `<meta charset>` or
  ///     `http-equiv`, or `charset` when the transport named one.
  ///   - input: The input's name, for errors and for the draft.
  ///   - charset: A charset named by the transport (HTTP `Content-Type`), if any.
  /// - Throws: ``InputError`` when the bytes are binary or cannot be decoded.
  public static func draft(bytes: [UInt8], input: String, charset: String? = nil) throws -> Draft {
    if ByteChecks.looksBinary(bytes) {
      throw InputError(.binaryData, "binary data, not an HTML page", input: input)
    }
    let html = String(decoding: bytes, as: UTF8.self)
    var draft = Draft(input: input, format: .html)
    draft.blocks = blocks(fromFragment: html)
    if draft.blocks.isEmpty { throw InputError(.empty, "no text found in the HTML page", input: input) }
    return draft
  }

  /// Turns an HTML fragment (a feed item's `content:encoded`, a JSON `html` field) into blocks,
  /// without boilerplate removal.
  public static func blocks(fromFragment html: String) -> [Draft.Block] {
    var blocks: [Draft.Block] = []
    html.withCString { pointer in
      guard let output = gumbo_parse(pointer) else { return }
      defer { gumbo_destroy_output(withUnsafePointer(to: kGumboDefaultOptions) { $0 }, output) }
      var current = ""
      func flush() {
        let text = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !text.isEmpty { blocks.append(Draft.Block(text)) }
        current = ""
      }
      func walk(_ node: UnsafeMutablePointer<GumboNode>) {
        switch node.pointee.type {
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
          current += String(cString: node.pointee.v.text.text)
        case GUMBO_NODE_ELEMENT:
          let tag = node.pointee.v.element.tag
          if tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT { return }
          let block = tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_BR
            || (tag.rawValue >= GUMBO_TAG_H1.rawValue && tag.rawValue <= GUMBO_TAG_H6.rawValue)
          if block { flush() }
          let children = node.pointee.v.element.children
          for index in 0..<Int(children.length) {
            walk(children.data[index]!.assumingMemoryBound(to: GumboNode.self))
          }
          if block { flush() }
        case GUMBO_NODE_DOCUMENT:
          let children = node.pointee.v.document.children
          for index in 0..<Int(children.length) {
            walk(children.data[index]!.assumingMemoryBound(to: GumboNode.self))
          }
        default: break
        }
      }
      walk(output.pointee.root)
      flush()
    }
    return blocks
  }
}
