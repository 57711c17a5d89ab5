/// The 61 columns of a GDELT 2.0 Events record, in file order, with the kind of value each holds.
///
/// Written from the GDELT 2.0 Event Database codebook's field descriptions (docs/sources.md): the
/// event's id and dates, two actors of ten columns each, the action, its counts and tone, three
/// geography blocks of eight columns (Actor1Geo, Actor2Geo, ActionGeo), the date added and the
/// source. GDELT files have no header row; `dateline export --format gdelt --header` writes these
/// names as one.
public enum GDELTEventColumns {
  /// What a column holds, which is what the validator checks.
  public enum Kind: Sendable, Hashable {
    /// A positive integer that fits a signed 64-bit column.
    case eventID
    /// `YYYYMMDD`, `YYYYMM`, `YYYY`, `YYYY.FFFF`.
    case day, monthYear, year, fractionDate
    /// A full CAMEO actor code, and its parts.
    case actorCode, actorName, actorCountry, knownGroup, ethnic, religion, actorType
    case isRootEvent
    /// A CAMEO event code, its three-digit base, its two-digit root.
    case eventCode, eventBaseCode, eventRootCode
    case quadClass, goldstein
    case count
    case tone
    /// Geography: resolution 1–5, name, FIPS 10-4 country, ADM1, ADM2, latitude, longitude, feature.
    case geoType, geoName, geoCountry, geoADM1, geoADM2, latitude, longitude, featureID
    /// `YYYYMMDDHHMMSS`, UTC.
    case dateAdded
    case sourceURL
  }

  /// Names and kinds, in file order.
  public static let all: [(name: String, kind: Kind)] = {
    var columns: [(String, Kind)] = [
      ("GLOBALEVENTID", .eventID), ("SQLDATE", .day), ("MonthYear", .monthYear), ("Year", .year),
      ("FractionDate", .fractionDate),
    ]
    for actor in ["Actor1", "Actor2"] {
      columns += [
        (actor + "Code", .actorCode), (actor + "Name", .actorName), (actor + "CountryCode", .actorCountry),
        (actor + "KnownGroupCode", .knownGroup), (actor + "EthnicCode", .ethnic),
        (actor + "Religion1Code", .religion), (actor + "Religion2Code", .religion),
        (actor + "Type1Code", .actorType), (actor + "Type2Code", .actorType),
        (actor + "Type3Code", .actorType),
      ]
    }
    columns += [
      ("IsRootEvent", .isRootEvent), ("EventCode", .eventCode), ("EventBaseCode", .eventBaseCode),
      ("EventRootCode", .eventRootCode), ("QuadClass", .quadClass), ("GoldsteinScale", .goldstein),
      ("NumMentions", .count), ("NumSources", .count), ("NumArticles", .count), ("AvgTone", .tone),
    ]
    for geo in ["Actor1Geo", "Actor2Geo", "ActionGeo"] {
      columns += [
        (geo + "_Type", .geoType), (geo + "_FullName", .geoName), (geo + "_CountryCode", .geoCountry),
        (geo + "_ADM1Code", .geoADM1), (geo + "_ADM2Code", .geoADM2), (geo + "_Lat", .latitude),
        (geo + "_Long", .longitude), (geo + "_FeatureID", .featureID),
      ]
    }
    columns += [("DATEADDED", .dateAdded), ("SOURCEURL", .sourceURL)]
    return columns
  }()

  /// The column names joined by tabs, for a header row.
  public static var header: String { all.map(\.name).joined(separator: "\t") }

  /// The index of a column by name (`EventCode` → 26).
  public static func index(of name: String) -> Int? { all.firstIndex { $0.name == name } }
}
