/// A reader of a many-record input (a feed, a JSON Lines file) fed its bytes chunk by chunk.
///
/// ``InputReader`` reads 64 KiB at a time and hands each chunk over; the reader returns the
/// drafts and errors for the records completed so far, so that memory stays bounded by one record.
protocol RecordStreamReader {
  /// Whether the reader needs no more input (it finished, or met an error that ends the input).
  var isDone: Bool { get }
  /// Takes the next bytes of the input; returns the records they completed.
  mutating func consume(_ chunk: [UInt8]) -> [Result<Draft, InputError>]
  /// Ends the input; returns the last records and any error about the input's end.
  mutating func finish() -> [Result<Draft, InputError>]
}
