/// A CAMEO actor code split into the parts GDELT's actor columns hold: country, known group,
/// religions and types.
///
/// CAMEO builds an actor code from three-letter blocks: a country or region (`KAZ`, `WST`), role
/// and sector types (`GOV`, `COP`, `IGO`), religions (`MOS`), and known groups (`NAT` for NATO,
/// `UNO` for the United Nations). GDELT keeps the full code in `Actor1Code` and the blocks in
/// `Actor1CountryCode`, `Actor1KnownGroupCode`, `Actor1Religion1Code`… `Actor1Type1Code`…
/// The block lists are the CAMEO Event and Actor Codebook's (version 1.1b3, chapter on actor
/// codes; docs/sources.md). A block that is neither a country, a region, a type nor a religion is
/// a known group; the last one wins (`IGOUNOREFHCR` → `HCR`, the UN refugee agency). Ethnic codes
/// are not split out: the built-in dictionaries code no ethnic groups.
///
/// ```swift
/// let actor = CAMEOActorCode("IGOWSTNAT")
/// actor.country     // "WST"
/// actor.knownGroup  // "NAT"
/// actor.types       // ["IGO"]
/// ```
public struct CAMEOActorCode: Sendable, Hashable {
  /// The full code as the coder gave it.
  public var code: String
  /// The first country (ISO 3166-1 alpha-3, as CAMEO uses) or CAMEO region block.
  public var country: String?
  public var knownGroup: String?
  public var religions: [String] = []
  /// Role and sector types in the order written; GDELT has columns for three.
  public var types: [String] = []

  public init(_ code: String) {
    self.code = code
    guard Self.isWellFormed(code) else { return }
    let scalars = Array(code.unicodeScalars)
    for start in stride(from: 0, to: scalars.count, by: 3) {
      let block = String(String.UnicodeScalarView(scalars[start..<(start + 3)]))
      if Self.typeCodes.contains(block) {
        types.append(block)
      } else if Self.religionCodes.contains(block) {
        religions.append(block)
      } else if Self.isCountryOrRegion(block) {
        if country == nil { country = block }
      } else {
        knownGroup = block
      }
    }
  }

  /// Whether a code is made of three-letter upper-case blocks, as CAMEO codes are.
  public static func isWellFormed(_ code: String) -> Bool {
    let bytes = Array(code.utf8)
    return !bytes.isEmpty && bytes.count % 3 == 0
      && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
  }

  /// Whether a block is a country (ISO 3166-1 alpha-3) or one of CAMEO's regions.
  public static func isCountryOrRegion(_ block: String) -> Bool {
    regionCodes.contains(block) || FIPSCountryCode.alpha3Codes.contains(block)
  }

  /// CAMEO's regional codes (`WST` the West, `EUR` Europe, `CAS` Central Asia…).
  public static let regionCodes: Set<String> = [
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
    "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
  ]

  /// CAMEO's role and sector types: state actors (`GOV`, `MIL`, `COP`…), sectors (`BUS`, `MED`…),
  /// and transnational classes (`IGO`, `NGO`, `MNC`…).
  public static let typeCodes: Set<String> = [
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
    "RAD",
    "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "PKO", "UIS", "SET",
  ]

  /// CAMEO's religion codes (`CHR` Christian, `CTH` Catholic, `MOS` Muslim, `SUN` Sunni…).
  public static let religionCodes: Set<String> = [
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN",
    "JEW", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO",
  ]
}
