import DatelineKit
import Foundation

/// Reads CoNLL-2003 files and scores a tagger model on them.
public enum CoNLLFile {
  /// The documents of a CoNLL-2003 file.
  public static func documents(_ path: String) throws -> [CoNLLDocument] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(.unreadable, "cannot read the file", input: path)
    }
    return try CoNLLDocument.documents(in: String(decoding: data, as: UTF8.self), input: path)
  }

  /// Tags every document with `model` and scores the mentions against the gold ones.
  public static func evaluate(_ model: TaggerModel, on documents: [CoNLLDocument]) -> CoNLLEvaluation {
    var tagger = MentionTagger(model: model)
    var evaluation = CoNLLEvaluation()
    var predicted: [TaggedMention] = []
    for document in documents {
      predicted.removeAll(keepingCapacity: true)
      document.bytes.withUnsafeBufferPointer {
        tagger.tag($0, tokens: document.tokens, sentences: document.sentences, into: &predicted)
      }
      evaluation.add(gold: document.mentions, predicted: predicted)
    }
    return evaluation
  }
}
