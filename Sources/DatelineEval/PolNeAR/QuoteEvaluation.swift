import DatelineKit

/// Scores the quotes stage against PolNeAR: source, cue and content spans, exact and overlap.
///
/// - Exact: a found span counts when a gold span of the same role has the same start and end.
/// - Overlap: found and gold spans are paired one to one, in text order, when they share a
///   character.
/// - Direct quotes (the SFU Gender Gap Tracker's measures): gold contents that begin with a quote
///   mark and end with one (before any final punctuation) against our `direct` quotes, paired by
///   overlap; speaker accuracy is the share of paired quotes with a gold source that our speaker
///   span, or the named mention it resolves to, overlaps.
public struct QuoteEvaluation {
  public struct Result: CustomStringConvertible {
    public var documents = 0
    public var exact: [String: Scores] = [:]
    public var overlap: [String: Scores] = [:]
    public var directExact = Scores()
    public var directOverlap = Scores()
    public var speakersRight = 0
    public var speakersJudged = 0
    public var speakerAccuracy: Double {
      speakersJudged == 0 ? 0 : Double(speakersRight) / Double(speakersJudged)
    }

    public var description: String {
      var lines = ["PolNeAR: \(documents) articles"]
      for role in QuoteEvaluation.roles {
        lines.append(
          "\(role.padding(toLength: 8, withPad: " ", startingAt: 0)) exact   \(exact[role, default: Scores()])"
        )
        lines.append(
          "\("".padding(toLength: 8, withPad: " ", startingAt: 0)) overlap \(overlap[role, default: Scores()])"
        )
      }
      lines.append("direct quotes exact   \(directExact)")
      lines.append("direct quotes overlap \(directOverlap)")
      lines.append(
        "speaker accuracy (paired direct quotes): "
          + String(format: "%.1f%% (%d/%d)", speakerAccuracy * 100, speakersRight, speakersJudged))
      return lines.joined(separator: "\n")
    }
  }

  public static let roles = ["source", "cue", "content"]

  /// A missed or spurious content span, for error analysis.
  public struct Miss: Sendable {
    public var document: String
    /// `spurious`, `missed`, or `boundary` (paired by overlap, not exact: found | gold).
    public var kind: String
    public var text: String
  }

  public var extractor = QuoteExtractor()
  public init() {}

  public func run(_ documents: [PolNeARCorpus.Document], misses: inout [Miss]) -> Result {
    var result = Result()
    for document in documents {
      result.documents += 1
      let quotes = extractor.quotes(in: document.text)
      let gold = document.attributions
      let found: [String: [TextRange]] = [
        "source": quotes.compactMap(\.speakerRange), "cue": quotes.compactMap(\.cueRange),
        "content": quotes.map(\.range),
      ]
      let expected: [String: [TextRange]] = [
        "source": gold.compactMap(\.source), "cue": gold.compactMap(\.cue),
        "content": gold.compactMap(\.content),
      ]
      for role in Self.roles {
        let f = found[role]!.sorted(by: Self.order)
        let g = expected[role]!.sorted(by: Self.order)
        result.exact[role, default: Scores()] += Self.exact(f, g)
        let (scores, pairs) = Self.overlap(f, g)
        result.overlap[role, default: Scores()] += scores
        if role != "content" {
          let scalars = Array(document.text.unicodeScalars)
          for (i, j) in pairs where f[i] != g[j] {
            let text = Self.slice(scalars, f[i]) + "  |  " + Self.slice(scalars, g[j])
            misses.append(Miss(document: document.name, kind: role + "-boundary", text: text))
          }
        }
      }
      let scalars = Array(document.text.unicodeScalars)
      // Misses and spurious contents, by overlap.
      let contentFound = found["content"]!.sorted(by: Self.order)
      let contentGold = expected["content"]!.sorted(by: Self.order)
      let (_, pairs) = Self.overlap(contentFound, contentGold)
      let pairedFound = Set(pairs.map(\.0)), pairedGold = Set(pairs.map(\.1))
      for (i, span) in contentFound.enumerated() where !pairedFound.contains(i) {
        misses.append(Miss(document: document.name, kind: "spurious", text: Self.slice(scalars, span)))
      }
      for (i, span) in contentGold.enumerated() where !pairedGold.contains(i) {
        misses.append(Miss(document: document.name, kind: "missed", text: Self.slice(scalars, span)))
      }
      for (f, g) in pairs where contentFound[f] != contentGold[g] {
        let text = Self.slice(scalars, contentFound[f]) + "  |  " + Self.slice(scalars, contentGold[g])
        misses.append(Miss(document: document.name, kind: "boundary", text: text))
      }

      // Direct quotes.
      let goldDirect = gold.filter { $0.content.map { Self.isQuoted(scalars, $0) } ?? false }
        .sorted { Self.order($0.content!, $1.content!) }
      let foundDirect = quotes.filter { $0.kind == .direct }.sorted { Self.order($0.range, $1.range) }
      result.directExact += Self.exact(foundDirect.map(\.range), goldDirect.map { $0.content! })
      let (scores, matched) = Self.overlap(foundDirect.map(\.range), goldDirect.map { $0.content! })
      result.directOverlap += scores
      for (f, g) in matched {
        guard let source = goldDirect[g].source else { continue }
        result.speakersJudged += 1
        let quote = foundDirect[f]
        let spans = [quote.speakerRange, quote.speakerReference].compactMap { $0 }
        if spans.contains(where: { $0.start < source.end && source.start < $0.end }) {
          result.speakersRight += 1
        }
      }
    }
    return result
  }

  static func order(_ a: TextRange, _ b: TextRange) -> Bool { (a.start, a.end) < (b.start, b.end) }

  static func exact(_ found: [TextRange], _ gold: [TextRange]) -> Scores {
    var remaining: [TextRange: Int] = [:]
    for span in gold { remaining[span, default: 0] += 1 }
    var scores = Scores()
    for span in found {
      if let n = remaining[span], n > 0 {
        remaining[span] = n - 1
        scores.truePositives += 1
      } else {
        scores.falsePositives += 1
      }
    }
    scores.falseNegatives = gold.count - scores.truePositives
    return scores
  }

  /// One-to-one pairing by overlap, in order: each found span takes the first free gold span it
  /// overlaps.
  static func overlap(_ found: [TextRange], _ gold: [TextRange]) -> (Scores, [(Int, Int)]) {
    var taken = [Bool](repeating: false, count: gold.count)
    var pairs: [(Int, Int)] = []
    for (i, span) in found.enumerated() {
      for (j, g) in gold.enumerated() where !taken[j] && g.start < span.end && span.start < g.end {
        taken[j] = true
        pairs.append((i, j))
        break
      }
    }
    let scores = Scores(
      truePositives: pairs.count, falsePositives: found.count - pairs.count,
      falseNegatives: gold.count - pairs.count)
    return (scores, pairs)
  }

  /// Whether a span is a quote in quote marks: `“…”`, `"…"`, maybe followed by punctuation.
  static func isQuoted(_ scalars: [Unicode.Scalar], _ span: TextRange) -> Bool {
    guard span.start >= 0, span.end <= scalars.count, span.count >= 2 else { return false }
    let opens: Set<Unicode.Scalar> = ["\u{201C}", "\"", "\u{2018}", "'"]
    let closes: Set<Unicode.Scalar> = ["\u{201D}", "\"", "\u{2019}", "'"]
    guard opens.contains(scalars[span.start]) else { return false }
    var e = span.end - 1
    while e > span.start, ".,;:".unicodeScalars.contains(scalars[e]) { e -= 1 }
    return e > span.start && closes.contains(scalars[e])
  }

  static func slice(_ scalars: [Unicode.Scalar], _ span: TextRange) -> String {
    var view = String.UnicodeScalarView()
    let start = max(0, min(span.start, scalars.count))
    view.append(contentsOf: scalars[start..<max(start, min(span.end, scalars.count))])
    return String(view)
  }
}
