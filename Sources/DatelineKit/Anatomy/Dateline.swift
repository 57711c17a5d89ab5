/// The dateline that opens a wire story: where it was filed, when, and by which agency.
///
/// ```
/// NUR-SULTAN, January 10. /TASS/.        place "Nur-Sultan", KAZ, January 10, TASS
/// NAIROBI, Kenya (AP) —                  place "Nairobi", KEN, AP
/// PORTLAND, Ore., Feb 26 -               place "Portland", region "Oregon", USA, February 26
/// ```
public struct Dateline: Sendable, Hashable {
  /// The dateline as written, without the text that follows it.
  public var text: String
  /// Where `text` lies in the article's text (filled in when the article is assembled).
  public var range: TextRange?
  /// The place as written ("NUR-SULTAN").
  public var placeAsWritten: String
  /// The place in normal case ("Nur-Sultan").
  public var place: String
  /// A state, province or country written after the place ("Oregon", "Kenya").
  public var region: String?
  /// ISO 3166-1 alpha-3 code of the country, when known.
  public var country: String?
  /// The month and day written in the dateline.
  public var month: Int?
  public var day: Int?
  /// The year, when written or inferred.
  public var year: Int?
  /// Whether `year` was inferred rather than written.
  public var yearInferred = false
  /// The agency's usual name ("TASS", "Reuters", "AP").
  public var agency: String?

  /// The full date when year, month and day are known.
  public var date: CalendarDate? {
    guard let year, let month, let day else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}
