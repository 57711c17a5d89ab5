import Foundation

/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
public struct Scores: Sendable, Hashable, CustomStringConvertible {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0
  /// Items correctly left out; only needed for ``accuracy``.
  public var trueNegatives = 0
  public init(
    truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, trueNegatives: Int = 0
  ) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
  }
  /// Share of correct decisions, (TP + TN) / all; 0 when nothing was counted.
  public var accuracy: Double {
    let all = truePositives + falsePositives + falseNegatives + trueNegatives
    return all == 0 ? 0 : Double(truePositives + trueNegatives) / Double(all)
  }
  /// Adds another set of counts to this one.
  public static func += (lhs: inout Scores, rhs: Scores) {
    lhs.truePositives += rhs.truePositives
    lhs.falsePositives += rhs.falsePositives
    lhs.falseNegatives += rhs.falseNegatives
    lhs.trueNegatives += rhs.trueNegatives
  }
  public var precision: Double {
    truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  public var recall: Double {
    truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  public var f1: Double {
    let p = precision, r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }
  public var description: String {
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    return
      "P \(f(precision)) R \(f(recall)) F1 \(f(f1)) (tp \(truePositives) fp \(falsePositives) fn \(falseNegatives))"
  }
}
