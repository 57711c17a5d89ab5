import DatelineKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

/// Headless Chromium opens the feed, a story and the timeline from a live server and the
/// rendered DOM is checked, script run included. Runs where Chromium is installed (`.ci/run`
/// installs Debian's `chromium`).
@Suite(.enabled(if: Chromium.path != nil, "needs chromium")) struct BrowserTests {
  @Test func feedStoryAndTimelineRenderInTheBrowser() async throws {
    let setup = try await StageArraysTests.desk()
    let app = Application(
      router: setup.desk.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    do {
      try await app.test(.live) { client in
        let keys = try await client.ingestSamples()
        let port = try #require(client.port)
        let base = "http://127.0.0.1:\(port)"

        let feed = try await Chromium.dom(of: base + "/")
        for sample in ["Tokayev discusses situation in Kazakhstan", "EU urges restraint in Kazakhstan"] {
          #expect(feed.contains(sample), "the feed lists \(sample)")
        }
        #expect(feed.contains("<ol class=\"feed\""))

        let story = try await Chromium.dom(of: base + "/articles/\(keys[0])")
        #expect(story.contains("<mark class=\"hl"))
        #expect(story.contains("Tokayev discusses situation in Kazakhstan with European Council President"))
        // The page's script ran under the Content Security Policy: it shows the highlight switches.
        #expect(story.contains("<fieldset class=\"toggles\">"))
        #expect(!story.contains("<fieldset class=\"toggles\" hidden"))

        let timeline = try await Chromium.dom(of: base + "/timeline")
        #expect(timeline.contains("Tokayev → Michel: spoke with, 2022-01-10"))
        #expect(timeline.contains("Tokayev → Putin: met, 2022-01-19"))
      }
    } catch {
      try? await setup.cleanUp()
      throw error
    }
    try await setup.cleanUp()
  }
}

/// Debian's headless Chromium, driven from the command line.
enum Chromium {
  static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// The DOM after the page loaded and its scripts ran.
  static func dom(of url: String, timeout: Duration = .seconds(90)) async throws -> String {
    let profile = NSTemporaryDirectory() + "dateline-chromium-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path!)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--user-data-dir=" + profile, "--dump-dom", url,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Read while it runs, so a large DOM cannot fill the pipe and stall it.
    let reader = Task.detached { output.fileHandleForReading.readDataToEndOfFile() }
    let deadline = ContinuousClock.now + timeout
    while process.isRunning {
      if ContinuousClock.now > deadline {
        process.terminate()
        throw TestFailure("chromium did not finish \(url) within \(timeout)")
      }
      try await Task.sleep(for: .milliseconds(100))
    }
    return String(decoding: await reader.value, as: UTF8.self)
  }
}
