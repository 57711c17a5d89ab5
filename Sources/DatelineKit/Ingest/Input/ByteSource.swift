#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open file or standard input, read in chunks with POSIX `read`.
final class ByteSource {
  /// The size of each read: large enough to be fast, small enough to keep memory flat.
  static let chunkSize = 64 * 1024

  let name: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// The file's size when it is a regular file; `nil` for pipes and terminals.
  let regularFileSize: Int?

  private init(name: String, descriptor: Int32, ownsDescriptor: Bool) {
    self.name = name
    self.descriptor = descriptor
    self.ownsDescriptor = ownsDescriptor
    var info = stat()
    let isRegular = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    self.regularFileSize = isRegular ? Int(info.st_size) : nil
  }

  deinit { if ownsDescriptor { close(descriptor) } }

  /// Standard input, named `-`.
  static func standardInput() -> ByteSource {
    ByteSource(name: "-", descriptor: STDIN_FILENO, ownsDescriptor: false)
  }

  /// Opens a file for reading.
  static func open(path: String) -> Result<ByteSource, InputError> {
    #if canImport(Glibc)
      let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #else
      let descriptor = Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
    guard descriptor >= 0 else { return .failure(InputError(.unreadable, Self.reason(errno), input: path)) }
    return .success(ByteSource(name: path, descriptor: descriptor, ownsDescriptor: true))
  }

  /// Reads up to `limit` bytes; an empty array means the end of the input.
  func read(upTo limit: Int = chunkSize) -> Result<[UInt8], InputError> {
    var chunk = [UInt8](repeating: 0, count: limit)
    var count = 0
    while true {
      count = chunk.withUnsafeMutableBytes { buffer in
        #if canImport(Glibc)
          Glibc.read(descriptor, buffer.baseAddress, buffer.count)
        #else
          Darwin.read(descriptor, buffer.baseAddress, buffer.count)
        #endif
      }
      if count >= 0 || errno != EINTR { break }
    }
    guard count >= 0 else { return .failure(InputError(.unreadable, Self.reason(errno), input: name)) }
    chunk.removeSubrange(count...)
    return .success(chunk)
  }

  /// Reads on to the end, failing once more than `limit` bytes in all have been read.
  func readAll(after start: [UInt8], limit: Int) -> Result<[UInt8], InputError> {
    var bytes = start
    while bytes.count <= limit {
      switch read(upTo: min(Self.chunkSize, limit + 1 - bytes.count)) {
      case .failure(let error): return .failure(error)
      case .success(let chunk) where chunk.isEmpty: return .success(bytes)
      case .success(let chunk): bytes.append(contentsOf: chunk)
      }
    }
    return .failure(
      InputError(.tooLarge, "the input is larger than the limit of \(limit) bytes", input: name))
  }

  /// A sentence for an `errno` value.
  static func reason(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file or folder"
    case EACCES: "permission denied"
    case EISDIR: "is a folder"
    default: String(cString: strerror(code))
    }
  }
}
