import Glibc
/// Finds the main text of a page and leaves out boilerplate.
///
/// Three passes, in the spirit of Readability and trafilatura:
/// 1. *Pruning*: subtrees whose tag, role or class/id names mark page furniture (navigation,
///    comments, share widgets, related links, …) are dropped, unless they hold most of the text.
/// 2. *Scoring*: every paragraph-like element scores by length and commas and passes its score
///    to its ancestors; a score is damped by link density. The best container wins, and semantic
///    containers (`<article>`, `itemprop=articleBody`) around it are preferred.
/// 3. *Collecting*: the container and its good siblings become blocks; link-heavy lists and
///    tables inside are left out.
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
  private var names: [String]
  private let pruning: Pruning

  /// How much markup evidence removes a subtree before scoring.
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
    guard strictLength < (getenv("DL_FB").map { String(cString: $0) }.flatMap(Int.init) ?? 500) else { return strict }
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
    names = (0..<count).map { BoilerplateHints.classAndID(document[$0]) }
    measure()
    let total = textLength[document.body]
    prune(totalText: total)
    measure()
  }

  /// The main text as blocks in reading order.
  func blocks() -> [Draft.Block] {
    let body = document.body
    guard textLength[body] > 0 else { return [] }
    let containers = mainContainers()
    if let needle = getenv("DL_NEEDLE").map({ String(cString: $0) }) {
      for i in 0..<document.count where document[i].kind == .text && document[i].text.contains(needle) {
        var c = i
        while c >= 0 { print("  anc", c, document[c].tag, names[c], pruned[c], textLength[c], containers.contains(c) ? "CONT" : "", isLeftOut(c) ? "LEFT" : ""); c = document[c].parent }
      }
    }
    if getenv("DL_DEBUG") != nil {
      for c in containers { print("container", c, document[c].tag, names[c], textLength[c], "of body", textLength[body]) }
    }
    var builder = BlockBuilder(document: document) { index in self.isLeftOut(index) }
    for container in containers { builder.add(container) }
    var blocks = builder.blocks
    // A heading with nothing after it introduced something that was removed; short lines after
    // the last real paragraph are sign-offs, share prompts and tag lists.
    let trailingMinimum = getenv("DL_TM").map { String(cString: $0) }.flatMap(Int.init) ?? 40
    while blocks.count > 1, let last = blocks.last, last.kind == .heading || last.text.utf8.count < trailingMinimum {
      blocks.removeLast()
    }
    let leadShort = getenv("DL_LEAD").map { String(cString: $0) }.flatMap(Int.init) ?? 0
    let leadLong = getenv("DL_LEADLONG").map { String(cString: $0) }.flatMap(Int.init) ?? 150
    if leadShort > 0, let firstLong = blocks.firstIndex(where: { $0.text.utf8.count >= leadLong }) {
      var kept: [Draft.Block] = []
      for (i, b) in blocks.enumerated() where i >= firstLong || b.kind == .heading || b.text.utf8.count >= leadShort { kept.append(b) }
      blocks = kept
    }
    let tailShort = getenv("DL_TAIL").map { String(cString: $0) }.flatMap(Int.init) ?? 0
    if tailShort > 0, let lastLong = blocks.lastIndex(where: { $0.text.utf8.count >= leadLong }) {
      var kept: [Draft.Block] = []
      for (i, b) in blocks.enumerated() where i <= lastLong || b.text.utf8.count >= tailShort { kept.append(b) }
      blocks = kept
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
      if pruned[index] && getenv("DL_DEBUG") != nil && textLength[index] > 200 { print("pruned", index, node.tag, names[index], textLength[index], "/", totalText) }
    }
  }

  /// Elements never pruned: the page frame and ancestors of an `itemprop=articleBody`.
  private func protectedNodes() -> Set<Int> {
    var result: Set<Int> = [HTMLDocument.root]
    for index in 0..<document.count where document[index].tag == "html" || document[index].tag == "body" {
      result.insert(index)
    }
    for index in 0..<document.count where document[index].kind == .element && BoilerplateHints.isArticleBody(document[index]) {
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
      let namedAsText = BoilerplateHints.containsAny(names, BoilerplateHints.positive) && textLength[index] * 4 > totalText
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

  // MARK: Scoring

  /// Tags whose text counts as a paragraph for scoring.
  private static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "dd"]
  /// Containers that may hold loose text, scored like a paragraph when they do.
  private static let looseTextTags: Set<String> = ["div", "section", "article", "main", "span", "font", "center"]

  /// The chosen containers, in document order: a container marked up as the article body when
  /// it holds about as much prose as the best-scoring one, else the top candidate and its siblings.
  private func mainContainers() -> [Int] {
    let scores = candidateScores()
    guard let best = scores.max(by: { $0.value < $1.value }) else { return [document.body] }
    var top = refinedTop(best.key, scores: scores)
    top = preferredSemanticContainer(around: top)
    let prose = proseLengths()
    let scored = getenv("DL_OLD") == nil ? [bestByProse(prose: prose)] : withSiblings(top, scores: scores)
    let scoredProse = scored.reduce(0) { $0 + prose[$1] }
    if let marked = markedBodyContainer(prose: prose), Double(prose[marked]) >= Double(scoredProse) * (getenv("DL_MARK").map { String(cString: $0) }.flatMap(Double.init) ?? 0.7) {
      return expanded([marked], prose: prose)
    }
    return expanded(scored, prose: prose)
  }

  /// Widens the containers to their parent while what the parent adds is more prose, or small,
  /// not made of links, and before them: an intro or standfirst the scoring split off. (What follows
  /// an article is mostly author boxes, disclaimers and comment prompts.)
  private func expanded(_ containers: [Int], prose: [Int]) -> [Int] {
    if getenv("DL_NOEXP") != nil { return containers }
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
        let continuation = textLength[child] >= 200 && prose[child] * 10 >= textLength[child] * 6
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

  /// The element whose kept text is most prose and least other text: prose counts fully, other
  /// text (short lines, lists, captions) against it at half weight.
  private func bestByProse(prose: [Int]) -> Int {
    let kept = keptLengths()
    let weight = Double(getenv("DL_OBJ").map { String(cString: $0) }.flatMap(Double.init) ?? 0.6)
    var best = document.body
    var bestValue = -Double.infinity
    for index in 0..<document.count where document[index].kind == .element && !pruned[index] && prose[index] > 0 {
      let value = Double(prose[index]) - weight * Double(kept[index] - prose[index])
      if value >= bestValue {
        best = index
        bestValue = value
      }
    }
    return best
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
      } else if node.kind == .element && isLeftOut(index) {
        kept[index] = 0
      }
      let parent = node.parent
      if parent >= 0 { kept[parent] += kept[index] }
    }
    return kept
  }

  /// Per subtree, the text length of paragraphs that read as prose (long enough, few links).
  private func proseLengths() -> [Int] {
    let proseMinimum = getenv("DL_PMIN").map { String(cString: $0) }.flatMap(Int.init) ?? 25
    let proseLinks = getenv("DL_PLINK").map { String(cString: $0) }.flatMap(Double.init) ?? 0.5
    var prose = Array(repeating: 0, count: document.count)
    var index = document.count - 1
    while index > 0 {
      defer { index -= 1 }
      if pruned[index] || document[index].kind != .element { continue }
      if isScorableParagraph(index) && textLength[index] >= proseMinimum && linkDensity(index) < proseLinks && !isLeftOut(index) {
        prose[index] = textLength[index]
      } else if isLeftOut(index) {
        prose[index] = 0
      }
      let parent = document[index].parent
      if parent >= 0 { prose[parent] += prose[index] }
    }
    return prose
  }

  /// The element named as an article body (`entry-content`, `itemprop=articleBody`, …, or an
  /// `<article>`) with the most prose; the innermost of nearly equal nested ones.
  private func markedBodyContainer(prose: [Int]) -> Int? {
    var best: Int?
    for index in 0..<document.count where !pruned[index] && document[index].kind == .element && prose[index] >= 200 {
      let node = document[index]
      let marked = node.tag == "article" || BoilerplateHints.isArticleBody(node)
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

  /// Readability's candidate scores, damped by link density.
  private func candidateScores() -> [Int: Double] {
    var scores: [Int: Double] = [:]
    for index in 0..<document.count where !pruned[index] && isScorableParagraph(index) {
      let length = textLength[index]
      let score = 1 + Double(commas[index]) + min(Double(length) / 100, 3)
      var ancestor = document[index].parent
      var level = 0
      while ancestor > 0 && level < 5 {
        if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
        let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
        scores[ancestor, default: 0] += score / divider
        ancestor = document[ancestor].parent
        level += 1
      }
    }
    for (index, score) in scores { scores[index] = score * (1 - linkDensity(index)) }
    return scores
  }

  private func isScorableParagraph(_ index: Int) -> Bool {
    let node = document[index]
    guard node.kind == .element, textLength[index] >= 25 else { return false }
    if Self.paragraphTags.contains(node.tag) { return true }
    guard Self.looseTextTags.contains(node.tag) else { return false }
    // A div with its own text (not only nested blocks) acts as a paragraph.
    var own = 0
    for child in node.children where document[child].kind == .text
      || (document[child].kind == .element && !BlockBuilder.blockTags.contains(document[child].tag)) {
      own += textLength[child]
    }
    return own >= 25
  }

  private func initialScore(_ index: Int) -> Double {
    let node = document[index]
    var score: Double
    switch node.tag {
    case "div", "article", "main": score = 5
    case "section", "pre", "td", "blockquote": score = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    if node.tag == "article" || BoilerplateHints.isArticleBody(node) { score += 10 }
    return score + BoilerplateHints.classWeight(names[index])
  }

  /// Readability's refinement: climb to a parent that scores better or gathers the text.
  private func refinedTop(_ start: Int, scores: [Int: Double]) -> Int {
    var top = start
    var lastScore = scores[top] ?? 0
    let threshold = lastScore / 3
    var parent = document[top].parent
    while parent > 0 && document[parent].tag != "body" {
      guard let parentScore = scores[parent] else {
        parent = document[parent].parent
        continue
      }
      if parentScore < threshold { break }
      if parentScore > lastScore {
        top = parent
        break
      }
      lastScore = parentScore
      parent = document[parent].parent
    }
    // An only child stands for its parent.
    while document[top].parent > 0, document[document[top].parent].tag != "body",
      document[document[top].parent].children.filter({ document[$0].kind == .element && !pruned[$0] }).count == 1
    {
      top = document[top].parent
    }
    return top
  }

  /// An `<article>`, `itemprop=articleBody` or `<main>` around the top candidate, when it is not
  /// much larger: such markup names the whole article, including an intro the scoring missed.
  private func preferredSemanticContainer(around top: Int) -> Int {
    var current = document[top].parent
    var steps = 0
    while current > 0 && steps < 6 {
      let node = document[current]
      if node.tag == "body" { break }
      let semantic = node.tag == "article" || BoilerplateHints.isArticleBody(node)
      if semantic && !pruned[current] && textLength[current] <= textLength[top] * 2 + 400 {
        return current
      }
      current = node.parent
      steps += 1
    }
    return top
  }

  /// The top container plus siblings that score well or read like paragraphs.
  private func withSiblings(_ top: Int, scores: [Int: Double]) -> [Int] {
    let parent = document[top].parent
    guard parent >= 0 else { return [top] }
    let topScore = scores[top] ?? 0
    let threshold = max(10, topScore * 0.2)
    let topWeight = BoilerplateHints.classWeight(names[top])
    var result: [Int] = []
    for sibling in document[parent].children {
      if sibling == top {
        result.append(sibling)
        continue
      }
      guard document[sibling].kind == .element, !pruned[sibling], textLength[sibling] > 0 else { continue }
      var bonus = 0.0
      if topWeight != 0 && !names[top].isEmpty && names[sibling] == names[top] { bonus = topScore * 0.2 }
      if let score = scores[sibling], score + bonus >= threshold {
        result.append(sibling)
        continue
      }
      if document[sibling].tag == "p" {
        let length = textLength[sibling]
        let density = linkDensity(sibling)
        if (length > 80 && density < 0.25) || (length > 40 && density == 0) {
          result.append(sibling)
        }
      }
    }
    return result
  }

  // MARK: Collecting

  /// Whether a subtree inside the chosen containers is left out of the text.
  private func isLeftOut(_ index: Int) -> Bool {
    if pruned[index] { return true }
    let node = document[index]
    guard node.kind == .element else { return false }
    switch node.tag {
    case "ul", "ol", "dl", "table", "div", "section", "nav":
      // Big wrappers hold a page's menus and its article: their parts are judged one by one.
      guard commas[index] < 10, textLength[index] < 1000 || !["div", "section"].contains(node.tag) else { return false }
      let density = linkDensity(index)
      if density > (getenv("DL_LD").map { String(cString: $0) }.flatMap(Double.init) ?? 0.3) && textLength[index] > 0 { return true }
      if density > 0.25 && BoilerplateHints.classWeight(names[index]) < 0 { return true }
      return false
    case "h1" where getenv("DL_H1") != nil:
      return true
    case "p", "h2", "h3", "h4", "h5", "h6":
      // A short line that is mostly a link ("Read more: …") points elsewhere.
      return textLength[index] < (getenv("DL_PL").map { String(cString: $0) }.flatMap(Int.init) ?? 200) && linkDensity(index) > (getenv("DL_PD").map { String(cString: $0) }.flatMap(Double.init) ?? 0.6)
    case "li", "td", "dd", "dt", "blockquote", "h1", "figcaption", "center", "address" where getenv("DL_ALLLINK") != nil:
      return textLength[index] < (getenv("DL_PL").map { String(cString: $0) }.flatMap(Int.init) ?? 200) && linkDensity(index) > (getenv("DL_PD").map { String(cString: $0) }.flatMap(Double.init) ?? 0.6)
    default:
      return false
    }
  }
}
