/// Dateline's own small event dictionaries, written by us from the CAMEO codebook's definitions.
///
/// Countries come from the place lexicon (ISO 3166-1 alpha-3 codes, which CAMEO uses for states),
/// a few international organisations carry their CAMEO codes, agents are common role nouns, and the
/// verbs cover the 20 CAMEO root categories with the commonest news verbs. They are a starting point
/// for users without TABARI or PETRARCH dictionaries, not a replacement for them.
///
/// ```swift
/// let coder = BuiltInEventDictionaries.coder
/// ```
public enum BuiltInEventDictionaries {
  /// A coder over the built-in dictionaries (agents without an actor become actors of their own).
  public static let coder: EventCoder = {
    var actors = ActorDictionary()
    // the texts below are ours and well-formed; a failure here is a programming error caught by tests
    try? actors.readActors(
      text: countryActors() + organisations + organisationActors(), file: "built-in actors")
    try? actors.readAgents(text: agents, file: "built-in agents")
    var verbDictionary = VerbDictionary()
    try? verbDictionary.read(text: verbs, file: "built-in verbs")
    var options = CodingOptions()
    options.convertAgents = true
    options.markConvertedAgents = false
    options.maximumVerbs = 8
    options.maximumConjunctions = 6
    options.syntax = true
    // news prose: keep ", and X did Y" and attributions; drop only short internal asides
    options.comma.terminalRange = nil
    return EventCoder(
      verbs: verbDictionary, actors: DictionaryActorResolver(dictionary: actors), options: options)
  }()

  /// One actor line per country name in the place lexicon: `KAZAKHSTAN [KAZ]`.
  static func countryActors() -> String {
    var lines: [String] = []
    for line in PlaceLexicon.table.split(separator: "\n") where line.hasPrefix("C\t") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 3 else { continue }
      let name = fields[1].uppercased()
      guard !name.contains(","), !name.contains("("), name.count >= 2 else { continue }
      // long names are stems ("KENYA" also matches "Kenyan"); short ones take only noun endings
      let words = name.split(separator: " ").joined(separator: "_")
      lines.append((name.count >= 5 ? words : words + "_") + " [\(fields[2])]")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One actor entry per international organisation in the entity lexicon, with its other names
  /// and acronym: `COLLECTIVE_SECURITY_TREATY_ORGANIZATION_ [IGO]`, `+CSTO_`. Bodies without a
  /// CAMEO code of their own carry their family's (`IGOEUREEC` for the EEAS) or the generic `IGO`.
  static func organisationActors() -> String {
    func entry(_ name: String) -> String? {
      let upper = name.uppercased()
      guard upper.count >= 2, !upper.contains(where: { ",()[]#+;".contains($0) }) else { return nil }
      return upper.split(separator: " ").joined(separator: "_") + "_"
    }
    // the lexicon keys each organisation by its folded name, other names and abbreviation
    var names: [EntityLexicon.Organization: [String]] = [:]
    for (key, organization) in EntityLexicon.shared.organizations where organization.cameo != nil {
      if let acronym = organization.abbreviation, key == acronym.lowercased() {
        // the coder matches words whatever their case, so an acronym must not spell a word:
        // two letters are too often other things ("EP", "IO"), lower-case letters mark a name
        // ("Caricom", "Office"), and a few spell English words ("WHO", "SHARE")
        guard acronym.count >= 3, !acronym.contains(where: \.isLowercase),
          !Self.wordAcronyms.contains(acronym)
        else { continue }
      }
      if key != organization.name.lowercased(), let name = entry(key) {
        names[organization, default: []].append(name)
      }
    }
    var lines: [String] = []
    let coded = Set(EntityLexicon.shared.organizations.values.filter { $0.cameo != nil })
    for organization in coded.sorted(by: { $0.name < $1.name }) {
      guard let name = entry(organization.name), let code = organization.cameo else { continue }
      lines.append("\(name) [\(code)]")
      lines += (names[organization] ?? []).sorted().map { "+" + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Organisation acronyms that spell English words.
  static let wordAcronyms: Set<String> = [
    "WHO", "ERA", "SHARE", "APT", "ARC", "ESS", "ELI", "AMA", "IDA", "ISA", "INSTRUCT", "AHA", "ACE", "ACP",
  ]

  /// International organisations with their CAMEO codes.
  static let organisations = """
    UNITED_NATIONS_ [IGOUNO]
    +UN_
    +U.N_
    +SECURITY_COUNCIL_
    NATO_ [IGOWSTNAT]
    +NORTH_ATLANTIC_TREATY_ORGANIZATION_
    EUROPEAN_UNION_ [IGOEUREEC]
    +EU_
    +EUROPEAN_COMMISSION_
    +EUROPEAN_COUNCIL_

    """

  /// Role nouns: `[~CODE]` follows the actor's code (`KEN` + `COP`).
  static let agents = """
    POLICE_ [~COP]
    POLICEMAN_ {POLICEMEN_} [~COP]
    TROOPS_ [~MIL]
    SOLDIER_ [~MIL]
    ARMY_ [~MIL]
    MILITARY_ [~MIL]
    ARMED_FORCES_ [~MIL]
    SECURITY_FORCES_ [~MIL]
    GOVERNMENT_ [~GOV]
    MINISTRY_ {MINISTRIES_} [~GOV]
    MINISTER_ [~GOV]
    PRESIDENT_ [~GOV]
    PRIME_MINISTER_ [~GOV]
    AUTHORITIES_ [~GOV]
    OFFICIAL_ [~GOV]
    PARLIAMENT_ [~LEG]
    LAWMAKER_ [~LEG]
    COURT_ [~JUD]
    JUDGE_ [~JUD]
    PROTESTER_ [~OPP]
    DEMONSTRATOR_ [~OPP]
    OPPOSITION_ [~OPP]
    REBEL_ [~REB]
    INSURGENT_ [~REB]
    JOURNALIST_ [~MED]
    CIVILIAN_ [~CVL]
    STUDENT_ [~EDU]
    REFUGEE_ [~REF]
    PEACEKEEPER_ [IGO~]

    """

  /// Verbs for the 20 CAMEO root categories (codes from the CAMEO codebook).
  static let verbs = """
    SAID [010?]
    SAYS [010?]
    APPEAL [020]
    - * FOR AID [023]
    CALLED_ON [020]
    - * TO RESPECT [024]
    - * TO RELEASE [025]
    URGE [020]
    PROMISE [030]
    PLEDGE [030]
    OFFER [030]
    - * AID [033]
    - * HELP [033]
    AGREE_ [030]
    - * TO MEET [036]
    MEET [040:040]
    MET [040:040]
    HOST [043]
    VISIT [042:043]
    TALKS [040]
    TELEPHONE_ [041:041]
    HELD [---]
    - * TALKS [040:040]
    - * TELEPHONE_ CONVERSATION [041:041]
    - * PHONE_ CALL [041:041]
    DISCUSS [040]
    PRAISE [051]
    WELCOME [051]
    SUPPORT [051]
    APOLOGI [055]
    RECOGNI [054]
    SIGN [057]
    - * AGREEMENT [057]
    - * TREATY [057]
    COOPERATE [060]
    SHARE_ INTELLIGENCE [064]
    SEND [---]
    - * AID [070]
    - * TROOPS [150]
    - * PEACEKEEPERS [074]
    PROVIDE [---]
    - * AID [070]
    - * ASSISTANCE [070]
    DONATE [070]
    RELEASE [084]
    FREED [084]
    LIFT [080]
    - * SANCTIONS [085]
    - * CURFEW [081]
    INVESTIGATE [090]
    PROBE [090]
    DEMAND [100]
    REQUEST [020]
    - * ASSISTANCE [023]
    TURNED_TO [020]
    - * REQUESTING [023]
    CRITICI [111]
    CONDEMN [111]
    DENOUNCE [111]
    ACCUSE [112]
    BLAME [112]
    SUE_ [115]
    REJECT [120]
    REFUSE [120]
    VETO [120]
    THREATEN [130]
    WARN [130]
    PROTEST [140]
    DEMONSTRATE [141]
    RALL [141]
    MARCH [141]
    STRIKE [143]
    RIOT [145]
    DEPLOY [150]
    - * PEACEKEEPERS [074]
    - PEACEKEEPERS * [074]
    MOBILI [154]
    SEVER [160]
    - * TIES [161]
    - * RELATIONS [161]
    SUSPEND [160]
    EXPEL [166]
    SANCTION [163]
    IMPOSE [---]
    - * SANCTIONS [163]
    - * CURFEW [172]
    ARREST [173]
    DETAIN [173]
    FIRE_ [---]
    FIRED [---]
    - * TEAR_ GAS [175]
    - * WATER_ CANNON [175]
    - * RUBBER_ BULLETS [175]
    DISPERSE [175]
    RAID [170]
    ABDUCT [181]
    KIDNAP [181]
    TORTURE [182]
    ASSASSINAT [186]
    BOMB [183]
    ATTACK [190]
    SHELL [194]
    AIRSTRIKE [195]
    INVADE [192]
    OCCUP [192]
    FOUGHT [190]
    CLASH [190]
    MASSACRE [202]

    """
}
