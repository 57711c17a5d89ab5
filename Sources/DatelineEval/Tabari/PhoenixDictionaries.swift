import DatelineKit
import Foundation

/// Loads the Phoenix (PETRARCH 2) dictionaries from a folder and times each file.
public struct PhoenixDictionaries {
  /// One file's load time and malformed-line count.
  public struct Load: Sendable, CustomStringConvertible {
    public var file: String
    public var seconds: Double
    public var entries: Int
    public var issues: Int
    public var description: String {
      String(
        format: "%-36@ %7.1f ms  %7d entries  %d malformed lines", (file as NSString).lastPathComponent,
        seconds * 1000, entries, issues)
    }
  }

  public var coder: EventCoder
  public var loads: [Load]
  public var issues: [DictionaryError]

  /// Reads `CAMEO.2.0.txt`, the `Phoenix.*.actors.txt` files, `Phoenix.agents.txt` and
  /// `Phoenix.discards.txt` from `folder`, reporting (not skipping) malformed lines.
  public init(folder: String) throws {
    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
    var loads: [Load] = []
    func timed(_ file: String, _ count: () -> Int, _ issues: () -> Int, _ body: () throws -> Void) rethrows {
      let before = (count(), issues())
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      loads.append(
        Load(file: file, seconds: seconds, entries: count() - before.0, issues: issues() - before.1))
    }
    var verbs = VerbDictionary()
    try timed(path("CAMEO.2.0.txt"), { verbs.verbs.count }, { verbs.issues.count }) {
      try verbs.read(path: path("CAMEO.2.0.txt"), strictness: .lenient)
    }
    var actors = ActorDictionary()
    for name in [
      "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
    ] {
      try timed(path(name), { actors.actors.count }, { actors.issues.count }) {
        try actors.readActors(path: path(name), strictness: .lenient)
      }
    }
    try timed(path("Phoenix.agents.txt"), { actors.agents.count }, { actors.issues.count }) {
      try actors.readAgents(path: path("Phoenix.agents.txt"), strictness: .lenient)
    }
    try timed(path("Phoenix.discards.txt"), { actors.actors.count }, { actors.issues.count }) {
      try actors.readDiscards(path: path("Phoenix.discards.txt"), strictness: .lenient)
    }
    var options = CodingOptions()
    options.maximumVerbs = 7
    options.maximumConjunctions = 6
    coder = EventCoder(
      verbs: verbs, actors: DictionaryActorResolver(dictionary: actors), options: options,
      nouns: actors.nouns, adjectives: actors.adjectives)
    self.loads = loads
    issues = verbs.issues + actors.issues
  }
}
