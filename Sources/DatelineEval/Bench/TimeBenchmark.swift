import DatelineKit
import Foundation

/// Times the time tagger on TimeML documents, warm, for the comparison with HeidelTime on the
/// same files.
///
/// ```swift
/// let bench = try TimeBenchmark(folder: URL(fileURLWithPath: "timeml/TimeBank"), documents: 20)
/// print(bench.secondsPerPass())   // best of `repeats` passes over the documents
/// ```
public struct TimeBenchmark {
  /// The documents' file names, text and DCT.
  public var documents: [(name: String, text: String, dct: CalendarDate?)]
  public var repeats: Int

  /// Reads the first `documents` `.tml` files of `folder` (sorted by name).
  public init(folder: URL, documents count: Int, repeats: Int = 5) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".tml")
    }
    .sorted().prefix(count)
    documents = try names.map { name in
      let document = try TimeMLEvaluation.read(folder.appendingPathComponent(name))
      return (name, document.text, document.creationTime)
    }
    self.repeats = max(1, repeats)
  }

  public var bytes: Int { documents.reduce(0) { $0 + $1.text.utf8.count } }

  /// The best time of one pass tagging every document, after a warm-up pass.
  public func secondsPerPass() -> Double {
    let tagger = TimeTagger()
    var found = 0
    for document in documents { found += tagger.tag(document.text, dct: document.dct).count }
    var best = Double.infinity
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      for document in documents { found &+= tagger.tag(document.text, dct: document.dct).count }
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    precondition(found >= 0)
    return best
  }
}
