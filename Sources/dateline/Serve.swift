import ArgumentParser
import DatelineKit
import DatelineServer
import DatelineStore
import Foundation

/// `dateline serve`: the HTTP API and the web pages over a store.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Serve the JSON API (/v1, /openapi.json) and the web pages over a store.",
    discussion: """
      Listens on loopback unless --host says otherwise. Writing endpoints (POST /v1/articles) \
      need a bearer token: DATELINE_TOKEN if set, else the token file (--token-file, default \
      ~/.config/dateline/token), generated with owner-only permissions and printed once on the \
      first run. CORS headers are sent only for the origin given with --cors-origin.
      """)

  @OptionGroup var server: ServerOptions

  func run() async throws {
    let location = try server.database.location()
    let store = try await location.open()
    try await server.serve(store, database: location.database)
  }
}

/// The options `serve` and `demo` share.
struct ServerOptions: ParsableArguments {
  @OptionGroup var database: DatabaseOption

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on.")
  var port = 8080

  @Option(help: "The file that keeps the API token (default ~/.config/dateline/token).")
  var tokenFile: String?

  @Option(help: "The largest request body accepted, in bytes.")
  var maxBody = 2 * 1024 * 1024

  @Option(help: "Seconds a client may take to send a request body.")
  var bodyTimeout = 30

  @Option(help: "The one browser origin allowed to call the API (CORS), e.g. https://desk.example.org.")
  var corsOrigin: String?

  @Option(help: "The day stories are read from (YYYY-MM-DD, default the day of each request).")
  var referenceDate: String?

  func validate() throws {
    guard (1...65535).contains(port) else { throw ValidationError("--port must be 1…65535.") }
    guard maxBody >= 1024 else { throw ValidationError("--max-body must be at least 1024 bytes.") }
    guard bodyTimeout >= 1 else { throw ValidationError("--body-timeout must be at least 1 second.") }
    if let referenceDate, MetadataDate.parse(referenceDate) == nil {
      throw ValidationError("--reference-date: not a date: \(referenceDate)")
    }
  }

  /// Runs the server over `store` until SIGINT or SIGTERM, then closes the store.
  func serve(_ store: any ArticleStore, database: String) async throws {
    let token: AccessToken
    do {
      token = try AccessToken.resolve(file: tokenFile ?? AccessToken.defaultFile())
    } catch {
      try? await store.close()
      throw ValidationError("token: \(error)")
    }
    var configuration = DeskConfiguration(token: token)
    configuration.host = host
    configuration.port = port
    configuration.maxBodySize = maxBody
    configuration.bodyTimeout = .seconds(bodyTimeout)
    configuration.corsOrigin = corsOrigin
    configuration.referenceDate = referenceDate.flatMap(MetadataDate.parse)
    if token.generated {
      Diagnostics.note("generated an API token for writing endpoints; it is shown this once:")
      // Unbuffered, so the token is on standard output before the server blocks.
      var line = token.value + "\n"
      line.withUTF8 { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      Diagnostics.note("stored in \(token.file ?? "")")
    }
    let shown = host.contains(":") ? "[\(host)]" : host
    Diagnostics.note("serving \(database) on http://\(shown):\(port)/ (Ctrl-C stops)")
    do {
      try await NewsDesk(configuration: configuration, store: store).run()
    } catch {
      try? await store.close()
      throw error
    }
    try await store.close()
  }
}
