import DatelineKit
import Foundation

/// A ``Draft`` as the ingest queue keeps it: JSON that gives back the same draft, so a worker
/// analyses exactly what the enqueuing process read.
struct QueuedDraft: Codable, Sendable {
  struct Block: Codable, Sendable {
    var text: String
    var heading: Bool?
  }

  var input: String
  var format: String
  var id: String?
  var url: String?
  var source: String?
  var published: String?
  var title: String?
  var author: String?
  var summary: String?
  var blocks: [Block]

  init(_ draft: Draft) {
    input = draft.input
    format = draft.format.rawValue
    id = draft.id
    url = draft.url
    source = draft.source
    published = draft.published
    title = draft.title
    author = draft.author
    summary = draft.summary
    blocks = draft.blocks.map { Block(text: $0.text, heading: $0.kind == .heading ? true : nil) }
  }

  var draft: Draft {
    Draft(
      input: input, format: Draft.Format(rawValue: format) ?? .text, id: id, url: url, source: source,
      published: published, title: title, author: author, summary: summary,
      blocks: blocks.map { Draft.Block($0.text, kind: $0.heading == true ? .heading : .paragraph) })
  }

  static func encode(_ draft: Draft) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: try encoder.encode(QueuedDraft(draft)), as: UTF8.self)
  }

  static func decode(_ json: String) throws -> Draft {
    try JSONDecoder().decode(QueuedDraft.self, from: Data(json.utf8)).draft
  }
}
