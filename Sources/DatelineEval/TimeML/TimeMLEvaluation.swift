import DatelineKit
import Foundation

/// TempEval-3 Task A measures for TIMEX3 tags: strict and relaxed extent precision, recall and F1,
/// and the type and value scores (attribute F1 = relaxed F1 × the attribute's accuracy over the
/// relaxed matches), as in UzZaman et al. (2013).
///
/// Extents are compared on the documents' text with white space ignored, so a system that
/// re-spaces the text (HeidelTime) is still aligned with the gold.
///
/// ```swift
/// let report = try TimeMLEvaluation.run(gold: goldFolder, system: systemFolder)
/// print(report.strict.f1, report.relaxed.f1, report.valueF1)
/// ```
public struct TimeMLEvaluation: Sendable {
  public var strict = Scores()
  public var relaxed = Scores()
  /// Relaxed matches (gold–system pairs) and how many agree on type and value.
  public var matched = 0
  public var typeCorrect = 0
  public var valueCorrect = 0
  public var documents = 0
  /// Gold files without a system file (counted as all missed).
  public var missing: [String] = []
  /// Disagreements for error analysis: (document, kind, gold, system).
  public var errors: [(file: String, kind: String, gold: String, system: String)] = []

  public init() {}

  public var typeAccuracy: Double { matched == 0 ? 0 : Double(typeCorrect) / Double(matched) }
  public var valueAccuracy: Double { matched == 0 ? 0 : Double(valueCorrect) / Double(matched) }
  public var typeF1: Double { relaxed.f1 * typeAccuracy }
  public var valueF1: Double { relaxed.f1 * valueAccuracy }

  /// Scores every `.tml` file of `gold` against the file of the same name in `system`.
  public static func run(gold: URL, system: URL) throws -> TimeMLEvaluation {
    var evaluation = TimeMLEvaluation()
    let names = try FileManager.default.contentsOfDirectory(atPath: gold.path).filter { $0.hasSuffix(".tml") }
      .sorted()
    for name in names {
      let goldDocument = try read(gold.appendingPathComponent(name))
      let systemURL = system.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: systemURL.path) else {
        evaluation.missing.append(name)
        evaluation.strict.falseNegatives += goldDocument.times.count
        evaluation.relaxed.falseNegatives += goldDocument.times.count
        continue
      }
      let systemDocument = try read(systemURL)
      evaluation.add(gold: goldDocument, system: systemDocument, file: name)
    }
    return evaluation
  }

  static func read(_ url: URL) throws -> TimeMLDocument {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw InputError(.unreadable, "cannot read: \(error.localizedDescription)", input: url.path)
    }
    return try TimeMLDocument(parsing: String(decoding: data, as: UTF8.self), input: url.path)
  }

  /// Adds one document pair.
  public mutating func add(gold: TimeMLDocument, system: TimeMLDocument, file: String) {
    documents += 1
    let goldSpans = gold.times.map { Self.compact($0.range, in: gold.text) }
    let systemSpans = system.times.map { Self.compact($0.range, in: system.text) }
    // Strict: same extent.
    let systemSet = Set(systemSpans.map { [$0.start, $0.end] })
    let goldSet = Set(goldSpans.map { [$0.start, $0.end] })
    let strictHits = goldSpans.filter { systemSet.contains([$0.start, $0.end]) }.count
    strict.truePositives += strictHits
    strict.falseNegatives += goldSpans.count - strictHits
    strict.falsePositives += systemSpans.filter { !goldSet.contains([$0.start, $0.end]) }.count
    // Relaxed: any overlap; attributes compared on one-to-one pairs, best overlap first.
    func overlaps(_ a: TextRange, _ b: TextRange) -> Bool { a.start < b.end && b.start < a.end }
    let goldFound = goldSpans.filter { g in systemSpans.contains { overlaps(g, $0) } }.count
    let systemFound = systemSpans.filter { s in goldSpans.contains { overlaps(s, $0) } }.count
    relaxed.truePositives += goldFound
    relaxed.falseNegatives += goldSpans.count - goldFound
    relaxed.falsePositives += systemSpans.count - systemFound
    var usedSystem = Set<Int>()
    for (g, goldSpan) in goldSpans.enumerated() {
      var best: (index: Int, overlap: Int)?
      for (s, systemSpan) in systemSpans.enumerated()
      where !usedSystem.contains(s) && overlaps(goldSpan, systemSpan) {
        let overlap = min(goldSpan.end, systemSpan.end) - max(goldSpan.start, systemSpan.start)
        if best == nil || overlap > best!.overlap { best = (s, overlap) }
      }
      let goldTime = gold.times[g]
      guard let best else {
        errors.append((file, "missed", Self.describe(goldTime), ""))
        continue
      }
      usedSystem.insert(best.index)
      matched += 1
      let systemTime = system.times[best.index]
      if goldTime.type == systemTime.type { typeCorrect += 1 }
      if goldTime.value == systemTime.value { valueCorrect += 1 }
      if goldTime.type != systemTime.type || goldTime.value != systemTime.value {
        errors.append((file, "value", Self.describe(goldTime), Self.describe(systemTime)))
      } else if goldSpan != systemSpans[best.index] {
        errors.append((file, "extent", Self.describe(goldTime), Self.describe(systemTime)))
      }
    }
    for (s, systemSpan) in systemSpans.enumerated()
    where !goldSpans.contains(where: { overlaps($0, systemSpan) }) {
      _ = s
      errors.append((file, "spurious", "", Self.describe(system.times[s])))
    }
  }

  private static func describe(_ time: TimeExpression) -> String {
    "\(time.text) [\(time.type.rawValue) \(time.value)]"
  }

  /// A range counted in non-space scalars of `text`.
  static func compact(_ range: TextRange, in text: String) -> TextRange {
    var start = 0
    var end = 0
    var position = 0
    for scalar in text.unicodeScalars {
      if position >= range.end { break }
      let space = scalar.properties.isWhitespace
      if !space {
        if position < range.start { start += 1 }
        end += 1
      }
      position += 1
    }
    return TextRange(start: start, end: end)
  }
}
