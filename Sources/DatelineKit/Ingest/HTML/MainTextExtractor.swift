/// Finds the main text of a page and leaves out boilerplate.
///
/// Three passes, in the spirit of Readability, jusText and trafilatura:
/// 1. *Pruning*: subtrees whose tag, ARIA role, hiding or class/id names mark page furniture
///    (navigation, comments, share widgets, related links, …) are dropped, unless they hold most
///    of the page's text (then they are layout wrappers with a misleading name).
/// 2. *Choosing*: paragraphs that read as prose (long enough, few links) are measured per
///    subtree. The container whose text is most prose and least other text wins; an element
///    marked up as the article body (`<article>`, `itemprop=articleBody`, `entry-content`, …)
///    wins instead when it holds nearly as much prose. The choice then widens over an intro
///    the container split off.
/// 3. *Collecting*: the container becomes blocks; link-heavy lists, tables and short link lines
///    inside are left out, as are the lead-ins of removed lists and trailing short lines.
///
/// When strict pruning leaves almost nothing, a second pass prunes by markup only.
struct MainTextExtractor {
  private let document: HTMLDocument
  /// Visible text length of each subtree, pruned subtrees excluded.
  private var textLength: [Int]
  /// Visible text length inside links, per subtree.
  private var linkLength: [Int]
  /// Commas per subtree, a sign of running prose.
  private var commas: [Int]
  /// Subtrees dropped as boilerplate.
  private var pruned: [Bool]
  /// Subtrees left out of the text when collecting: pruned, link lists, short link lines.
  private var leftOut: [Bool]
  private var names: [String]
  private let pruning: Pruning

  /// How much markup evidence removes a subtree before the container is chosen.
  enum Pruning {
    /// Tags, roles, hiding and class/id names.
    case full
    /// Tags, roles and hiding only: the fallback for pages whose class names mislead.
    case markupOnly
  }

  /// The main text of `document`: fully pruned, or, when that leaves almost nothing (a page
  /// whose wrapper is called `sidebar-layout`), with markup-only pruning.
  static func blocks(of document: HTMLDocument) -> [Draft.Block] {
    let strict = MainTextExtractor(document: document, pruning: .full).blocks()
    let strictLength = strict.reduce(0) { $0 + $1.text.utf8.count }
    guard strictLength < 500 else { return strict }
    let lenient = MainTextExtractor(document: document, pruning: .markupOnly).blocks()
    let lenientLength = lenient.reduce(0) { $0 + $1.text.utf8.count }
    return lenientLength > strictLength * 2 ? lenient : strict
  }

  init(document: HTMLDocument, pruning: Pruning = .full) {
    self.document = document
    self.pruning = pruning
    let count = document.count
    textLength = Array(repeating: 0, count: count)
    linkLength = Array(repeating: 0, count: count)
    commas = Array(repeating: 0, count: count)
    pruned = Array(repeating: false, count: count)
    leftOut = Array(repeating: false, count: count)
    names = (0..<count).map { BoilerplateHints.classAndID(document[$0]) }
    measure()
    let total = textLength[document.body]
    prune(totalText: total)
    measure()
    for index in 0..<count { leftOut[index] = isLeftOut(index) }
  }

  /// The main text as blocks in reading order.
  func blocks() -> [Draft.Block] {
    let body = document.body
    guard textLength[body] > 0 else { return [] }
    let containers = mainContainers()
    var builder = BlockBuilder(document: document) { [leftOut] index in leftOut[index] }
    for container in containers { builder.add(container) }
    var blocks = builder.blocks
    // A heading with nothing after it introduced something that was removed; short lines after
    // the last paragraph are sign-offs, share prompts and tag lists. A text of short lines only
    // (a brief, a fragment) has no such tail.
    let hasParagraph = blocks.contains { $0.kind == .paragraph && $0.text.utf8.count >= 120 }
    while hasParagraph, blocks.count > 1, let last = blocks.last,
      last.kind == .heading || last.text.utf8.count < 40 || FurnitureLines.isFurniture(last.text)
    {
      blocks.removeLast()
    }
    // Furniture before the story: "Subscribe", "Read more", an image credit.
    while hasParagraph, blocks.count > 1, let first = blocks.first, FurnitureLines.isFurniture(first.text) {
      blocks.removeFirst()
    }
    guard hasParagraph else { return blocks }
    // Short furniture lines inside the story ("Bild anzeigen", "Mehr zum Thema").
    blocks.removeAll {
      $0.text.utf8.count < FurnitureLines.shortLineLength && FurnitureLines.isFurniture($0.text)
    }
    // A section the page closes with ("About the author", "More on this topic") ends the story.
    let total = blocks.reduce(0) { $0 + $1.text.utf8.count }
    var seen = 0
    for (index, block) in blocks.enumerated() {
      if index > 0, seen * 2 > total, FurnitureLines.isClosingSection(block.text) {
        blocks.removeSubrange(index...)
        break
      }
      seen += block.text.utf8.count
    }
    return blocks
  }

  // MARK: Measuring

  /// Computes text, link text and comma counts bottom-up (children follow parents in the arena).
  private mutating func measure() {
    for index in 0..<document.count {
      textLength[index] = 0
      linkLength[index] = 0
      commas[index] = 0
    }
    var index = document.count - 1
    while index > 0 {
      defer { index -= 1 }
      let node = document[index]
      if pruned[index] { continue }
      if node.kind == .text {
        textLength[index] = Whitespace.visibleLength(node.text)
        commas[index] = node.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
      } else if node.kind == .element {
        if BlockBuilder.skippedTags.contains(node.tag) {
          textLength[index] = 0
          linkLength[index] = 0
          commas[index] = 0
          continue
        }
        if node.tag == "a" { linkLength[index] = textLength[index] }
      }
      let parent = node.parent
      guard parent >= 0 else { continue }
      textLength[parent] += textLength[index]
      linkLength[parent] += linkLength[index]
      commas[parent] += commas[index]
    }
  }

  private func linkDensity(_ index: Int) -> Double {
    textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
  }

  // MARK: Pruning

  /// Marks boilerplate subtrees, top-down so that a pruned parent prunes its children.
  private mutating func prune(totalText: Int) {
    let protected = protectedNodes()
    for index in 1..<document.count {
      let node = document[index]
      let parent = node.parent
      if parent >= 0 && pruned[parent] {
        pruned[index] = true
        continue
      }
      guard node.kind == .element, !protected.contains(index) else { continue }
      pruned[index] = isBoilerplate(index, totalText: totalText)
    }
  }

  /// Elements never pruned: the page frame and ancestors of an `itemprop=articleBody`.
  private func protectedNodes() -> Set<Int> {
    var result: Set<Int> = [HTMLDocument.root]
    for index in 0..<document.count where document[index].tag == "html" || document[index].tag == "body" {
      result.insert(index)
    }
    for index in 0..<document.count
    where document[index].kind == .element && BoilerplateHints.isArticleBody(document[index]) {
      var current = index
      while current >= 0 {
        result.insert(current)
        current = document[current].parent
      }
    }
    return result
  }

  private func isBoilerplate(_ index: Int, totalText: Int) -> Bool {
    let node = document[index]
    // A container with most of the page's text is a layout wrapper, whatever its name.
    let holdsMostText = totalText > 0 && textLength[index] * 2 > totalText
    if BoilerplateHints.isHidden(node) { return !holdsMostText }
    if BoilerplateHints.boilerplateTags.contains(node.tag) {
      // An article's own header holds its title and standfirst.
      if node.tag == "header" && hasAncestor(index, tags: ["article", "main"]) { return false }
      return !holdsMostText
    }
    if let role = node.attribute("role")?.lowercased(), BoilerplateHints.boilerplateRoles.contains(role) {
      return !holdsMostText
    }
    let names = names[index]
    if pruning == .markupOnly || names.isEmpty || node.tag == "body" || node.tag == "html" { return false }
    if BoilerplateHints.isStrongNegative(names) {
      // `entry share` names the article with a sharing feature; a comment list has no such word.
      let namedAsText =
        BoilerplateHints.containsAny(names, BoilerplateHints.positive) && textLength[index] * 4 > totalText
      return !holdsMostText && !namedAsText
    }
    if BoilerplateHints.isWeakNegative(names) { return !holdsMostText && !containsHeadline(index) }
    if BoilerplateHints.isSmallNegative(names) { return textLength[index] < 200 }
    return false
  }

  private func hasAncestor(_ index: Int, tags: Set<String>) -> Bool {
    var current = document[index].parent
    while current > 0 {
      if tags.contains(document[current].tag) { return true }
      current = document[current].parent
    }
    return false
  }

  private func containsHeadline(_ index: Int) -> Bool {
    var stack = [index]
    while let current = stack.popLast() {
      let node = document[current]
      if node.tag == "h1" || node.tag == "article" { return true }
      stack.append(contentsOf: node.children)
    }
    return false
  }

  // MARK: Choosing

  /// Tags whose text counts as a paragraph.
  private static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "dd"]
  /// Containers that may hold loose text, counted as a paragraph when they do.
  private static let looseTextTags: Set<String> = [
    "div", "section", "article", "main", "span", "font", "center",
  ]
  /// How much other text costs against prose when choosing a container.
  private static let otherTextWeight = 0.6

  /// The chosen containers: a container marked up as the article body when it holds at least
  /// 70% of the prose of the least noisy container, else that container; widened over an intro.
  private func mainContainers() -> [Int] {
    let prose = proseLengths()
    let leastNoisy = leastNoisyContainer(prose: prose)
    if let marked = markedBodyContainer(prose: prose), prose[marked] * 10 >= prose[leastNoisy] * 7 {
      return expanded([marked], prose: prose)
    }
    return expanded([leastNoisy], prose: prose)
  }

  /// Per subtree, the text length of paragraphs that read as prose (25+ bytes, under half links).
  private func proseLengths() -> [Int] {
    var prose = Array(repeating: 0, count: document.count)
    var index = document.count - 1
    while index > 0 {
      defer { index -= 1 }
      if pruned[index] || document[index].kind != .element { continue }
      if leftOut[index] {
        prose[index] = 0
      } else if isParagraph(index) && linkDensity(index) < 0.5 {
        prose[index] = textLength[index]
      }
      let parent = document[index].parent
      if parent >= 0 { prose[parent] += prose[index] }
    }
    return prose
  }

  /// Per subtree, the text that collecting keeps (pruned and left-out parts excluded).
  private func keptLengths() -> [Int] {
    var kept = Array(repeating: 0, count: document.count)
    var index = document.count - 1
    while index > 0 {
      defer { index -= 1 }
      if pruned[index] { continue }
      let node = document[index]
      if node.kind == .text {
        kept[index] = textLength[index]
      } else if node.kind == .element && leftOut[index] {
        kept[index] = 0
      }
      let parent = node.parent
      if parent >= 0 { kept[parent] += kept[index] }
    }
    return kept
  }

  /// The element whose kept text is most prose and least other text: prose counts fully, other
  /// text (short lines, lists, captions) against it. The innermost of equal elements wins.
  private func leastNoisyContainer(prose: [Int]) -> Int {
    let kept = keptLengths()
    var best = document.body
    var bestValue = -Double.infinity
    for index in 0..<document.count
    where document[index].kind == .element && !pruned[index] && prose[index] > 0 {
      let value = Double(prose[index]) - Self.otherTextWeight * Double(kept[index] - prose[index])
      if value >= bestValue {
        best = index
        bestValue = value
      }
    }
    return best
  }

  /// The element named as an article body (`entry-content`, `itemprop=articleBody`, …, or an
  /// `<article>`) with the most prose; the innermost of nearly equal nested ones.
  private func markedBodyContainer(prose: [Int]) -> Int? {
    var best: Int?
    for index in 0..<document.count
    where !pruned[index] && document[index].kind == .element && prose[index] >= 200 {
      let node = document[index]
      let marked =
        node.tag == "article" || BoilerplateHints.isArticleBody(node)
        || BoilerplateHints.containsAny(names[index], BoilerplateHints.bodyMarkers)
      guard marked else { continue }
      if let current = best {
        // A nested element nearly as rich wins, which trims wrappers; otherwise the richer one.
        let nested = document.isInside(index, current)
        if nested ? prose[index] * 10 < prose[current] * 9 : prose[index] <= prose[current] { continue }
      }
      best = index
    }
    return best
  }

  /// Widens the containers to their parent while what the parent adds is more prose, or is
  /// small, not made of links, and before them: an intro or standfirst split off. (What follows
  /// an article is mostly author boxes, disclaimers and comment prompts.)
  private func expanded(_ containers: [Int], prose: [Int]) -> [Int] {
    guard let first = containers.first, let last = containers.last else { return containers }
    var current = containers
    var firstChild = first, lastChild = last
    var parent = document[first].parent
    var text = containers.reduce(0) { $0 + textLength[$1] }
    while parent > 0 && document[parent].tag != "body" && document[parent].tag != "html" {
      var before = 0, beforeLinks = 0, after = 0
      var seenCurrent = false
      for child in document[parent].children {
        if child == firstChild { seenCurrent = true }
        if child >= firstChild && child <= lastChild { continue }
        // More prose of the same kind continues the article wherever it stands.
        let continuation =
          textLength[child] >= 200 && prose[child] * 10 >= textLength[child] * 6
          && linkLength[child] * 5 < textLength[child]
        if continuation { continue }
        if seenCurrent {
          after += textLength[child]
        } else {
          before += textLength[child]
          beforeLinks += linkLength[child]
        }
      }
      if before * 6 > text || beforeLinks * 10 > before * 2 || after * 30 > text { break }
      current = [parent]
      text = textLength[parent]
      firstChild = parent
      lastChild = parent
      parent = document[parent].parent
    }
    return current
  }

  /// Whether an element is a paragraph: a paragraph-like tag, or a container with 25+ bytes of
  /// its own loose text, with at least 25 bytes of text.
  private func isParagraph(_ index: Int) -> Bool {
    let node = document[index]
    guard node.kind == .element, textLength[index] >= 25 else { return false }
    if Self.paragraphTags.contains(node.tag) { return true }
    guard Self.looseTextTags.contains(node.tag) else { return false }
    var own = 0
    for child in node.children
    where document[child].kind == .text
      || (document[child].kind == .element && !BlockBuilder.blockTags.contains(document[child].tag))
    {
      own += textLength[child]
    }
    return own >= 25
  }

  // MARK: Collecting

  /// Tags of containers left out when they are mostly links (menus, related-links lists).
  private static let linkListTags: Set<String> = ["ul", "ol", "dl", "table", "div", "section", "nav"]
  /// Tags of lines left out when short and mostly a link ("Read more: …").
  private static let linkLineTags: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "dd", "dt", "blockquote", "center", "address",
  ]

  /// Whether a subtree inside the chosen containers is left out of the text.
  private func isLeftOut(_ index: Int) -> Bool {
    if pruned[index] { return true }
    let node = document[index]
    guard node.kind == .element else { return false }
    if Self.linkListTags.contains(node.tag) {
      // Prose (many commas) stays; big wrappers are judged by their parts.
      let isWrapper = textLength[index] >= 1000 && (node.tag == "div" || node.tag == "section")
      guard commas[index] < 10, !isWrapper, textLength[index] > 0 else { return false }
      let density = linkDensity(index)
      return density > 0.3 || (density > 0.25 && BoilerplateHints.classWeight(names[index]) < 0)
    }
    if Self.linkLineTags.contains(node.tag) {
      return textLength[index] < 200 && linkDensity(index) > 0.6
    }
    return false
  }
}
