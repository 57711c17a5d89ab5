import Foundation
import Hummingbird

/// Reading request bodies within the server's size and time limits.
extension Request {
  /// The whole body, or a problem: `413` past `limit` bytes (told by `Content-Length` before
  /// anything is read), `408` when the client takes longer than `timeout` to send it.
  func collectBody(limit: Int, timeout: Duration) async throws -> ByteBuffer {
    if let length = headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw Problem(
        .contentTooLarge, "the body has \(length) bytes; the server accepts \(limit)", code: "too-large")
    }
    let body = self.body
    return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
      group.addTask {
        do {
          return try await body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
          throw Problem(
            .contentTooLarge, "the body is larger than the \(limit) bytes the server accepts",
            code: "too-large")
        }
      }
      group.addTask {
        try await Task.sleep(for: timeout)
        return nil
      }
      defer { group.cancelAll() }
      guard let buffer = try await group.next() ?? nil else {
        throw Problem(.requestTimeout, "the body did not arrive within \(timeout)", code: "timeout")
      }
      return buffer
    }
  }

  /// The media type of the body, lower-cased, without parameters, and its `charset` if any.
  var mediaType: (type: String, charset: String?)? {
    guard let value = headers[.contentType] else { return nil }
    let parts = value.split(separator: ";")
    let type = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    var charset: String?
    for part in parts.dropFirst() {
      let pair = part.split(separator: "=", maxSplits: 1)
      if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" {
        charset = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
          in: .init(charactersIn: "\""))
      }
    }
    return (type, charset)
  }
}
