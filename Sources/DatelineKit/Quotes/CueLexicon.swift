/// The verbs and phrases that introduce what someone said, looked up by word hash.
///
/// Verbs are listed by their base form and inflected here (`say` → `says`, `said`, `saying`);
/// irregular forms are written out. Each verb has a class that decides which patterns it takes:
/// `tell` verbs take an addressee (`told reporters`), `urge` verbs an object and an infinitive
/// (`urged Minsk to respond`). ``CueLexicon+Learned`` adds verbs learned from the PolNeAR train
/// split by `scripts/learn_cues.py`.
enum CueLexicon {
  enum Class: UInt8 {
    case speech, tell, urge, belief
    /// Intention and refusal, with an infinitive content (`declined to say whether …`).
    case intend
    /// Taking a side, with a noun-phrase content (`endorsed Cruz`, `opposed the tax`).
    case stance
  }

  /// The form of a verb the cue token has.
  enum Form: UInt8 {
    case base, third, past, gerund
  }

  struct Entry {
    var `class`: Class
    var form: Form
  }

  static func entry(_ hash: UInt64) -> Entry? { verbs[hash] }

  /// Multi-word cues, longest first; the first word is the key.
  static func phrases(startingWith hash: UInt64) -> [[UInt64]]? { phraseTable[hash] }

  // MARK: Tables

  private static let speech: [String] = [
    "say/said", "add", "write/wrote", "tweet", "post", "state", "declare", "announce", "stress", "emphasize",
    "emphasise", "insist", "claim", "argue", "note", "explain", "acknowledge", "admit/admitted", "confirm",
    "deny", "reply", "respond", "comment", "remark", "report", "reveal", "disclose", "warn", "caution",
    "predict", "suggest", "allege", "assert", "contend", "maintain", "reiterate", "repeat", "recall",
    "concede", "complain", "boast", "joke", "quip/quipped", "vow", "pledge", "promise", "threaten", "ask",
    "demand", "accuse", "criticize", "criticise", "condemn", "blast", "slam", "praise", "dismiss", "reject",
    "testify", "mention", "indicate", "counter", "retort", "conclude", "estimate", "hint", "signal",
    "underline", "underscore", "blame", "lament", "deplore", "decry", "denounce", "proclaim", "agree",
    "observe", "recount", "describe", "insist", "complain", "elaborate", "speculate", "wonder", "question",
    "answer", "assure", "swear/swore", "forecast/forecast", "project", "charge", "allege", "affirm", "show",
  ]
  private static let tell: [String] = ["tell/told", "inform", "assure", "remind", "brief", "warn"]
  /// Thought and intention: attributions too (PolNeAR marks them), read only as `speaker verb content`.
  private static let belief: [String] = [
    "think/thought", "believe", "know/knew", "hope", "fear", "expect", "want", "doubt", "worry", "feel/felt",
    "suspect", "understand/understood", "consider", "insist", "wish", "intend", "plan/planned",
  ]
  /// Read only as `speaker verb to …`: the content is the infinitive, `to` included.
  private static let intend: [String] = [
    "decline", "refuse", "vow", "promise", "pledge", "seek/sought", "agree", "decide", "threaten", "offer",
    "aim",
  ]
  /// Stance verbs whose base form is mostly no verb (`came back`).
  private static let stanceForms: [(String, Form)] = [
    ("backed", .past), ("backs", .third), ("backing", .gerund),
  ]
  /// Read only as `speaker verb object`: the content is the object up to a break (comma, date, clause).
  private static let stance: [String] = [
    "support", "endorse", "oppose", "propose", "attack", "favor", "favour", "prefer/preferred",
  ]
  private static let urge: [String] = ["urge", "implore", "exhort", "encourage", "advise", "beg/begged"]

  private static let phraseList: [String] = [
    "according to", "called on", "calls on", "calling on", "call on", "called for", "calls for",
    "calling for",
    "expressed concern over", "expressed concern about", "expressed concern that", "voiced concern over",
    "voiced concern about", "pointed out", "points out", "pointing out", "made clear", "makes clear",
    "went on to say", "went on", "in the words of", "referring to", "referred to", "refers to", "pointed to",
    "pointing to", "points to", "talked about", "talking about", "talks about", "spoke about",
    "speaking about",
    "asked about", "focused on", "made it clear", "did not respond to", "did not return",
  ]

  private static let verbs: [UInt64: Entry] = {
    var table: [UInt64: Entry] = [:]
    func add(_ list: [String], _ cls: Class) {
      for spec in list {
        let parts = spec.split(separator: "/").map(String.init)
        let base = parts[0]
        let past = parts.count > 1 ? parts[1] : regularPast(base)
        let doubled = parts.count > 1 && past.hasSuffix(String(base.last!) + String(base.last!) + "ed")
        let gerund = doubled ? base + String(base.last!) + "ing" : regularGerund(base)
        for (word, form) in [
          (base, Form.base), (regularThird(base), .third), (past, .past), (gerund, .gerund),
        ]
        where table[hash(word)] == nil {
          table[hash(word)] = Entry(class: cls, form: form)
        }
      }
    }
    add(tell, .tell)
    add(urge, .urge)
    add(intend, .intend)
    add(stance, .stance)
    for (word, form) in stanceForms where table[hash(word)] == nil {
      table[hash(word)] = Entry(class: .stance, form: form)
    }
    add(speech, .speech)
    add(belief, .belief)
    for word in CueLexicon.learned where table[hash(word)] == nil {
      let form: Form =
        word.hasSuffix("ing") ? .gerund : word.hasSuffix("ed") ? .past : word.hasSuffix("s") ? .third : .base
      table[hash(word)] = Entry(class: .speech, form: form)
    }
    return table
  }()

  private static let phraseTable: [UInt64: [[UInt64]]] = {
    var table: [UInt64: [[UInt64]]] = [:]
    for phrase in phraseList.sorted(by: { $0.count > $1.count }) {
      let words = phrase.split(separator: " ").map { hash(String($0)) }
      table[words[0], default: []].append(words)
    }
    return table
  }()

  static func hash(_ word: String) -> UInt64 {
    Array(word.utf8).withUnsafeBufferPointer { Abbreviations.hash($0, 0, $0.count) }
  }

  static func hashes(_ words: [String]) -> Set<UInt64> { Set(words.map(hash)) }

  private static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

  private static func regularThird(_ base: String) -> String {
    if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
      return base + "es"
    }
    if base.hasSuffix("y"), let c = base.dropLast().last, !isVowel(c) { return base.dropLast() + "ies" }
    return base + "s"
  }

  private static func regularPast(_ base: String) -> String {
    if base.hasSuffix("e") { return base + "d" }
    if base.hasSuffix("y"), let c = base.dropLast().last, !isVowel(c) { return base.dropLast() + "ied" }
    return base + "ed"
  }

  private static func regularGerund(_ base: String) -> String {
    if base.hasSuffix("e"), !base.hasSuffix("ee") { return base.dropLast() + "ing" }
    return base + "ing"
  }
}
