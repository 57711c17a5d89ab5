import DatelineKit
import Foundation

/// Writes stored articles as TimeML documents, one file per article, with Dateline's TIMEX3 tags
/// in the text and the publication day as the DCT (``TimeMLDocument/init(text:creationTime:id:)``).
///
/// A file is named after the article's id, kept to letters, digits, `-`, `_` and `.`
/// (`87bb208eaa801f2c.tml`); an id exported twice gets the content hash appended.
///
/// ```swift
/// let count = try await TimeMLExport(folder: "tml").run(store, ArticleQuery())
/// ```
public struct TimeMLExport: Sendable {
  public var folder: String

  public init(folder: String) { self.folder = folder }

  /// Writes the articles matching `query`; returns how many documents were written.
  ///
  /// - Throws: ``InputError`` naming the folder or file that could not be written, or the stored
  ///   article that could not be read back.
  public func run(_ store: any ArticleStore, _ query: ArticleQuery) async throws -> Int {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw InputError(.unreadable, "cannot create the folder: \(error.localizedDescription)", input: folder)
    }
    var names: Set<String> = []
    var count = 0
    try await store.forEach(query) { stored in
      let article = try Article(json: stored.json, input: stored.input)
      var name = Self.fileName(article.id)
      if !names.insert(name).inserted {
        name += "-" + stored.contentHash
        names.insert(name)
      }
      let document = TimeMLDocument(text: article.text, creationTime: article.published, id: article.id)
      let path = (folder as NSString).appendingPathComponent(name + ".tml")
      do {
        try Data(document.written(with: article.times).utf8).write(to: URL(fileURLWithPath: path))
      } catch {
        throw InputError(.unreadable, "cannot write: \(error.localizedDescription)", input: path)
      }
      count += 1
    }
    return count
  }

  /// The id kept to characters safe in a file name on every system.
  static func fileName(_ id: String) -> String {
    var name = String(
      String.UnicodeScalarView(
        id.unicodeScalars.map { c in
          c.isASCII
            && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ".")
            ? c : "_"
        }))
    if name.isEmpty || name.hasPrefix(".") { name = "_" + name }
    return String(name.prefix(120))
  }
}
