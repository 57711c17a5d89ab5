import Foundation

/// Turns one JSON Lines record into a draft.
///
/// A record is an object with `id`, `url`, `source`, `published`, `title`, optional `author`,
/// and the story as `text` (plain text) or `html` (a page or fragment). The JSON metadata
/// overrides what the HTML's own metadata says.
enum JSONRecord {
  /// Where a record is in its input, for the draft's name and for errors.
  struct Location {
    var input: String
    var line: Int
    var byteOffset: Int
    /// Whether the line ended with a newline; an unterminated bad last line means a cut-off file.
    var terminated: Bool
  }

  /// Reads the record in `bytes` (one line without its newline).
  static func draft(from bytes: [UInt8], at location: Location) -> Result<Draft, InputError> {
    func failure(_ code: InputError.Code, _ message: String, at offset: Int = 0) -> Result<Draft, InputError>
    {
      .failure(
        InputError(
          code, message, input: location.input, line: location.line, byteOffset: location.byteOffset + offset)
      )
    }
    if let bad = ByteChecks.firstInvalidUTF8(bytes) {
      return failure(.invalidEncoding, "invalid UTF-8 in the JSON record", at: bad.byteOffset)
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch {
      return location.terminated
        ? failure(.malformed, "invalid JSON") : failure(.truncated, "the input ends inside a JSON record")
    }
    guard let record = object as? [String: Any] else {
      return failure(.malformed, "the record is not a JSON object")
    }
    do {
      return .success(try draft(from: record, at: location))
    } catch {
      return failure(error.code, error.message)
    }
  }

  private static func draft(from record: [String: Any], at location: Location) throws(InputError) -> Draft {
    let name = "\(location.input):\(location.line)"
    var draft: Draft
    if let text = try string(record, "text") {
      draft = Draft(input: name, format: .jsonLines, blocks: PlainTextReader.blocks(from: text))
      if draft.blocks.isEmpty { throw InputError(.empty, "the \"text\" field is empty", input: name) }
    } else if let html = try string(record, "html") {
      do {
        draft = try HTMLReader.draft(bytes: Array(html.utf8), input: name, charset: "utf-8")
      } catch let error as InputError {
        throw error
      } catch {
        throw InputError(.malformed, "the \"html\" field cannot be read: \(error)", input: name)
      }
      draft.format = .jsonLines
    } else {
      throw InputError(.malformed, "the record has neither a \"text\" nor an \"html\" field", input: name)
    }
    draft.input = name
    draft.id = try string(record, "id") ?? draft.id
    draft.url = try string(record, "url") ?? draft.url
    draft.source = try string(record, "source") ?? draft.source
    draft.published = try string(record, "published") ?? draft.published
    draft.title = try string(record, "title") ?? draft.title
    draft.author = try string(record, "author") ?? draft.author
    return draft
  }

  /// A field's value as a string: strings as they are, numbers (an `id` of 42) as written.
  private static func string(_ record: [String: Any], _ key: String) throws(InputError) -> String? {
    switch record[key] {
    case nil, is NSNull: return nil
    case let value as String: return value
    case let value as NSNumber: return value.stringValue
    default: throw InputError(.malformed, "the \"\(key)\" field is not a string", input: "")
    }
  }
}
