import DatelineKit
import Foundation
import Testing

@testable import DatelineStore

/// The store backends the shared suite runs against.
///
/// SQLite always; PostgreSQL when `DATELINE_TEST_POSTGRES` names a server (`.ci/run` starts one),
/// and always under CI, where a missing variable or an unreachable server fails the tests
/// instead of skipping them.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case sqlite, postgres

  var testDescription: String { rawValue }

  static var postgresURL: String? { ProcessInfo.processInfo.environment["DATELINE_TEST_POSTGRES"] }
  static var postgresRequired: Bool {
    postgresURL != nil || ProcessInfo.processInfo.environment["CI"] != nil
  }
  static var all: [Backend] { postgresRequired ? [.sqlite, .postgres] : [.sqlite] }

  /// A location no other test uses: a new file, or a new schema.
  func freshLocation() throws -> StoreLocation {
    switch self {
    case .sqlite:
      return .sqlite(path: Self.temporaryPath())
    case .postgres:
      return .postgres(try Self.freshPostgresURL())
    }
  }

  func open(_ options: StoreOptions = .init()) async throws -> any ArticleStore {
    try await freshLocation().open(options: options)
  }

  static func temporaryPath() -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-store-tests")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("\(UUID().uuidString).sqlite").path
  }

  static func freshPostgresURL() throws -> PostgresURL {
    guard let base = postgresURL else {
      throw StoreError(
        .unreachable, "DATELINE_TEST_POSTGRES is not set; CI must start a server (scripts/test-postgres.sh)",
        database: "postgres")
    }
    var url = try PostgresURL(base)
    url.schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    return url
  }
}
