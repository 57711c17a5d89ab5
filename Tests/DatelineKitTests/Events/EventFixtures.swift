import DatelineKit

/// Small dictionaries written for these tests (fictional countries, our own patterns).
enum EventFixtures {
  static let actors = """
    <NOUN>
    HARBOURS
    </NOUN>
    <ADJECTIVE>
    RESTLESS
    </ADJECTIVE>
    VALDORIA [VAL]
    KESTRELIA_ [KES]
    MARENTO [MAR]
    +PORT_LUCE
    OSTRAVIN [OST]
    NORTH_TALLIS [NTA]
    TEMPEST_LEAGUE [IGOTEM]
    FERRO BANK [FBK]
    QUILL [QLL <200101] [QLLGOV 200101-211231] [QLLREB]
    HUSHWOOD [###]
    STORMBRIDGE [+++]
    NOBODY [---]
    """

  static let agents = """
    POLICE_ [~COP]
    FOREIGN_MINISTER_ [~GOVFRM]
    RIGHTS_ACTIVISTS_ [NGM~]
    """

  static let verbs = """
    <SYNSETS>
    &AIDTYPE
    +GRAIN
    +MEDICINE_
    +FRESH_WATER
    </SYNSETS>
    <TIME>
    ONCE_IN_A_BLUE_MOON [###]
    </TIME>
    PRAISE [051]
    CONDEMN [122]
    - STRONGLY_* [123]
    SEND [---]
    - * &AIDTYPE TO + [071]
    - * TROOPS_ TO [172]
    - * { ENVOY | DELEGATION } TO [036]
    - * ENVOY [035]
    FREE_ [066]
    - + * BY $ [067]
    MEET [031:031]
    - % * [041]
    VISIT_ [042:043]
    WARN [130]
    - * AT ^ + [131]
    - $ ^ THAT * [132]
    SAID [010?]
    - * GREETING [015]
    FOOTBALL [###]
    BLAST [+++]
    OPPOS [112]
    """

  static func coder(options: CodingOptions = CodingOptions()) throws -> EventCoder {
    var dictionary = ActorDictionary()
    try dictionary.readActors(text: actors, file: "fixture.actors")
    try dictionary.readAgents(text: agents, file: "fixture.agents")
    var verbDictionary = VerbDictionary()
    try verbDictionary.read(text: verbs, file: "fixture.verbs")
    return EventCoder(
      verbs: verbDictionary, actors: DictionaryActorResolver(dictionary: dictionary), options: options,
      nouns: dictionary.nouns, adjectives: dictionary.adjectives)
  }

  /// The (source, target, code) triples of a one-sentence text, sorted.
  static func triples(_ text: String, date: Int? = 20250101, options: CodingOptions = CodingOptions()) throws
    -> [String]
  {
    let coder = try coder(options: options)
    var context = CodingContext()
    return CodingText.sentences(text).flatMap { coder.code($0, date: date, context: &context).events }
      .map { "\($0.source.code)/\($0.target.code)/\($0.code)" }.sorted()
  }

  static func coding(_ text: String, date: Int? = 20250101, options: CodingOptions = CodingOptions()) throws
    -> SentenceCoding
  {
    var context = CodingContext()
    return try coder(options: options).code(CodingText.sentences(text)[0], date: date, context: &context)
  }
}
