import Foundation

/// Coding options from a TABARI `.options` file or `{ OPTION: ... }` commands.
///
/// ```
/// COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR
/// SET: MINIMUM WORDS = 8
/// COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0
/// ```
public struct CodingOptions: Sendable, Hashable {
  /// How much of a sentence yields events.
  public enum Scope: Sendable, Hashable { case clause, sentence, all }

  /// Word bounds of comma-delimited clauses that are dropped before coding.
  public struct CommaBounds: Sendable, Hashable {
    public var internalRange: ClosedRange<Int>?
    public var terminalRange: ClosedRange<Int>?
    public var initialRange: ClosedRange<Int>?
  }

  /// A sentence with this many verbs or more is complex (not coded); nil: no limit.
  public var maximumVerbs: Int?
  /// A sentence with this many clause conjunctions or more is complex; nil: no limit.
  public var maximumConjunctions: Int?
  /// A sentence whose coded verb has no actor before it is complex.
  public var complexWithoutActorBeforeVerb = false
  /// Sentences with fewer words are not coded.
  public var minimumWords = 0
  public var comma = CommaBounds(internalRange: 2...10, terminalRange: 2...10, initialRange: nil)
  public var scope = Scope.clause
  /// Agents with no actor become actors of their own (`~MIL`).
  public var convertAgents = false
  /// Whether converted agents keep TABARI's `~` marker (`~MIL`) or show the bare code (`MIL`).
  public var markConvertedAgents = true
  /// Pronouns at the start of a story's later sentences take the last sentence's source.
  public var forwardSubjects = false
  /// Source code when no actor is found (`DEFAULT: SOURCE [X] PRIOR`).
  public var defaultSource: String?
  public var defaultSourcePrior = false
  /// Target code when no target is found (`DEFAULT: … TARGET [Y] AFTER`).
  public var defaultTarget: String?
  public var defaultTargetAfter = false
  /// Labels for codes (`LABEL: 064=...`).
  public var labels: [String: String] = [:]
  /// Whether the part-of-speech tagger (``SyntaxTagger``) checks verb candidates: a dictionary
  /// verb the tagger reads as a noun or adjective ("the attack", "talks") is not coded as a verb.
  public var partOfSpeech = false
  /// Whether the shallow syntax layer (``SyntaxTagger`` tags and chunks) reads each verb's verb
  /// group: a negated verb ("did not attack") codes nothing, a refusal ("refused to meet") codes
  /// CAMEO's rejection of what was refused (125), a passive without `by` ("have been deployed")
  /// takes its source from the story, and coordinated verbs ("arrested and beat") share their
  /// object. On for the built-in coder of `dateline analyze`; off for TABARI's suite.
  public var syntax = false

  public init() {}

  /// Reads an options file; every line must be a known command, a comment or blank.
  public static func read(path: String, strictness: DictionaryStrictness = .strict) throws -> (
    CodingOptions, [DictionaryError]
  ) {
    let text = try DictionaryLines.contents(of: path)
    var options = CodingOptions()
    var lines = DictionaryLines(file: path, strictness: strictness)
    var number = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("//") || line.hasPrefix("~~") { continue }
      if let problem = options.apply(line) { try lines.report(.unknownCommand, problem, line: number) }
    }
    return (options, lines.issues)
  }

  /// Applies one command; returns a message when the command is not understood.
  public mutating func apply(_ command: String) -> String? {
    guard let colon = command.firstIndex(of: ":") else { return "not a command: \(command)" }
    let verb = command[..<colon].trimmingCharacters(in: .whitespaces).uppercased()
    let rest = command[command.index(after: colon)...].trimmingCharacters(in: .whitespaces).uppercased()
    switch verb {
    case "COMPLEX":
      maximumVerbs = Self.bracketNumber(after: "VERBS", in: rest)
      maximumConjunctions = Self.bracketNumber(after: "CONJ", in: rest)
      complexWithoutActorBeforeVerb = rest.contains("NOACTPRIOR")
    case "SET":
      let parts = rest.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      let key = parts[0]
      let value = parts.count > 1 ? parts[1] : ""
      switch key {
      case "MINIMUM WORDS":
        guard let number = Int(value) else { return "MINIMUM WORDS needs a number" }
        minimumWords = number
      case "CODE BY CLAUSE": scope = .clause
      case "CODE BY SENTENCE": scope = .sentence
      case "CODE ALL": scope = .all
      case "CONVERT AGENT": convertAgents = value == "TRUE"
      default: break  // display and bookkeeping settings (LABEL, USAGE, SKIP RECORDS, TIME SHIFT …)
      }
    case "LABEL":
      let parts = rest.split(separator: "=", maxSplits: 1)
      guard parts.count == 2 else { return "LABEL needs CODE=TEXT" }
      labels[String(parts[0])] = String(parts[1])
    case "COMMA":
      if rest.hasPrefix("OFF") {
        comma = CommaBounds()
        return nil
      }
      var values: [String: Int] = [:]
      let tokens = rest.replacingOccurrences(of: "=", with: " ").split(separator: " ")
      var i = 0
      while i + 1 < tokens.count {
        guard let value = Int(tokens[i + 1]) else { return "COMMA: \(tokens[i]) needs a number" }
        values[String(tokens[i])] = value
        i += 2
      }
      func range(_ low: String, _ high: String) -> ClosedRange<Int>? {
        guard let a = values[low], let b = values[high], a <= b else { return nil }
        return a...b
      }
      comma = CommaBounds(
        internalRange: range("MIN", "MAX"), terminalRange: range("EMIN", "EMAX"),
        initialRange: range("BMIN", "BMAX"))
    case "FORWARD":
      forwardSubjects = !rest.hasSuffix("OFF")
    case "DEFAULT":
      if rest.hasPrefix("OFF") {
        defaultSource = nil
        defaultTarget = nil
        return nil
      }
      func code(after key: String) -> String? {
        guard let range = rest.range(of: key) else { return nil }
        let tail = rest[range.upperBound...].drop { $0 == " " }
        guard tail.first == "[", let close = tail.firstIndex(of: "]") else { return nil }
        return String(tail[tail.index(after: tail.startIndex)..<close])
      }
      defaultSource = code(after: "SOURCE")
      defaultTarget = code(after: "TARGET")
      defaultSourcePrior = rest.contains("PRIOR")
      defaultTargetAfter = rest.contains("AFTER")
    case "OUTPUT", "DOCUMENT", "FBIS": break  // output layout; defaults are not used by this coder
    default: return "unknown command \(verb):"
    }
    return nil
  }

  private static func bracketNumber(after key: String, in text: String) -> Int? {
    guard let range = text.range(of: key + "[") else { return nil }
    let digits = text[range.upperBound...].prefix(while: \.isNumber)
    return Int(digits)
  }
}

/// A TABARI `.project` file: the dictionaries, options and text of a coding project.
public struct CodingProject: Sendable {
  public var actorFiles: [String] = []
  public var verbFiles: [String] = []
  public var agentFiles: [String] = []
  public var optionsFile: String?
  public var textFiles: [String] = []

  /// Reads `<actorsfile> PATH` style lines; paths are relative to the project's folder.
  public static func read(path: String) throws -> CodingProject {
    let text = try DictionaryLines.contents(of: path)
    let folder = (path as NSString).deletingLastPathComponent
    var project = CodingProject()
    for line in text.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("<"), let close = trimmed.firstIndex(of: ">") else { continue }
      let tag = trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercased()
      let value = trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces)
      guard !value.isEmpty, !value.contains("<") else { continue }
      let file = (folder as NSString).appendingPathComponent(value)
      switch tag {
      case "actorsfile": project.actorFiles.append(file)
      case "verbsfile": project.verbFiles.append(file)
      case "agentsfile": project.agentFiles.append(file)
      case "optionsfile": project.optionsFile = file
      case "textfile": project.textFiles.append(file)
      default: break
      }
    }
    return project
  }
}
