/// Codes who-did-what-to-whom events in sentences, TABARI style.
///
/// The coder is a shallow pattern coder: it finds actors (longest dictionary phrase, or from an
/// ``ActorResolving`` entity layer), attaches agents, joins compound actors, drops short
/// comma-delimited clauses, splits clauses at conjunctions, and codes the first verb of each
/// clause whose pattern (or default code) gives an event. The source is the first actor before
/// the verb (or `$`), the target the first after it (or `+`); passive `by` swaps them.
///
/// ```swift
/// let coder = EventCoder(verbs: verbs, actors: DictionaryActorResolver(dictionary: actors))
/// var context = CodingContext()
/// let coding = coder.code(CodingText.sentences(text)[0], date: 20220105, context: &context)
/// ```
public struct EventCoder: Sendable {
  public var verbs: VerbDictionary { didSet { compile() } }
  public var actors: any ActorResolving { didSet { compile() } }
  public var options: CodingOptions
  /// Words that are nouns, never verbs (TABARI `<NOUN>`).
  public var nouns: Set<String> { didSet { compile() } }
  /// Words that are adjectives (TABARI `<ADJECTIVE>`), allowed inside compounds.
  public var adjectives: Set<String> { didSet { compile() } }
  /// The dictionaries above compiled for matching.
  private var compiled: CompiledDictionaries

  public init(
    verbs: VerbDictionary, actors: any ActorResolving, options: CodingOptions = CodingOptions(),
    nouns: Set<String> = [], adjectives: Set<String> = []
  ) {
    self.verbs = verbs
    self.actors = actors
    self.options = options
    self.nouns = nouns
    self.adjectives = adjectives
    compiled = CompiledDictionaries(verbs: verbs, actors: actors, nouns: nouns, adjectives: adjectives)
  }

  private mutating func compile() {
    compiled = CompiledDictionaries(verbs: verbs, actors: actors, nouns: nouns, adjectives: adjectives)
  }

  /// The longest actor or agent mention at `index`: compiled when the resolver is a dictionary.
  /// An entity the story resolved (`Tokayev` → KAZGOV) names an actor where the dictionaries
  /// know none.
  private func mention(
    _ words: [CodingWord], _ matches: SentenceMatches, at index: Int, date: Int?,
    entities: [Int: CodingContext.EntityActor] = [:]
  ) -> ActorMention? {
    let found =
      compiled.actorDictionary != nil
      ? compiled.mention(in: words, matches, at: index, date: date)
      : actors.mention(in: words, at: index, date: date)
    guard found == nil, !words[index].isComma, let entity = entities[words[index].start] else { return found }
    var last = index
    while last + 1 < words.count, !words[last + 1].isComma, words[last + 1].end <= entity.end { last += 1 }
    return ActorMention(first: index, last: last, kind: .actor([entity.code]), entity: entity.id)
  }

  static let determiners: Set<String> = ["THE", "A", "AN"]
  static let conjunctions: Set<String> = ["AND", "OR", "BUT", "NOR"]
  static let pronouns: Set<String> = ["HE", "SHE", "IT", "THEY", "HIM", "HER", "THEM", "THEIR"]
  static let relatives: Set<String> = ["WHICH", "WHO"]
  static let beVerbs: Set<String> = ["WAS", "WERE", "IS", "ARE", "BEEN", "BEING", "BE"]

  /// Codes one sentence. `date` is `yyyymmdd` and selects dated actor codes.
  public func code(_ sentence: [CodingWord], date: Int?, context: inout CodingContext) -> SentenceCoding {
    let wordCount = sentence.reduce(0) { $0 + ($1.isComma ? 0 : 1) }
    guard wordCount >= options.minimumWords, wordCount > 0 else { return .events([]) }
    let matches = SentenceMatches(sentence, lexicon: compiled.lexicon)
    // time phrases coded ### or +++ (TABARI <TIME>) act before comma clauses are dropped
    if let discard = compiled.timeVerdict(sentence, matches) {
      return discard ? .discarded("discard time phrase") : .complex("complex time phrase")
    }
    let (words, origin) = dropCommaClauses(sentence, matches, date: date, entities: context.entities)
    var analysis = Analysis(words: words, matches: matches.picking(origin))
    analysis.entities = context.entities
    tag(&analysis, date: date)
    if options.partOfSpeech { checkVerbs(&analysis) }
    if let reason = analysis.discard { return .discarded(reason) }
    if let reason = analysis.complex { return .complex(reason) }
    if options.syntax { readVerbGroups(&analysis) }
    buildGroups(&analysis, context: context)
    analysis.contextSource = context.lastSource ?? context.mainSource.map { [$0] }
    if let first = analysis.firstExplicit {
      context.lastSource = [
        EventActor(code: first.code, base: first.base, start: first.start, end: first.end)
      ]
      context.opened(with: first)
    }
    if let limit = options.maximumVerbs, analysis.verbCount >= limit {
      return .complex("\(analysis.verbCount) verbs")
    }
    if let limit = options.maximumConjunctions, analysis.conjunctionCount >= limit {
      return .complex("\(analysis.conjunctionCount) conjunctions")
    }
    if options.complexWithoutActorBeforeVerb && analysis.verbUnits.isEmpty {
      return .complex("no verb, so no actor before it")
    }
    return codeClauses(analysis, context: &context)
  }

  /// How many actor (and, when agents convert, agent) mentions and verb candidates the coder
  /// finds in a sentence once comma clauses are dropped: for coverage reports.
  public func shape(_ sentence: [CodingWord], date: Int?) -> (actors: Int, verbs: Int) {
    let matches = SentenceMatches(sentence, lexicon: compiled.lexicon)
    let (words, origin) = dropCommaClauses(sentence, matches, date: date, entities: [:])
    var analysis = Analysis(words: words, matches: matches.picking(origin))
    tag(&analysis, date: date)
    let actors = analysis.mentions.filter {
      if case .actor = $0.kind { return true }
      return options.convertAgents
    }
    return (actors.count, analysis.verbUnits.count)
  }

  /// The words left after comma-clause deletion with their roles, actor groups and clause
  /// breaks: what the coder saw, for debugging dictionaries.
  public func explain(_ sentence: [CodingWord], date: Int?) -> String {
    let matches = SentenceMatches(sentence, lexicon: compiled.lexicon)
    let (words, origin) = dropCommaClauses(sentence, matches, date: date, entities: [:])
    var analysis = Analysis(words: words, matches: matches.picking(origin))
    tag(&analysis, date: date)
    buildGroups(&analysis, context: CodingContext())
    var parts: [String] = []
    for (i, word) in words.enumerated() {
      var label = word.text
      switch analysis.roles[i] {
      case .verb(let v): label += "/V:" + (verbs.verbs[analysis.verbUnits[v].verb].code?.description ?? "-")
      case .mention: label += "/A"
      case .other, .comma: break
      default: label += "/\(analysis.roles[i])"
      }
      if analysis.separators.contains(i) { label += " |" }
      parts.append(label)
    }
    let groups = analysis.groups.map {
      "[\($0.members.map(\.code).joined(separator: "+")) \($0.first)-\($0.last)]"
    }
    return parts.joined(separator: " ") + "\n  groups: " + groups.joined(separator: " ")
      + (analysis.discard.map { "\n  discard: " + $0 } ?? "")
      + (analysis.complex.map { "\n  complex: " + $0 } ?? "")
  }

  // MARK: - Comma clauses

  /// The words kept and their indices in `words`.
  private func dropCommaClauses(
    _ words: [CodingWord], _ matches: SentenceMatches, date: Int?, entities: [Int: CodingContext.EntityActor]
  ) -> (
    [CodingWord], [Int]
  ) {
    let commas = words.indices.filter { words[$0].isComma }
    guard !commas.isEmpty else { return (words, Array(words.indices)) }
    var keep = [Bool](repeating: true, count: words.count)
    var marks = Set<Int>()
    func count(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + (words[$1].isComma ? 0 : 1) } }
    func hasActor(_ range: Range<Int>) -> Bool {
      range.contains {
        if case .actor? = mention(words, matches, at: $0, date: date, entities: entities)?.kind {
          return true
        } else {
          return false
        }
      }
    }
    // initial clause
    if let bounds = options.comma.initialRange, bounds.contains(count(0..<commas[0])) {
      for i in 0...commas[0] { keep[i] = false }
    }
    // internal clauses
    if let bounds = options.comma.internalRange {
      for (a, b) in zip(commas, commas.dropFirst()) where keep[a] && !marks.contains(a) {
        let range = (a + 1)..<b
        guard bounds.contains(count(range)) else { continue }
        // keep members of actor lists: "Mordor, the Shire, Fornost and Bree"
        let after = b + 1 < words.count ? words[b + 1].text : ""
        // and ", and Ithilen and Dagolath," which goes on with one
        // (a member opens with its actor, after determiners and adjectives: not "associated with the IMF")
        var opening = a + 1
        while opening < b, !compiled.wordClass(opening, matches).isDisjoint(with: [.determiner, .adjective]) {
          opening += 1
        }
        if hasActor((a + 1)..<min(b, opening + 1))
          && (Self.conjunctions.contains(after) || hasActor((b + 1)..<min(words.count, b + 2)))
          || (hasActor(range) && Self.conjunctions.contains(words[a + 1].text))
        {
          continue
        }
        // the clause takes both its commas with it, leaving a mark that joins nothing
        for i in a..<b { keep[i] = false }
        marks.insert(b)
      }
    }
    if let bounds = options.comma.terminalRange, let last = commas.last, keep[last], !marks.contains(last) {
      let range = (last + 1)..<words.count
      if bounds.contains(count(range)) {
        // a short actor tail, or a list going on: ", and Elrond the chief of …"
        let afterActor =
          hasActor(range) && (range.count <= 2 || Self.conjunctions.contains(words[last + 1].text))
        if !afterActor { for i in last..<words.count { keep[i] = false } }
      }
    }
    let origin = words.indices.filter { keep[$0] }
    return (
      origin.map { i in
        var word = words[i]
        if marks.contains(i) { word.text = Self.clauseMark }
        return word
      }, origin
    )
  }

  /// Stands where a comma clause was dropped: blocks agents and compounds from joining across it.
  static let clauseMark = "|"

  // MARK: - Tagging

  enum Role: Equatable {
    case other, comma, conjunction, determiner, pronoun, noun, adjective, former
    case mention(Int)
    case verb(Int)  // index into analysis.verbUnits
  }

  struct VerbUnit {
    var first: Int
    var last: Int
    var verb: Int
  }

  /// A verb as its verb group reads.
  struct VerbReading {
    /// "did not attack", "never met": the verb codes nothing.
    var negated = false
    /// "refused to meet": the refusal codes this instead (CAMEO 12, reject).
    var refusal: EventCode?
    /// "was deployed": a form of BE before a past participle.
    var passive = false
  }

  struct Group {
    var members: [EventActor]
    var first: Int
    var last: Int
    var compound: Bool { members.count > 1 }
  }

  struct Analysis {
    var words: [CodingWord]
    /// The words' lexicon matches.
    var matches: SentenceMatches
    var roles: [Role]
    var mentions: [ActorMention] = []
    /// Actors the story's entities name, by start offset.
    var entities: [Int: CodingContext.EntityActor] = [:]
    var verbUnits: [VerbUnit] = []
    var groups: [Group] = []
    var separators: [Int] = []
    /// The first actor named (not a pronoun) in the sentence.
    var firstExplicit: EventActor?
    /// Conjunctions outside compound actors, for the complexity limit.
    var conjunctionCount = 0
    var discard: String?
    var complex: String?
    var verbCount = 0
    /// What the syntax layer read of each verb unit, by its first word (empty without `options.syntax`).
    var readings: [Int: VerbReading] = [:]
    /// The source the story gives a sentence: the previous sentence's, else the main actor.
    var contextSource: [EventActor]?

    init(words: [CodingWord], matches: SentenceMatches) {
      self.words = words
      self.matches = matches
      roles = Array(repeating: .other, count: words.count)
    }
  }

  private func tag(_ a: inout Analysis, date: Int?) {
    let words = a.words
    let allCaps = !words.contains { !$0.capitalized && Self.hasLetter($0.text) }
    var i = 0
    while i < words.count {
      let text = words[i].text
      if words[i].isComma {
        a.roles[i] = .comma
        i += 1
        continue
      }
      if let mention = mention(words, a.matches, at: i, date: date, entities: a.entities) {
        if case .actor(let codes) = mention.kind {
          if codes.contains("###") { a.discard = a.discard ?? "discard actor \(text)" }
          if codes.contains("+++") { a.complex = a.complex ?? "complex actor \(text)" }
          if codes.contains("---") || codes.contains("###") || codes.contains("+++") {
            for j in mention.first...mention.last { a.roles[j] = .noun }
            i = mention.last + 1
            continue
          }
        }
        a.mentions.append(mention)
        for j in mention.first...mention.last { a.roles[j] = .mention(a.mentions.count - 1) }
        i = mention.last + 1
        continue
      }
      let wordClass = compiled.wordClass(i, a.matches)
      if let (verb, last) = compiled.verb(in: words, a.matches, at: i) {
        let nounLike =
          (i > 0 && compiled.wordClass(i - 1, a.matches).contains(.determiner))
          || (words[i].capitalized && i > 0 && !allCaps) || wordClass.contains(.noun)
        if nounLike {
          for j in i...last { a.roles[j] = .noun }
        } else {
          let code = verbs.verbs[verb].code
          if code?.isDiscard == true { a.discard = a.discard ?? "discard verb \(text)" }
          a.verbUnits.append(VerbUnit(first: i, last: last, verb: verb))
          for j in i...last { a.roles[j] = .verb(a.verbUnits.count - 1) }
          if code?.isDiscard != true { a.verbCount += 1 }
        }
        i = last + 1
        continue
      }
      if wordClass.contains(.conjunction) {
        a.roles[i] = .conjunction
      } else if wordClass.contains(.determiner) {
        a.roles[i] = .determiner
      } else if wordClass.contains(.pronoun) {
        a.roles[i] = .pronoun
      } else if wordClass.contains(.former) {
        a.roles[i] = .former
      } else if wordClass.contains(.adjective) {
        a.roles[i] = .adjective
      } else if wordClass.contains(.noun) || (text.utf8.last == UInt8(ascii: "S") && isPluralNoun(text)) {
        a.roles[i] = .noun
      }
      i += 1
    }
  }

  /// Demotes verb candidates the part-of-speech tagger reads as nouns or adjectives. Only
  /// sentences with an actor and a verb candidate are tagged.
  private func checkVerbs(_ a: inout Analysis) {
    guard !a.verbUnits.isEmpty, !a.mentions.isEmpty else { return }
    let tagger = tagged(a.words, chunks: false)
    let tags = tagger.model.partOfSpeech.tags
    var kept: [VerbUnit] = []
    var demoted = false
    for unit in a.verbUnits {
      let tag = tags[Int(tagger.partOfSpeech[unit.first])]
      let nominal = tag.hasPrefix("NN") || tag.hasPrefix("JJ")
      if nominal && verbs.verbs[unit.verb].code?.isDiscard != true {
        for j in unit.first...unit.last { a.roles[j] = .noun }
        a.verbCount -= 1
        demoted = true
      } else {
        for j in unit.first...unit.last { a.roles[j] = .verb(kept.count) }
        kept.append(unit)
      }
    }
    if demoted { a.verbUnits = kept }
  }

  /// Runs the syntax tagger over the coder's words, written as they most likely stood.
  private func tagged(_ words: [CodingWord], chunks: Bool) -> SyntaxTagger {
    var bytes: [UInt8] = []
    var tokens: [Token] = []
    bytes.reserveCapacity(words.count * 8)
    // a sentence in capitals tells nothing by its capitals: write it in lower case after its first word
    let allCaps = !words.contains { !$0.capitalized && Self.hasLetter($0.text) }
    for (w, word) in words.enumerated() {
      if !bytes.isEmpty { bytes.append(0x20) }
      let start = bytes.count
      // the coder keeps upper case and a capital flag: write words as they most likely stood
      let capital = word.capitalized && (!allCaps || w == 0)
      for (k, byte) in word.text.utf8.enumerated() {
        bytes.append((k == 0 && capital) || byte < 0x41 || byte > 0x5A ? byte : byte | 0x20)
      }
      tokens.append(Token(start: Int32(start), end: Int32(bytes.count), kind: .word))
    }
    var tagger = SyntaxTagger()
    bytes.withUnsafeBufferPointer { tagger.tag($0, tokens[...], chunks: chunks) }
    return tagger
  }

  static let negations: Set<String> = ["NOT", "NEVER", "CANNOT"]
  static func isNegation(_ text: String) -> Bool { negations.contains(text) || text.hasSuffix("N'T") }
  static func isRefusal(_ text: String) -> Bool { text.hasPrefix("REFUS") || text.hasPrefix("DECLIN") }

  /// What refusing an action codes (CAMEO 12, reject), by the refused action's root: meeting or
  /// negotiating (03, 04) → 125, diplomatic cooperation (05) → 120, material cooperation (06) →
  /// 121, aid (07) → 122, yielding (08) → 124. Nil for other roots: the refusal codes itself.
  static func rejection(of code: String) -> String? {
    switch code.prefix(2) {
    case "03", "04": "125"
    case "05": "120"
    case "06": "121"
    case "07": "122"
    case "08": "124"
    default: nil
    }
  }

  /// CAMEO codes whose object is the actor's own force (peacekeepers, troops, ships): 074
  /// (military protection or peacekeeping) and 15 (exhibit force posture).
  static func deploysOwnForces(_ code: String) -> Bool {
    code.hasPrefix("074") || code.hasPrefix("15")
  }

  /// Reads each verb's group with the syntax tagger: negation, refusal, passive voice.
  private func readVerbGroups(_ a: inout Analysis) {
    guard !a.verbUnits.isEmpty, !a.mentions.isEmpty else { return }
    // tag only sentences where a verb has a negation, a form of BE or TO in the words before it:
    // the others read as they are, and the tagger stays out of most sentences
    let words = a.words
    let worth = a.verbUnits.contains { unit in
      let before = words[max(0, unit.first - 6)..<unit.first]
      if before.contains(where: { Self.isNegation($0.text) }) { return true }
      if unit.first >= 2, words[unit.first - 1].text == "TO", Self.isRefusal(words[unit.first - 2].text) {
        return true
      }
      // a passive needs a participle: most end so (attacked, taken, shown, sent, hit)
      let verb = words[unit.first].text.utf8
      let participle =
        verb.count > 2 && [UInt8(ascii: "D"), UInt8(ascii: "N"), UInt8(ascii: "T")].contains(verb.last!)
      return participle && before.contains { Self.beVerbs.contains($0.text) }
    }
    guard worth else { return }
    let tagger = tagged(a.words, chunks: true)
    let tags = tagger.model.partOfSpeech.tags
    func tag(_ i: Int) -> String { tags[Int(tagger.partOfSpeech[i])] }
    var chunkStart = Array(a.words.indices)
    for chunk in tagger.chunks where chunk.type == "VP" {
      for t in chunk.tokens where t < chunkStart.count { chunkStart[t] = chunk.tokens.lowerBound }
    }
    for unit in a.verbUnits {
      // the verb group: its VP chunk, and adverbs, modals and auxiliaries right before it
      var first = chunkStart[unit.first]
      while first > 0, first > unit.first - 6,
        ["RB", "MD", "VBD", "VBZ", "VBP", "VB", "VBN", "TO"].contains(tag(first - 1))
          || Self.isNegation(a.words[first - 1].text)
      {
        first -= 1
      }
      let before = a.words[first..<unit.first].map(\.text)
      var reading = VerbReading()
      reading.negated = before.contains(where: Self.isNegation)
      reading.passive = tag(unit.first) == "VBN" && before.contains(where: Self.beVerbs.contains)
      a.readings[unit.first] = reading
    }
    // "refused to meet": the refused verb codes the rejection of itself, the refusal verb nothing
    for unit in a.verbUnits where unit.first >= 2 && a.words[unit.first - 1].text == "TO" {
      let refusal = unit.first - 2
      guard Self.isRefusal(a.words[refusal].text), a.readings[unit.first]?.negated != true,
        let code = verbs.verbs[unit.verb].code, let rejected = Self.rejection(of: code.primary)
      else { continue }
      let refusalNegated = a.readings[refusal]?.negated ?? false
      a.readings[unit.first, default: VerbReading()].negated = refusalNegated
      a.readings[unit.first, default: VerbReading()].refusal = EventCode(primary: rejected)
      if let refusing = a.verbUnits.first(where: { $0.last == refusal }) {
        a.readings[refusing.first, default: VerbReading()].negated = true
      }
    }
  }

  /// Whether the word has a letter (words are letters, digits, apostrophes and periods).
  static func hasLetter(_ text: String) -> Bool {
    text.utf8.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 >= 128 }
  }

  /// Whether `text` is a dictionary noun plus `S`.
  private func isPluralNoun(_ text: String) -> Bool {
    let id = compiled.lexicon.id(spelled: text.utf8.dropLast())
    return id >= 0 && compiled.classes[Int(id)].contains(.noun)
  }

  // MARK: - Groups: agents, pronouns, compounds, clause separators

  private func buildGroups(_ a: inout Analysis, context: CodingContext) {
    let words = a.words
    var used = Set<Int>()
    var singles: [Group] = []
    func actor(_ code: String, base: String, first: Int, last: Int) -> EventActor {
      EventActor(code: code, base: base, words: first...last, start: words[first].start, end: words[last].end)
    }
    func isFormer(_ index: Int) -> Bool { index >= 0 && index < words.count && a.roles[index] == .former }
    func mentionIndex(at index: Int) -> Int? {
      guard index >= 0, index < words.count, case .mention(let m) = a.roles[index] else { return nil }
      return m
    }
    for (m, mention) in a.mentions.enumerated() where !used.contains(m) {
      guard case .actor(let codes) = mention.kind else { continue }
      used.insert(m)
      var first = mention.first
      var last = mention.last
      var agent: (code: String, prefixes: Bool)?
      var former = isFormer(first - 1)
      // agent after the actor: "Gondor police", "Arnor former security officials"
      var next = last + 1
      if isFormer(next) {
        former = true
        next += 1
      }
      if let n = mentionIndex(at: next), case .agent(let code, let prefixes) = a.mentions[n].kind,
        !used.contains(n)
      {
        agent = (code, prefixes)
        used.insert(n)
        last = a.mentions[n].last
      } else {
        // agent before: "ambassadors of Arnor", "human rights activists in Arnor", "the Quibbler"
        var back = first - 1
        if back >= 0, a.roles[back] == .determiner { back -= 1 }
        if back >= 0, ["OF", "IN"].contains(words[back].text) { back -= 1 }
        if back >= 0, a.roles[back] == .determiner { back -= 1 }
        if let n = mentionIndex(at: back), case .agent(let code, let prefixes) = a.mentions[n].kind,
          !used.contains(n),
          a.mentions[n].last == back
        {
          agent = (code, prefixes)
          used.insert(n)
          first = a.mentions[n].first
          if isFormer(first - 1) { former = true }
        }
      }
      let members = codes.map { code -> EventActor in
        var full = code
        if former {
          full = code + "ELI"
        } else if let agent {
          if agent.prefixes {
            if !code.hasPrefix(agent.code) { full = agent.code + code }
          } else if !code.hasSuffix(agent.code) {
            full = code + agent.code
          }
        }
        return actor(full, base: code, first: first, last: last)
      }
      singles.append(Group(members: members, first: first, last: last))
    }
    // agents left alone
    if options.convertAgents {
      for (m, mention) in a.mentions.enumerated() where !used.contains(m) {
        guard case .agent(let code, let prefixes) = mention.kind else { continue }
        let spelled = !options.markConvertedAgents ? code : prefixes ? code + "~" : "~" + code
        singles.append(
          Group(
            members: [actor(spelled, base: spelled, first: mention.first, last: mention.last)],
            first: mention.first, last: mention.last))
      }
    }
    singles.sort { $0.first < $1.first }
    // "Ithilen's sheep and pigs of Gondor": a possessive actor owning a phrase that a conjunction
    // joins to the next actor's phrase is no actor of the compound (TABARI codes the last phrase)
    singles = singles.enumerated().filter { k, single in
      guard k + 1 < singles.count, !single.compound, words[single.last].text.hasSuffix("'S") else {
        return true
      }
      let between = (single.last + 1)..<singles[k + 1].first
      guard between.count >= 3, a.roles[single.last + 1] != .conjunction else { return true }
      let conjunctions = between.filter { a.roles[$0] == .conjunction }
      let hasVerb = between.contains { if case .verb = a.roles[$0] { return true } else { return false } }
      guard conjunctions.count == 1, !hasVerb, !between.contains(where: { a.roles[$0] == .comma }) else {
        return true
      }
      // "sheep and goats", "awful and evil": the conjunction joins two nouns or adjectives
      let c = conjunctions[0]
      return [.noun, .adjective].contains(a.roles[c - 1]) && [.noun, .adjective].contains(a.roles[c + 1])
    }.map(\.element)
    a.firstExplicit = singles.first?.members.first
    // compounds: "A and B", "A, B, C and D", "A and the evil B", "neither A nor B"
    var groups: [Group] = []
    var compoundSpans: [ClosedRange<Int>] = []
    var g = 0
    while g < singles.count {
      var group = singles[g]
      var h = g
      var pending: [Group] = []
      while h + 1 < singles.count {
        let between = (singles[h].last + 1)..<singles[h + 1].first
        // a possessive actor right before another names both: "Gondor and Arnor's Elrond"
        if between.isEmpty {
          guard group.compound || !pending.isEmpty, words[singles[h].last].text.hasSuffix("'S") else { break }
          pending.append(singles[h + 1])
          h += 1
          for p in pending { group.members += p.members }
          group.last = pending.last!.last
          pending = []
          g = h
          continue
        }
        let roles = between.map { a.roles[$0] }
        // an actor after a compound with only adjectives between goes on with it:
        // "Calenardhon and the evil Arnor awful Gondor"
        if group.compound, pending.isEmpty, roles.allSatisfy({ $0 == .adjective }) {
          group.members += singles[h + 1].members
          group.last = singles[h + 1].last
          h += 1
          g = h
          continue
        }
        let joins = roles.filter { $0 == .comma || $0 == .conjunction }.count
        let conjunctionWords = between.filter { a.roles[$0] == .conjunction }
        let adjectivePair = conjunctionWords.contains { c in
          c > 0 && c + 1 < words.count && a.roles[c - 1] == .adjective && a.roles[c + 1] == .adjective
        }
        let ok =
          joins >= 1 && roles.allSatisfy { [.comma, .conjunction, .determiner, .adjective].contains($0) }
          && conjunctionWords.count <= 1 && !adjectivePair
          && conjunctionWords.allSatisfy { ["AND", "OR", "NOR"].contains(words[$0].text) }
        guard ok else { break }
        pending.append(singles[h + 1])
        h += 1
        if roles.contains(.conjunction) {
          for p in pending { group.members += p.members }
          group.last = pending.last!.last
          pending = []
          g = h
        }
      }
      // one member per code: a compound naming an actor twice acts once
      var codes = Set<String>()
      group.members = group.members.filter { codes.insert($0.code).inserted }
      if group.compound, group.members.count > 1 { compoundSpans.append(group.first...group.last) }
      groups.append(group)
      g += 1
    }
    var pronounGroups: [Group] = []
    // pronouns take the first actor before them, or the forwarded subject
    for i in words.indices where a.roles[i] == .pronoun {
      let antecedent = groups.filter { $0.last < i }.min { $0.first < $1.first }
      if let antecedent {
        let members = antecedent.members.map {
          EventActor(code: $0.code, base: $0.base, words: i...i, start: words[i].start, end: words[i].end)
        }
        pronounGroups.append(Group(members: members, first: i, last: i))
      } else if options.forwardSubjects, let forwarded = context.lastSource?.prefix(1) {
        let members = forwarded.map {
          EventActor(code: $0.base, base: $0.base, words: i...i, start: words[i].start, end: words[i].end)
        }
        pronounGroups.append(Group(members: members, first: i, last: i))
      }
    }
    // relative pronouns: "Gondor, which fears …" — WHICH / WHO after a comma that follows an actor
    // stands for that actor and opens a clause of its own
    var relativeCommas: [Int] = []
    for i in words.indices.dropFirst(2) where Self.relatives.contains(words[i].text) && words[i - 1].isComma {
      guard a.roles[i] == .other, let antecedent = groups.last(where: { $0.last == i - 2 }) else { continue }
      let members = antecedent.members.map {
        EventActor(code: $0.code, base: $0.base, words: i...i, start: words[i].start, end: words[i].end)
      }
      pronounGroups.append(Group(members: members, first: i, last: i))
      relativeCommas.append(i - 1)
    }
    groups = (groups + pronounGroups).sorted { $0.first < $1.first }
    a.groups = groups
    a.separators += relativeCommas
    // clause separators: conjunctions outside compounds and not between nouns or adjectives
    for i in words.indices where a.roles[i] == .conjunction {
      if compoundSpans.contains(where: { $0.contains(i) }) { continue }
      a.conjunctionCount += 1
      let before = i > 0 ? a.roles[i - 1] : .other
      let after = i + 1 < words.count ? a.roles[i + 1] : .other
      if [.noun, .adjective].contains(before) && [.noun, .adjective, .determiner].contains(after) {
        continue
      }
      var k = i + 1
      while k < words.count, ["THEN", "ALSO"].contains(words[k].text) { k += 1 }
      guard k < words.count else { continue }
      switch a.roles[k] {
      case .verb, .mention, .pronoun: break
      default: continue
      }
      _ = after
      // a clause needs a verb: a conjunction after verbless words joins phrases, not clauses
      let opening = a.separators.last.map { $0 + 1 } ?? 0
      guard a.verbUnits.contains(where: { $0.first >= opening && $0.first < i }) else { continue }
      a.separators.append(i)
    }
  }

  // MARK: - Clauses

  private func codeClauses(_ a: Analysis, context: inout CodingContext) -> SentenceCoding {
    var bounds: [Range<Int>] = []
    var start = 0
    for s in a.separators.sorted() {
      bounds.append(start..<s)
      start = s + 1
    }
    bounds.append(start..<a.words.count)
    var events: [CodedEvent] = []
    var previousSource: [EventActor]?
    for (c, clause) in bounds.enumerated() {
      var outcome = codeClause(a, clause, first: c == 0, previousSource: previousSource)
      // coordinated verbs: a clause ending at "and" + verb that coded nothing looks for its object
      // in the next clause ("Police arrested and beat protesters")
      if options.syntax, case .events(let found, _) = outcome, found.isEmpty, c + 1 < bounds.count,
        case .verb = a.roles[clause.upperBound + 1], clause.upperBound > 0,
        case .verb = a.roles[clause.upperBound - 1]
      {
        outcome = codeClause(
          a, clause.lowerBound..<bounds[c + 1].upperBound, first: c == 0, previousSource: previousSource,
          verbs: clause)
      }
      switch outcome {
      case .complex(let reason): return .complex(reason)
      case .discard(let reason): return .discarded(reason)
      case .events(let found, let source):
        events += found
        if let source {
          previousSource = source
        }
        if options.scope == .sentence && !found.isEmpty { break }
      }
      if options.scope == .sentence && !events.isEmpty { break }
    }
    return .events(events)
  }

  enum ClauseOutcome {
    case events([CodedEvent], source: [EventActor]?)
    case complex(String)
    case discard(String)
  }

  private func codeClause(
    _ a: Analysis, _ clause: Range<Int>, first: Bool, previousSource: [EventActor]?,
    verbs verbRange: Range<Int>? = nil
  ) -> ClauseOutcome {
    // clause positions without commas
    let positions = clause.filter { !a.words[$0].isComma }
    guard !positions.isEmpty else { return .events([], source: nil) }
    var positionOf = [Int](repeating: -1, count: a.words.count)
    for (p, w) in positions.enumerated() { positionOf[w] = p }
    let clauseWords = positions.map { a.words[$0] }
    let clauseMatches = a.matches.picking(positions)
    var groupStarting = [Int32](repeating: -1, count: positions.count)
    var groupEnding = [Int32](repeating: -1, count: positions.count)
    var spans: [(first: Int, last: Int, compound: Bool)] = []
    var groupIndex: [Int] = []
    for (g, group) in a.groups.enumerated() {
      let f = positionOf[group.first]
      guard f >= 0 else { continue }
      let l =
        positionOf[group.last] >= 0
        ? positionOf[group.last] : positions.lastIndex(where: { $0 <= group.last })!
      groupStarting[f] = Int32(spans.count)
      groupEnding[l] = Int32(spans.count)
      spans.append((f, l, group.compound))
      groupIndex.append(g)
    }
    // verbs in order, each coded as soon as its patterns are matched (later verbs are only
    // searched when earlier ones give no event); weak codes wait for the end
    var weak: [(VerbUnit, EventCode, PatternMatcher.Captures?, String?)] = []
    var dominantStarts = Set<Int>()
    var all: [CodedEvent] = []
    var firstSource: [EventActor]?
    var lastTarget: [EventActor]?
    let units = a.verbUnits.filter { (verbRange ?? clause).contains($0.first) }
    // Bloom bits of the words before position p (prefix[p]) and from p on (suffix[p])
    // (of the texts patterns spell)
    var prefixBloom = [CompiledDictionaries.Bloom](repeating: .init(), count: positions.count + 1)
    var suffixBloom = [CompiledDictionaries.Bloom](repeating: .init(), count: positions.count + 1)
    if !units.isEmpty {
      for p in 0..<positions.count {
        var bits = CompiledDictionaries.Bloom()
        for m in clauseMatches.range(p) {
          let text = clauseMatches.matches[m].text
          if compiled.classes[Int(text)].contains(.inPatterns) { bits.insert(text) }
        }
        prefixBloom[p + 1] = prefixBloom[p]
        prefixBloom[p + 1].formUnion(bits)
        suffixBloom[p] = bits
      }
      for p in stride(from: positions.count - 1, through: 0, by: -1) {
        suffixBloom[p].formUnion(suffixBloom[p + 1])
      }
    }
    func occurs(_ phrase: CompiledDictionaries.Phrase, in range: Range<Int>) -> Bool {
      for k in Int(phrase.start)..<Int(phrase.start + phrase.count) {
        let word = compiled.phraseWords[k].word
        guard range.contains(where: { clauseMatches.word($0, is: word) }) else { return false }
      }
      return true
    }
    var u = 0
    var weakPass = false
    while true {
      let candidate: (VerbUnit, EventCode, PatternMatcher.Captures?, String?)
      if !weakPass {
        guard u < units.count else {
          weakPass = true
          u = 0
          continue
        }
        let unit = units[u]
        u += 1
        let vf = positionOf[unit.first]
        let vl = positionOf[unit.last]
        guard vf >= 0, vl >= 0 else { continue }
        let verb = verbs.verbs[unit.verb]
        let matcher = PatternMatcher(
          dictionaries: compiled, matches: clauseMatches, count: positions.count,
          groupStarting: groupStarting,
          groupEnding: groupEnding, groupSpans: spans, verbFirst: vf, verbLast: vl)
        var best: (VerbDictionary.Pattern, PatternMatcher.Captures)?
        let block = compiled.patterns[verb.block]
        let bloomBefore = prefixBloom[vf]
        let bloomAfter = suffixBloom[vl + 1]
        for p in block.indices {
          // cheap tests first: every plain literal word must occur on its side of the verb
          let pattern = block[p]
          guard pattern.bloomBefore.isSubset(of: bloomBefore), pattern.bloomAfter.isSubset(of: bloomAfter),
            pattern.anyBefore.isEmptyOrMeets(bloomBefore), pattern.anyAfter.isEmptyOrMeets(bloomAfter),
            occurs(pattern.requiredBefore, in: 0..<vf),
            occurs(pattern.requiredAfter, in: (vl + 1)..<positions.count),
            let captures = matcher.match(pattern)
          else { continue }
          if best == nil || captures.score > best!.1.score { best = (verbs.blocks[verb.block][p], captures) }
        }
        guard var code = best?.0.code ?? verb.code, !code.isNull else { continue }
        if let reading = a.readings[unit.first] {
          if reading.negated { continue }
          if let refusal = reading.refusal { code = refusal }
        }
        if code.weak && best == nil {
          weak.append((unit, code, nil, nil))
          continue
        }
        if code.dominant { dominantStarts.insert(a.words[unit.first].start) }
        candidate = (unit, code, best?.1, best?.0.text)
      } else {
        guard u < weak.count else { break }
        candidate = weak[u]
        u += 1
      }
      let (unit, code, captures, patternText) = candidate
      if code.isDiscard { return .discard("discard pattern") }
      if code.isComplex { return .complex("complex verb or pattern") }
      let outcome = resolve(
        a, unit: unit, code: code, captures: captures, patternText: patternText, positionOf: positionOf,
        clauseWords: clauseWords, spans: spans, groupStarting: groupStarting, groupIndex: groupIndex,
        previousSource: previousSource ?? firstSource, previousTarget: lastTarget)
      switch outcome {
      case .complex, .discard: return outcome
      case .events(let events, let source):
        if firstSource == nil { firstSource = source }
        guard !events.isEmpty else { continue }
        if options.scope != .all { return outcome }
        all += events
        lastTarget = events.map(\.target)
      }
    }
    if options.scope == .all {
      let dominant = dominantStarts
      if all.contains(where: { dominant.contains($0.verbStart) }) {
        all = all.filter { dominant.contains($0.verbStart) }
      }
      var seen = Set<[String]>()
      all = all.filter { seen.insert([$0.source.code, $0.target.code, $0.code]).inserted }
    }
    // a clause that codes nothing still hands its first actor on as the subject
    return .events(all, source: firstSource ?? groupIndex.first.map { a.groups[$0].members })
  }

  private func resolve(
    _ a: Analysis, unit: VerbUnit, code: EventCode, captures: PatternMatcher.Captures?, patternText: String?,
    positionOf: [Int], clauseWords: [CodingWord], spans: [(first: Int, last: Int, compound: Bool)],
    groupStarting: [Int32], groupIndex: [Int], previousSource: [EventActor]?, previousTarget: [EventActor]?
  ) -> ClauseOutcome {
    let vf = positionOf[unit.first]
    let vl = positionOf[unit.last]
    func members(_ span: Int?) -> [EventActor]? { span.map { a.groups[groupIndex[$0]].members } }
    let verbStart = a.words[unit.first].start
    let verbEnd = a.words[unit.last].end

    // compound pattern: members act on one another
    if let compound = captures?.compound, let list = members(compound) {
      // every ordered pair acts, with the paired code back when there is one
      var events: [CodedEvent] = []
      var seen = Set<[String]>()
      func add(_ s: EventActor, _ t: EventActor, _ code: String) {
        guard s.code != t.code, seen.insert([s.code, t.code, code]).inserted else { return }
        events.append(
          CodedEvent(
            source: s, target: t, code: code, verbStart: verbStart, verbEnd: verbEnd, pattern: patternText))
      }
      for i in list.indices {
        for j in list.indices where j != i {
          add(list[i], list[j], code.primary)
          if let reciprocal = code.reciprocal { add(list[j], list[i], reciprocal) }
        }
      }
      return .events(events, source: list)
    }
    let skipped = captures?.skipped ?? 0
    let used = Set(
      [captures?.source, captures?.target].compactMap { $0 }
        + spans.indices.filter { $0 < 64 && skipped & (1 << UInt64($0)) != 0 })
    let before = spans.indices.filter { spans[$0].last < vf }
    // matching stops at a conjunction outside compound actors (TABARI manual 5.5.3)
    // and outside compound nouns ("sheep and evil goats")
    var stop = clauseWords.count
    for w in (unit.last + 1)..<a.words.count where a.roles[w] == .conjunction {
      let p = positionOf[w]
      guard p > vl else { continue }
      let before = a.roles[w - 1]
      let next = w + 1 < a.words.count ? a.roles[w + 1] : .other
      if [.noun, .adjective].contains(before) && [.noun, .adjective, .determiner].contains(next) {
        continue
      }
      // coordinated verbs share their object: "arrested and beat protesters"
      if options.syntax, case .verb = before, case .verb = next { continue }
      if !spans.contains(where: { $0.first < p && p < $0.last }) {
        stop = p
        break
      }
    }
    let after = spans.indices.filter { spans[$0].first > vl && spans[$0].first < stop && !used.contains($0) }
    var source = members(captures?.source)
    var target = members(captures?.target)
    var sourceSpan = captures?.source
    if source == nil {
      if let s = before.first(where: { !used.contains($0) }) {
        source = members(s)
        sourceSpan = s
      } else if target != nil, let s = after.first {
        // "+ WAS * DEAD": the pattern took the actor before the verb as target
        source = members(s)
        sourceSpan = s
      } else if let previousSource {
        source = previousSource
      } else if let fallback = options.defaultSource {
        if options.defaultSourcePrior {
          source = [EventActor(code: fallback, base: fallback)]
        } else if let s = after.first {
          // the first actor after the verb acts; the rest of its compound is the target
          let list = members(s) ?? []
          source = Array(list.prefix(1))
          sourceSpan = s
          if list.count > 1, target == nil { target = Array(list.dropFirst()) }
        }
      } else if options.complexWithoutActorBeforeVerb {
        return .complex("no actor before the verb")
      }
    }
    if target == nil {
      // a pronoun for the source itself ("assist them") is not a target
      let sourceCodes = source?.map(\.code)
      // (a named compound's pronoun is: "A, B and C presented their credentials" codes its members
      // on one another, as TABARI does)
      let namedCompound =
        (sourceCodes?.count ?? 0) > 1
        && sourceSpan.map { a.roles[a.groups[groupIndex[$0]].first] != .pronoun } == true
      func other(_ span: Int) -> Bool {
        span != sourceSpan && (members(span)?.map(\.code) != sourceCodes || namedCompound)
      }
      if let t = after.first(where: other) {
        target = members(t)
      } else if let s = sourceSpan, let t = before.first(where: { $0 > s && !used.contains($0) && other($0) })
      {
        target = members(t)
      } else if sourceSpan == nil, let t = before.first(where: { !used.contains($0) && other($0) }) {
        target = members(t)
      }
    }
    // passive voice read by the syntax layer: "X was attacked by Y", or with no `by` the source
    // the story gives ("Peacekeepers have been deployed to Kazakhstan" after "Tokayev asked the CSTO …")
    if let reading = a.readings[unit.first], reading.passive, captures?.source == nil, captures?.target == nil
    {
      var agent: Int?
      var p = vl + 1
      while p < min(clauseWords.count, vl + 4) {
        if clauseWords[p].text == "BY", p + 1 < groupStarting.count, groupStarting[p + 1] >= 0 {
          agent = Int(groupStarting[p + 1])
          break
        }
        p += 1
      }
      // the subject of the passive verb itself: no other verb between ("the ministry said 12
      // people had been arrested" has none)
      let themeSpan = before.last { !used.contains($0) }
      let theme = themeSpan.flatMap { span -> [EventActor]? in
        let last = a.groups[groupIndex[span]].last
        guard !a.verbUnits.contains(where: { $0.first > last && $0.first < unit.first }) else { return nil }
        return members(span)
      }
      if let agent {
        let after = after.first { $0 != agent }
        target = after.map { members($0)! } ?? theme
        source = members(agent)
      } else if let theme, let themeSpan, Self.deploysOwnForces(code.primary),
        a.mentions.contains(where: { mention in
          let group = a.groups[groupIndex[themeSpan]]
          guard case .actor = mention.kind else { return false }
          return mention.first >= group.first && mention.last <= group.last
        })
      {
        // (a force with its owner: "Russian troops", "peacekeepers of the CSTO"; bare
        // "peacekeepers" belong to the actor the story gives)
        // "peacekeepers of the CSTO have been deployed (to Kazakhstan)": what is deployed is the
        // theme's own force, so the theme acts; the place or the story's actor receives it
        source = theme
        let themeCodes = theme.map(\.code)
        target =
          after.first.flatMap(members)
          ?? a.contextSource.flatMap { $0.map(\.code) == themeCodes ? nil : $0 }
      } else {
        target = after.first.flatMap(members) ?? theme
        source = a.contextSource
      }
    } else if captures?.source == nil && captures?.target == nil, let s = sourceSpan, spans[s].last < vf {
      let lookBack = clauseWords[max(0, vf - 3)..<vf].map(\.text)
      if lookBack.contains(where: Self.beVerbs.contains) {
        var p = vl + 1
        while p < min(clauseWords.count, vl + 4) {
          if clauseWords[p].text == "BY", p + 1 < groupStarting.count, groupStarting[p + 1] >= 0 {
            target = source
            source = members(Int(groupStarting[p + 1]))
            break
          }
          p += 1
        }
      }
    }
    if options.scope == .all, let previousTarget,
      target == nil || target!.map(\.code) == source?.map(\.code)
    {
      target = previousTarget
    }
    if target == nil, let fallback = options.defaultTarget, let current = source {
      if !options.defaultTargetAfter && current.count > 1 {
        source = [current[0]]
        target = Array(current.dropFirst())
      } else {
        target = [EventActor(code: fallback, base: fallback)]
      }
    }
    guard let source else { return .events([], source: nil) }
    guard let target else { return .events([], source: source) }
    var events: [CodedEvent] = []
    for s in source {
      for t in target where s.code != t.code {
        events.append(
          CodedEvent(
            source: s, target: t, code: code.primary, verbStart: verbStart, verbEnd: verbEnd,
            pattern: patternText))
        if let reciprocal = code.reciprocal {
          events.append(
            CodedEvent(
              source: t, target: s, code: reciprocal, verbStart: verbStart, verbEnd: verbEnd,
              pattern: patternText))
        }
      }
    }
    return .events(events, source: source)
  }
}
