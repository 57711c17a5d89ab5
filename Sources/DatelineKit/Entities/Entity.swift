/// Someone or something a story names, with all the places it is mentioned.
///
/// Mentions of one entity are resolved within the story ("Kassym-Jomart Tokayev" … "Tokayev",
/// "Collective Security Treaty Organization (CSTO)" … "CSTO"); linking adds codes from the
/// compiled-in lexicons.
public struct Entity: Sendable, Hashable {
  /// The entity's type: the CoNLL types, with places split into GPE (countries, cities, regions)
  /// and geographic LOC, and nationalities (NORP) out of MISC, as CAMEO needs.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case person = "PER"
    case organization = "ORG"
    case geopolitical = "GPE"
    case location = "LOC"
    case nationality = "NORP"
    case miscellaneous = "MISC"
  }

  /// Where the entity is named: scalar offsets into the article's `text`.
  public struct Mention: Sendable, Hashable {
    public var range: TextRange
    public var text: String
  }

  /// `e1`, `e2`… in order of first mention.
  public var id: String
  public var kind: Kind
  /// The fullest name the story uses (or the lexicon's name when linked).
  public var name: String
  public var mentions: [Mention]
  /// Titles and roles the story gives a person ("Kazakh President"), or the lexicon's office.
  public var roles: [String] = []
  /// ISO 3166-1 alpha-3 of the country a place, nationality or office holder belongs to.
  public var country: String?
  /// CAMEO actor code: a country (`KAZ`), a government (`KAZGOV`) or an IGO (`IGOWSTNAT`).
  public var code: String?
  /// Wikidata QID.
  public var wikidata: String?
  /// Latitude and longitude of a city.
  public var geo: (latitude: Double, longitude: Double)? {
    get { latitude.flatMap { lat in longitude.map { (lat, $0) } } }
    set {
      latitude = newValue?.latitude
      longitude = newValue?.longitude
    }
  }
  var latitude: Double?
  var longitude: Double?
}
