import DatelineKit
import Foundation

/// Runs the TABARI validation suite: codes every standard record and compares the events.
///
/// A record passes when the multiset of (source, target, code) triples equals the expected one,
/// or when no event, a complex sentence or a discard is expected and found. `{ OPTION: … }`
/// records change the options for the records after them, as in TABARI.
public struct TabariValidation {
  public struct Outcome: Sendable {
    public var record: ValidationRecord
    public var found: ValidationRecord.Expectation
    public var passed: Bool
  }

  public struct Report: Sendable, CustomStringConvertible {
    public var outcomes: [Outcome]
    public var passed: Int { outcomes.filter(\.passed).count }
    public var rate: Double { outcomes.isEmpty ? 0 : Double(passed) / Double(outcomes.count) }

    /// Pass counts by category, in the order categories first appear.
    public var byCategory: [(category: String, passed: Int, total: Int)] {
      var order: [String] = []
      var counts: [String: (Int, Int)] = [:]
      for outcome in outcomes {
        let c = outcome.record.category
        if counts[c] == nil { order.append(c) }
        counts[c, default: (0, 0)].0 += outcome.passed ? 1 : 0
        counts[c, default: (0, 0)].1 += 1
      }
      return order.map { ($0, counts[$0]!.0, counts[$0]!.1) }
    }

    public var description: String {
      var lines = [
        "TABARI validation: \(passed)/\(outcomes.count) records pass (\(String(format: "%.1f", rate * 100))%)"
      ]
      for (category, passed, total) in byCategory {
        lines.append(
          "  \(category.padding(toLength: 10, withPad: " ", startingAt: 0)) \(passed)/\(total)")
      }
      return lines.joined(separator: "\n")
    }
  }

  public var coder: EventCoder

  public init(coder: EventCoder) { self.coder = coder }

  /// Loads a TABARI project (a `.project` file, or a folder holding `Validate.project`).
  public static func load(project path: String) throws -> (
    TabariValidation, [ValidationRecord], [DictionaryError]
  ) {
    var isFolder: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    let projectPath =
      isFolder.boolValue ? (path as NSString).appendingPathComponent("Validate.project") : path
    let project = try CodingProject.read(path: projectPath)
    var actors = ActorDictionary()
    for file in project.actorFiles { try actors.readActors(path: file, strictness: .lenient) }
    for file in project.agentFiles { try actors.readAgents(path: file, strictness: .lenient) }
    var verbs = VerbDictionary()
    for file in project.verbFiles { try verbs.read(path: file, strictness: .lenient) }
    var options = CodingOptions()
    var issues = actors.issues + verbs.issues
    if let file = project.optionsFile {
      let (read, optionIssues) = try CodingOptions.read(path: file, strictness: .lenient)
      options = read
      issues += optionIssues
    }
    if options.minimumWords == 0 { options.minimumWords = 8 }  // TABARI's default minimum sentence length
    let coder = EventCoder(
      verbs: verbs, actors: DictionaryActorResolver(dictionary: actors), options: options,
      nouns: actors.nouns,
      adjectives: actors.adjectives)
    var records: [ValidationRecord] = []
    for file in project.textFiles { records += try ValidationRecord.read(path: file) }
    return (TabariValidation(coder: coder), records, issues)
  }

  /// Codes the records in order and scores those with an expectation.
  public func run(_ records: [ValidationRecord]) -> Report {
    var coder = self.coder
    var outcomes: [Outcome] = []
    var context = CodingContext()
    var story = ""
    for record in records {
      for option in record.options { _ = coder.options.apply(option) }
      guard record.options.isEmpty, let expectation = record.expectation, record.category != "START" else {
        continue
      }
      if record.story != story {
        context = CodingContext()
        story = record.story
      }
      var triples: [ValidationRecord.Triple] = []
      var complex = false
      var discarded = false
      for sentence in Self.units(record.text) {
        switch coder.code(sentence, date: record.date, context: &context) {
        case .events(let events):
          triples += events.map {
            ValidationRecord.Triple(source: $0.source.code, target: $0.target.code, code: $0.code)
          }
        case .complex: complex = true
        case .discarded: discarded = true
        }
      }
      let found: ValidationRecord.Expectation =
        !triples.isEmpty ? .events(triples.sorted()) : discarded ? .discarded : complex ? .complex : .noEvent
      let passed: Bool
      switch expectation {
      case .noEvent: passed = triples.isEmpty
      case .events(let expected) where record.allowsAdditional:
        // "do not check additional records": every listed event must be among those found
        var left = triples
        passed = expected.allSatisfy { triple in
          guard let k = left.firstIndex(of: triple) else { return false }
          left.remove(at: k)
          return true
        }
      default: passed = found == expectation
      }
      outcomes.append(Outcome(record: record, found: found, passed: passed))
    }
    return Report(outcomes: outcomes)
  }
}

extension TabariValidation {
  /// What TABARI codes as one sentence: the whole text record (manual §4.x: a record is one
  /// sentence; more than 127 words are truncated), so complexity counts run over all of it.
  static func units(_ text: String) -> [[CodingWord]] {
    let sentences = CodingText.sentences(text)
    guard sentences.count > 1 else { return sentences }
    return [Array(sentences.joined().prefix(127))]
  }
}
