/// Demonyms, international organisations, heads of state and government, given names and cue
/// words, generated from public facts by `scripts/generate_entities.py` and compiled into the binary.
///
/// The tagger's ``Gazetteer`` reads the raw table; linking reads the parsed form.
public struct EntityLexicon: Sendable {
  /// An international organisation.
  public struct Organization: Sendable, Hashable {
    public var name: String
    public var abbreviation: String?
    /// Wikidata QID.
    public var wikidata: String?
    /// CAMEO IGO actor code: the Phoenix dictionary's, else the organisation family's, else `IGO`.
    public var cameo: String?
  }

  /// A head of state or government and a tenure.
  public struct Leader: Sendable, Hashable {
    public var name: String
    /// ISO 3166-1 alpha-3.
    public var country: String
    public var office: String
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var wikidata: String?

    /// Whether the tenure covers `date` (an open end runs on).
    public func holdsOffice(on date: CalendarDate) -> Bool {
      if let start, date < start { return false }
      if let end, end < date { return false }
      return true
    }
  }

  public static let shared = EntityLexicon(table: EntityLexicon.table)

  /// Demonyms by folded spelling ("kazakh" → "KAZ").
  public private(set) var demonyms: [String: String] = [:]
  /// Organisations by folded name, alternate name or abbreviation.
  public private(set) var organizations: [String: Organization] = [:]
  /// Folded words that title a person ("president", "mr.").
  public private(set) var titles: Set<String> = []
  /// Leaders by folded full name and by folded surname.
  public private(set) var leaders: [String: [Leader]] = [:]

  init(table: String) {
    var byName: [String: Organization] = [:]
    var alternates: [(String, String)] = []
    for line in table.split(separator: "\n") {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      switch f.first {
      case "D" where f.count == 3:
        demonyms[f[1].lowercased()] = f[2]
      case "O" where f.count == 5:
        let org = Organization(
          name: f[1], abbreviation: f[2].isEmpty ? nil : f[2], wikidata: f[3].isEmpty ? nil : f[3],
          cameo: f[4].isEmpty ? nil : f[4])
        byName[f[1].lowercased()] = org
        organizations[f[1].lowercased()] = org
        // An ambiguous abbreviation keeps its first (listed) organisation.
        if f[2].count > 1, organizations[f[2].lowercased()] == nil { organizations[f[2].lowercased()] = org }
      case "o" where f.count == 3:
        alternates.append((f[1].lowercased(), f[2].lowercased()))
      case "L" where f.count == 7:
        let leader = Leader(
          name: f[1], country: f[2], office: f[3], start: Self.date(f[4]), end: Self.date(f[5]),
          wikidata: f[6].isEmpty ? nil : f[6])
        leaders[f[1].lowercased(), default: []].append(leader)
        if let last = f[1].split(separator: " ").last, last.count > 2, String(last) != f[1] {
          leaders[last.lowercased(), default: []].append(leader)
        }
      case "T" where f.count == 2:
        titles.insert(f[1].lowercased())
      default: continue
      }
    }
    for (alternate, name) in alternates where organizations[alternate] == nil {
      organizations[alternate] = byName[name]
    }
  }

  /// `YYYY-MM-DD`, or nil.
  private static func date(_ iso: String) -> CalendarDate? {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
  }

  /// The leaders a name may refer to who were in office on `date`, most recently started first.
  public func leaders(named name: some StringProtocol, on date: CalendarDate?) -> [Leader] {
    let all = leaders[name.lowercased()] ?? []
    guard let date else { return all }
    return all.filter { $0.holdsOffice(on: date) }.sorted { ($0.start ?? date) > ($1.start ?? date) }
  }
}
