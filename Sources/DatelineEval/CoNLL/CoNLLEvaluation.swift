import DatelineKit

/// Exact-span mention scores, per type and micro-averaged, with the CoNLL-2003 conventions: a
/// mention counts only when its first token, last token and type all match the gold one.
///
/// ```swift
/// var evaluation = CoNLLEvaluation()
/// evaluation.add(gold: document.mentions, predicted: found)
/// print(evaluation)   // per-type and overall P/R/F1
/// ```
public struct CoNLLEvaluation: Sendable, CustomStringConvertible {
  public private(set) var byType: [MentionType: Scores] = [:]

  public init() {}

  /// Adds one document's (or sentence's) gold and predicted mentions.
  public mutating func add(gold: [TaggedMention], predicted: [TaggedMention]) {
    let goldSet = Set(gold)
    let predictedSet = Set(predicted)
    for mention in predictedSet {
      if goldSet.contains(mention) {
        byType[mention.type, default: Scores()].truePositives += 1
      } else {
        byType[mention.type, default: Scores()].falsePositives += 1
      }
    }
    for mention in goldSet where !predictedSet.contains(mention) {
      byType[mention.type, default: Scores()].falseNegatives += 1
    }
  }

  /// Counts over all types (micro average).
  public var overall: Scores {
    var total = Scores()
    for scores in byType.values { total += scores }
    return total
  }

  public var description: String {
    var lines: [String] = []
    for type in MentionType.allCases {
      lines.append(
        type.label.padding(toLength: 6, withPad: " ", startingAt: 0) + (byType[type] ?? Scores()).description)
    }
    lines.append("all   " + overall.description)
    return lines.joined(separator: "\n")
  }
}
