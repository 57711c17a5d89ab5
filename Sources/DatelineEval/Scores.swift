import Foundation

/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
public struct Scores: Sendable, Hashable, CustomStringConvertible {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0
  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
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
    return "P \(f(precision)) R \(f(recall)) F1 \(f(f1)) (tp \(truePositives) fp \(falsePositives) fn \(falseNegatives))"
  }
}
