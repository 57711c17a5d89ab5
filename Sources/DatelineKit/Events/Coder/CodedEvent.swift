/// An actor taking part in a coded event.
public struct EventActor: Sendable, Hashable {
  /// The CAMEO actor code, e.g. `KAZGOV`.
  public var code: String
  /// The actor's code without agents (`FOR` for `FORGOVPRS`), used when a pronoun takes it over.
  public var base: String
  /// First and last word of the mention in the sentence; nil when forwarded from earlier text.
  public var words: ClosedRange<Int>?
  /// Unicode-scalar range of the mention in the text, when it is in this sentence.
  public var start: Int?
  public var end: Int?

  public init(code: String, base: String, words: ClosedRange<Int>? = nil, start: Int? = nil, end: Int? = nil)
  {
    self.code = code
    self.base = base
    self.words = words
    self.start = start
    self.end = end
  }
}

/// One who-did-what-to-whom event found in a sentence.
public struct CodedEvent: Sendable, Hashable {
  public var source: EventActor
  public var target: EventActor
  /// The CAMEO event code, e.g. `064`.
  public var code: String
  /// Unicode-scalar range of the verb phrase.
  public var verbStart: Int
  public var verbEnd: Int
  /// The dictionary pattern that set the code, if one did.
  public var pattern: String?
}

/// What the coder made of one sentence.
public enum SentenceCoding: Sendable, Hashable {
  /// Events (possibly none).
  case events([CodedEvent])
  /// Too complex to code (TABARI `+++`): too many verbs or conjunctions, no actor before the verb,
  /// or a `+++` actor or verb.
  case complex(String)
  /// Discarded (TABARI `###`): a discard actor or verb such as a sports phrase.
  case discarded(String)

  public var events: [CodedEvent] {
    if case .events(let events) = self { return events }
    return []
  }
}

/// What the coder carries from one sentence of a story to the next.
public struct CodingContext: Sendable {
  /// The last explicit source, for subject forwarding.
  var lastSource: [EventActor]?
  /// How often each actor code opened a sentence, and the story's main actor (the most frequent):
  /// the source of a passive with no `by` when no earlier sentence names one.
  var openings: [String: Int] = [:]
  var mainSource: EventActor?
  /// Actors named by the story's resolved entities, by the start offset of their mentions:
  /// consulted where the dictionaries know no actor.
  public var entities: [Int: EntityActor] = [:]

  /// A mention of a resolved entity with an actor code.
  public struct EntityActor: Sendable, Hashable {
    public var end: Int
    public var code: String
    public var id: String
    public init(end: Int, code: String, id: String) {
      self.end = end
      self.code = code
      self.id = id
    }
  }

  public init() {}

  mutating func opened(with actor: EventActor) {
    openings[actor.code, default: 0] += 1
    if let main = mainSource, main.code != actor.code,
      openings[main.code, default: 0] >= openings[actor.code]!
    {
      return
    }
    mainSource = EventActor(code: actor.code, base: actor.base)
  }
}
