/// A time expression found in a text, normalised to a TimeML TIMEX3 type and value.
///
/// Offsets are Unicode scalars into the text that was tagged. Values follow TimeML
/// (TempEval-3 guidelines): `2022-01-07`, `2022-01-07TMO`, `2022-W02`, `2022-Q1`, `P3D`,
/// `PT3H`, `XXXX-WXX-1`, `PRESENT_REF`.
///
/// ```swift
/// let times = TimeTagger().tag("He arrived on Friday.", dct: CalendarDate(year: 2022, month: 1, day: 10))
/// // [TimeExpression(text: "Friday", type: .date, value: "2022-01-07", anchor: "2022-01-10")]
/// ```
public struct TimeExpression: Sendable, Hashable {
  /// The TIMEX3 type.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
  }

  public var range: TextRange
  public var text: String
  public var type: Kind
  public var value: String
  /// TimeML `mod`: `APPROX`, `START`, `MID`, `END`, `MORE_THAN`, `LESS_THAN`, `EQUAL_OR_MORE`…
  public var mod: String?
  /// The day a relative expression was resolved against (`YYYY-MM-DD`): the publication day or
  /// the last day the narrative mentioned.
  public var anchor: String?
  /// TimeML `quant` of a SET (`EVERY`).
  public var quant: String?
  /// TimeML `freq` of a SET (`2X`).
  public var freq: String?

  public init(
    range: TextRange, text: String, type: Kind, value: String, mod: String? = nil, anchor: String? = nil,
    quant: String? = nil, freq: String? = nil
  ) {
    self.range = range
    self.text = text
    self.type = type
    self.value = value
    self.mod = mod
    self.anchor = anchor
    self.quant = quant
    self.freq = freq
  }
}
