/// Countries, cities and regions (US states, Canadian provinces) with their codes.
///
/// Generated from public facts by `scripts/generate_places.py` and compiled into the binary. It is
/// parsed once, on first use, into a dictionary keyed by the lower-cased name. When names clash
/// ("Portland", "Salvador") the most populous city wins; a dateline's region ("Ore.") or country
/// disambiguates through ``place(named:in:)``.
public struct PlaceLexicon: Sendable {
  /// A place the lexicon knows.
  public struct Place: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case country, city, region }
    public var kind: Kind
    /// The canonical name ("Astana" for "Nur-Sultan", "Oregon" for "Ore.").
    public var name: String
    /// The name as the lexicon spells the key that matched ("Nur-Sultan").
    public var spelling: String
    /// ISO 3166-1 alpha-3 code of the country.
    public var country: String
    public var geonameID: Int?
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int
  }

  /// The shared lexicon, parsed on first use.
  public static let shared = PlaceLexicon(table: PlaceLexicon.table)

  private var entries: [String: [Place]] = [:]
  private var countryNames: [String: String] = [:]

  init(table: String) {
    for line in table.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 7 else { continue }
      let key = fields[1].lowercased()
      let place: Place
      switch fields[0] {
      case "C":
        place = Place(
          kind: .country, name: String(fields[1]), spelling: String(fields[1]), country: String(fields[2]),
          population: 0)
        if countryNames[String(fields[2])] == nil || fields[1].count < countryNames[String(fields[2])]!.count
        {
          countryNames[String(fields[2])] = String(fields[1])
        }
      case "r":
        place = Place(
          kind: .region, name: String(fields[6]), spelling: String(fields[1]), country: String(fields[2]),
          population: 0)
      case "c", "a":
        place = Place(
          kind: .city, name: fields[0] == "c" ? String(fields[1]) : "", spelling: String(fields[1]),
          country: String(fields[2]),
          geonameID: Int(fields[3]), latitude: Double(fields[4]), longitude: Double(fields[5]),
          population: Int(fields[6]) ?? 0)
      default: continue
      }
      entries[key, default: []].append(place)
      // Wire copy abbreviates `Saint Paul` as `St Paul` or `St. Paul`.
      if place.kind == .city, let short = Self.abbreviatedPrefix(key) {
        for form in short where entries[form]?.contains(where: { $0.geonameID == place.geonameID }) != true {
          entries[form, default: []].append(place)
        }
      }
    }
    // Alternate names point at their city's canonical name.
    var canonical: [Int: String] = [:]
    for list in entries.values {
      for place in list where place.kind == .city && !place.name.isEmpty {
        if let id = place.geonameID { canonical[id] = place.name }
      }
    }
    for (key, list) in entries {
      entries[key] = list.map { place in
        var place = place
        if place.name.isEmpty, let id = place.geonameID { place.name = canonical[id] ?? "" }
        return place
      }.sorted { a, b in
        // Countries first, then regions, then cities by population.
        func rank(_ p: Place) -> Int { p.kind == .country ? 0 : p.kind == .region ? 1 : 2 }
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        if a.population != b.population { return a.population > b.population }
        // A city's own spelling before its alternates ("Rio de Janeiro", not "Rio De Janeiro").
        return (a.spelling == a.name ? 0 : 1) < (b.spelling == b.name ? 0 : 1)
      }
    }
  }

  /// `saint paul` → `st paul`, `st. paul`; `fort worth` → `ft worth`, `ft. worth`.
  private static func abbreviatedPrefix(_ key: String) -> [String]? {
    for (long, short) in [("saint ", "st"), ("sainte ", "ste"), ("fort ", "ft"), ("mount ", "mt")]
    where key.hasPrefix(long) {
      let rest = key.dropFirst(long.count)
      return [short + " " + rest, short + ". " + rest]
    }
    return nil
  }

  /// Every place with this name, countries first, then regions, then cities by population.
  public func places(named name: some StringProtocol) -> [Place] {
    entries[name.lowercased()] ?? []
  }

  /// The best place for a name, preferring one in `country` (alpha-3) when given.
  public func place(named name: some StringProtocol, in country: String? = nil) -> Place? {
    let candidates = places(named: name)
    if let country, let match = candidates.first(where: { $0.country == country }) { return match }
    return candidates.first
  }

  /// The shortest common English name of a country by its alpha-3 code ("RUS" → "Russia").
  public func countryName(_ alpha3: String) -> String? { countryNames[alpha3] }
}
