import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The bearer token that writing endpoints require.
///
/// Taken from `DATELINE_TOKEN`, else read from the token file, else generated on first run
/// (32 random bytes, hex) and stored in the token file, which only its owner may read
/// (`0600`, in a `0700` folder). A token file that others may read is refused, as ssh does.
///
/// ```swift
/// let token = try AccessToken.resolve(file: AccessToken.defaultFile())
/// if token.generated { print("token: \(token.value)") }
/// ```
public struct AccessToken: Sendable {
  public var value: String
  /// Where the token is kept; nil when it came from the environment.
  public var file: String?
  /// Whether this run generated it (so it is printed once).
  public var generated: Bool

  public init(value: String, file: String? = nil, generated: Bool = false) {
    self.value = value
    self.file = file
    self.generated = generated
  }

  /// The shortest token accepted: shorter ones are guessable.
  static let minimumLength = 16

  /// `$XDG_CONFIG_HOME/dateline/token`, else `~/.config/dateline/token`.
  public static func defaultFile(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/dateline/token"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.config/dateline/token"
  }

  /// The token from `environment["DATELINE_TOKEN"]`, else from `file`, else a new one stored there.
  public static func resolve(
    file: String, environment: [String: String] = ProcessInfo.processInfo.environment
  )
    throws(TokenError) -> AccessToken
  {
    if let value = environment["DATELINE_TOKEN"] {
      let token = value.trimmingCharacters(in: .whitespacesAndNewlines)
      guard token.count >= minimumLength else {
        throw TokenError("DATELINE_TOKEN is shorter than \(minimumLength) characters", file: nil)
      }
      return AccessToken(value: token)
    }
    var status = stat()
    if stat(file, &status) == 0 {
      guard status.st_mode & 0o077 == 0 else {
        throw TokenError("the token file may be read by others; run chmod 600 on it", file: file)
      }
      guard let data = FileManager.default.contents(atPath: file) else {
        throw TokenError("cannot read the token file", file: file)
      }
      let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      guard token.count >= minimumLength else {
        throw TokenError("the token file holds no token of \(minimumLength) characters or more", file: file)
      }
      return AccessToken(value: token, file: file)
    }
    let token = generate()
    try store(token, in: file)
    return AccessToken(value: token, file: file, generated: true)
  }

  /// 32 bytes from the system's cryptographic generator, as hex.
  static func generate() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in
      let byte = UInt8.random(in: .min ... .max, using: &generator)
      return (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }.joined()
  }

  /// Writes a new token file, owner-only, failing rather than overwriting one.
  static func store(_ token: String, in file: String) throws(TokenError) {
    let folder = (file as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw TokenError("cannot create the token's folder: \(error.localizedDescription)", file: file)
      }
    }
    let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw TokenError("cannot create the token file: \(String(cString: strerror(errno)))", file: file)
    }
    defer { close(descriptor) }
    let line = token + "\n"
    let written = line.withCString { write(descriptor, $0, strlen($0)) }
    guard written == line.utf8.count else { throw TokenError("cannot write the token file", file: file) }
  }

  /// Whether an `Authorization` header carries this token, compared in constant time.
  func admits(authorization: String?) -> Bool {
    guard let authorization, authorization.count > 7,
      authorization.prefix(7).lowercased() == "bearer "
    else { return false }
    let given = Array(authorization.dropFirst(7).trimmingCharacters(in: .whitespaces).utf8)
    let expected = Array(value.utf8)
    var difference = UInt8(given.count == expected.count ? 0 : 1)
    for index in 0..<expected.count {
      difference |= expected[index] ^ (index < given.count ? given[index] : 0)
    }
    return difference == 0
  }
}

/// Why the server has no usable token.
public struct TokenError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var file: String?

  init(_ message: String, file: String?) {
    self.message = message
    self.file = file
  }

  public var description: String { (file.map { $0 + ": " } ?? "") + message }
}
