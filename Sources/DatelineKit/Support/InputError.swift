/// An error about one input: what went wrong, where, and in which input.
///
/// Every reader reports bad input with this type so that a batch can name the failing input,
/// go on with the rest, and set the exit code. Modelled on NIO's `FileSystemError`: a stable
/// ``Code`` for programs, a message for people, and the input it concerns.
///
/// ```swift
/// do { _ = try PlainTextReader.draft(bytes: data, input: "story.txt") }
/// catch let error as InputError { print(error) }  // story.txt: byte 12: invalid UTF-8 … [invalid-encoding]
/// ```
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A stable, machine-readable kind of input error.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The input does not exist or cannot be opened.
    public static let unreadable = Code("unreadable")
    /// The input holds binary data (NUL or control bytes), not text.
    public static let binaryData = Code("binary-data")
    /// The bytes are not valid in the input's encoding.
    public static let invalidEncoding = Code("invalid-encoding")
    /// The input is empty or holds no article text.
    public static let empty = Code("empty")
    /// The input ends in the middle of a structure (a feed, a JSON line).
    public static let truncated = Code("truncated")
    /// The input or one record in it is larger than the limit.
    public static let tooLarge = Code("too-large")
    /// The input is not well-formed for its format.
    public static let malformed = Code("malformed")
    /// The input's format or charset is not supported.
    public static let unsupported = Code("unsupported")
  }

  /// What kind of error this is.
  public var code: Code
  /// A sentence for people saying what is wrong.
  public var message: String
  /// The input's name: a path, `-` for standard input, or a path with a record (`feed.xml#3`).
  public var input: String
  /// The 1-based line in the input, when known.
  public var line: Int?
  /// The 0-based byte offset in the input, when known.
  public var byteOffset: Int?

  public init(_ code: Code, _ message: String, input: String, line: Int? = nil, byteOffset: Int? = nil) {
    self.code = code
    self.message = message
    self.input = input
    self.line = line
    self.byteOffset = byteOffset
  }

  public var description: String {
    var place = input
    if let line { place += ": line \(line)" }
    if let byteOffset { place += line == nil ? ": byte \(byteOffset)" : ", byte \(byteOffset)" }
    return "\(place): \(message) [\(code)]"
  }
}
