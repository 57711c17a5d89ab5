/// One attribution: what was said (or written), by whom, how and where.
///
/// A direct quote's content is what stands between the quote marks, marks included; a reported
/// one's is the clause after the cue (`that` included) or before it. All ranges are scalar
/// offsets into the article's `text`.
///
/// ```swift
/// // “We will not stop,” said Aminata Diop, a 24-year-old student.
/// // range: “We will not stop,”  kind: .direct  speakerName: Aminata Diop  cue: said
/// ```
public struct Quote: Sendable, Hashable {
  /// How the content is given.
  public enum Kind: String, Sendable, Hashable {
    /// Between quote marks.
    case direct
    /// Reported speech, no quote marks.
    case indirect
    /// Reported speech that quotes some words (`said Minsk “will respond adequately”`).
    case mixed
  }

  /// The content's extent: from the first part's start to the last part's end.
  public var range: TextRange
  /// The content's pieces when the attribution interrupts it (`“A,” he said. “B.”`); else one.
  public var parts: [TextRange]
  public var kind: Kind
  /// Who said it as written (`he`, `the ministry`), with any apposition (`Aminata Diop, a
  /// 24-year-old student`).
  public var speakerRange: TextRange?
  /// The speaker's name: the text of the speaker span, or of the named mention a pronoun or
  /// nominal resolves to.
  public var speakerName: String?
  /// The named mention a pronoun or nominal speaker resolves to (the speaker span itself when
  /// it is a name); the entities stage maps it to an entity id.
  public var speakerReference: TextRange?
  /// The speaker's entity id, once an entities stage has resolved it (see ``SpeakerResolution``).
  public var speaker: String?
  /// The verb or phrase that introduces the content (`said`, `according to`, `called on`).
  public var cue: String?
  public var cueRange: TextRange?
  /// Where it was said (`in a statement`, `on its Telegram channel`, `told a news conference`).
  public var channel: String?
  public var channelRange: TextRange?
  /// To whom (`reporters`, `Reuters`).
  public var addressee: String?
  public var addresseeRange: TextRange?
  /// When, as written (`on Monday`); the time stage anchors it.
  public var date: String?
  public var dateRange: TextRange?

  public init(range: TextRange, parts: [TextRange]? = nil, kind: Kind) {
    self.range = range
    self.parts = parts ?? [range]
    self.kind = kind
  }
}
