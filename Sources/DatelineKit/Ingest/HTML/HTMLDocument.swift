import CGumbo

/// A parsed HTML page as a small Swift DOM: an arena of nodes in document (pre-)order.
///
/// Built once from gumbo's tree, which is freed right away, so that later passes work on
/// plain Swift values. Because nodes are stored in pre-order, a parent's index is always
/// smaller than its children's, which lets bottom-up passes run as one reverse loop.
struct HTMLDocument: Sendable {
  /// One attribute of an element, name lowercased by the parser.
  struct Attribute: Sendable, Hashable {
    var name: String
    var value: String
  }

  /// One node: the document, an element or a run of text.
  struct Node: Sendable {
    enum Kind: UInt8, Sendable { case document, element, text }
    var kind: Kind
    /// The lowercased tag name of an element; empty for other kinds.
    var tag: String
    var attributes: [Attribute]
    var children: [Int]
    /// The parent's index; `-1` for the document.
    var parent: Int
    /// The text of a text node, entities decoded; empty for other kinds.
    var text: String

    /// The value of the attribute named `name` (lowercase), if present.
    func attribute(_ name: String) -> String? {
      for attribute in attributes where attribute.name == name { return attribute.value }
      return nil
    }
  }

  /// The index of the document node.
  static let root = 0
  /// Deeper nesting (unclosed inline tags) is flattened so that recursive passes stay shallow.
  static let maximumDepth = 256

  private(set) var nodes: [Node]

  var count: Int { nodes.count }

  subscript(index: Int) -> Node { nodes[index] }

  /// Parses `html` with gumbo and copies the tree.
  init(html: String) {
    nodes = [Node(kind: .document, tag: "", attributes: [], children: [], parent: -1, text: "")]
    var source = html
    source.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return }
      let pointer = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      withUnsafePointer(to: kGumboDefaultOptions) { options in
        guard let output = gumbo_parse_with_options(options, pointer, buffer.count) else { return }
        defer { gumbo_destroy_output(options, output) }
        copyTree(from: output.pointee.document)
      }
    }
  }

  /// Every element index with tag `tag`, in document order.
  func elements(named tag: String) -> [Int] {
    nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].tag == tag }
  }

  /// The first `body` element, or the document when there is none.
  var body: Int {
    nodes.indices.first { nodes[$0].kind == .element && nodes[$0].tag == "body" } ?? Self.root
  }

  /// Whether `node` lies inside (or is) `ancestor`.
  func isInside(_ node: Int, _ ancestor: Int) -> Bool {
    var current = node
    while current >= 0 {
      if current == ancestor { return true }
      current = nodes[current].parent
    }
    return false
  }

  /// All text below `index`, concatenated without separators (as `textContent`).
  func textContent(_ index: Int) -> String {
    var result = ""
    appendText(index, to: &result)
    return result
  }

  private func appendText(_ index: Int, to result: inout String) {
    let node = nodes[index]
    if node.kind == .text {
      result += node.text
      return
    }
    for child in node.children { appendText(child, to: &result) }
  }

  // MARK: Copying gumbo's tree

  private mutating func copyTree(from document: UnsafeMutablePointer<GumboNode>?) {
    guard let document else { return }
    // An explicit stack: (gumbo node, parent index, depth). Children are pushed in reverse so
    // they pop in document order, which keeps `nodes` in pre-order.
    var stack: [(UnsafeMutablePointer<GumboNode>, Int, Int)] = []
    pushChildren(of: document.pointee.v.document.children, parent: Self.root, depth: 1, onto: &stack)
    while let (gumboNode, parent, depth) = stack.popLast() {
      switch gumboNode.pointee.type {
      case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
        guard let text = gumboNode.pointee.v.text.text else { continue }
        append(
          Node(
            kind: .text, tag: "", attributes: [], children: [], parent: parent, text: String(cString: text)))
      case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
        let element = gumboNode.pointee.v.element
        let index = append(
          Node(
            kind: .element, tag: Self.tagName(element), attributes: Self.attributes(element),
            children: [], parent: parent, text: ""))
        // Past the depth limit, children attach to this node's parent instead.
        let childParent = depth >= Self.maximumDepth ? parent : index
        let childDepth = depth >= Self.maximumDepth ? depth : depth + 1
        pushChildren(of: element.children, parent: childParent, depth: childDepth, onto: &stack)
      default:
        continue
      }
    }
  }

  @discardableResult
  private mutating func append(_ node: Node) -> Int {
    let index = nodes.count
    nodes.append(node)
    nodes[node.parent].children.append(index)
    return index
  }

  private func pushChildren(
    of vector: GumboVector, parent: Int, depth: Int,
    onto stack: inout [(UnsafeMutablePointer<GumboNode>, Int, Int)]
  ) {
    guard let data = vector.data else { return }
    var index = Int(vector.length) - 1
    while index >= 0 {
      if let child = data[index] {
        stack.append((child.assumingMemoryBound(to: GumboNode.self), parent, depth))
      }
      index -= 1
    }
  }

  private static func tagName(_ element: GumboElement) -> String {
    if element.tag != GUMBO_TAG_UNKNOWN, let name = gumbo_normalized_tagname(element.tag) {
      return String(cString: name)
    }
    // Unknown tags (custom elements): gumbo keeps the original text `<my-tag attr=…>`.
    var piece = element.original_tag
    gumbo_tag_from_original_text(&piece)
    guard let data = piece.data, piece.length > 0 else { return "" }
    let bytes = UnsafeRawBufferPointer(start: data, count: piece.length)
    return String(decoding: bytes, as: UTF8.self).lowercased()
  }

  private static func attributes(_ element: GumboElement) -> [Attribute] {
    let vector = element.attributes
    guard let data = vector.data, vector.length > 0 else { return [] }
    var result: [Attribute] = []
    result.reserveCapacity(Int(vector.length))
    for index in 0..<Int(vector.length) {
      guard let raw = data[index] else { continue }
      let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
      guard let name = attribute.name else { continue }
      let value = attribute.value.map { String(cString: $0) } ?? ""
      result.append(Attribute(name: String(cString: name).lowercased(), value: value))
    }
    return result
  }
}
