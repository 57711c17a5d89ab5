/// One of a GDELT record's three geography blocks: where an actor is, or where the action happened.
///
/// Places come from the story's entities and the compiled-in place lexicon: a city is resolution
/// 4 (3 in the United States) with its coordinates and GeoNames id, a region (state, province) 5
/// (2 in the United States), a country 1. GDELT gives a country-level match its centroid; the
/// lexicon has no centroids, so latitude and longitude stay empty there. `ADM1Code` and
/// `ADM2Code` stay empty: the lexicon has no FIPS or GAUL division codes.
public struct GDELTGeography: Sendable, Hashable {
  /// GDELT's resolutions: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
  public var type: Int
  /// `City, Country`, `Region, Country` or `Country`.
  public var fullName: String
  /// FIPS 10-4 country code.
  public var countryCode: String
  public var latitude: Double?
  public var longitude: Double?
  /// The city's GeoNames id; for a country its FIPS code, as GDELT writes there.
  public var featureID: String

  /// The eight fields of the block; all empty for no place.
  static func fields(_ geography: GDELTGeography?) -> [String] {
    guard let g = geography else { return Array(repeating: "", count: 8) }
    return [
      String(g.type), g.fullName, g.countryCode, "", "", g.latitude.map(GDELTEventRow.coordinate) ?? "",
      g.longitude.map(GDELTEventRow.coordinate) ?? "", g.featureID,
    ]
  }

  /// A country by its ISO 3166-1 alpha-3 code, when it has a FIPS code.
  public static func country(_ alpha3: String) -> GDELTGeography? {
    guard let fips = FIPSCountryCode.code(forAlpha3: alpha3) else { return nil }
    let name = FIPSCountryCode.name(forAlpha3: alpha3) ?? PlaceLexicon.shared.countryName(alpha3) ?? alpha3
    return GDELTGeography(type: 1, fullName: name, countryCode: fips, featureID: fips)
  }

  /// A place entity (country, region, city) of a story, resolved through the place lexicon.
  public static func place(_ entity: Entity) -> GDELTGeography? {
    guard entity.kind == .geopolitical || entity.kind == .location else { return nil }
    // A LOC entity (a sea, a continent) is not in the place lexicon: a city of the same name
    // elsewhere ("Asia" in the Philippines) is not it.
    if entity.kind == .geopolitical, let found = place(named: entity.name, in: entity.country) {
      return found
    }
    return entity.country.flatMap(country)
  }

  /// A place by name, preferring one in `country` (alpha-3).
  public static func place(named name: String, in country: String? = nil) -> GDELTGeography? {
    guard let place = PlaceLexicon.shared.place(named: name, in: country),
      let fips = FIPSCountryCode.code(forAlpha3: place.country)
    else { return nil }
    let countryName =
      FIPSCountryCode.name(forAlpha3: place.country) ?? PlaceLexicon.shared.countryName(place.country)
      ?? place.country
    let inUS = place.country == "USA"
    switch place.kind {
    case .country:
      return .country(place.country)
    case .region:
      return GDELTGeography(
        type: inUS ? 2 : 5, fullName: place.name + ", " + countryName, countryCode: fips, featureID: "")
    case .city:
      return GDELTGeography(
        type: inUS ? 3 : 4, fullName: place.name + ", " + countryName, countryCode: fips,
        latitude: place.latitude,
        longitude: place.longitude, featureID: place.geonameID.map(String.init) ?? "")
    }
  }
}
