import DatelineKit
import Foundation
import Testing

@testable import DatelineEval

/// What `dateline train quotes` does, on a tiny PolNeAR-style corpus written for this test: read
/// the train split, train, choose the epoch on dev F1.
@Suite struct QuoteTrainingTests {
  static let text = """
    The ministry said talks would resume next week.
    “We will not stop,” said Aminata Diop, a student.
    Officials denied the report on Monday.

    """
  static let standoff = """
    T1\tSource 0 12\tThe ministry
    T2\tCue 13 17\tsaid
    T3\tContent 18 46\ttalks would resume next week
    E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
    T4\tContent 48 67\t“We will not stop,”
    T5\tCue 68 72\tsaid
    T6\tSource 73 85\tAminata Diop
    E2\tAttribution:T5 Source:T6 Cue:T5 Content:T4
    T7\tSource 98 107\tOfficials
    T8\tCue 108 114\tdenied
    T9\tContent 115 125\tthe report
    E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9

    """

  @Test func trainsOnTheTrainSplitAndScoresOnDev() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("polnear-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for split in ["train", "dev"] {
      let folder = root.appendingPathComponent("data/\(split)")
      for sub in ["text", "attributions"] {
        try FileManager.default.createDirectory(
          at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
      }
      try Self.text.write(
        to: folder.appendingPathComponent("text/story.txt"), atomically: true, encoding: .utf8)
      try Self.standoff.write(
        to: folder.appendingPathComponent("attributions/story_a1.ann"), atomically: true, encoding: .utf8)
    }
    let train = try PolNeARCorpus.documents(in: root.path, split: .train)
    let dev = try PolNeARCorpus.documents(in: root.path, split: .dev)
    #expect(train.count == 1 && train[0].attributions.count == 3)
    var scores: [Double] = []
    let trainer = QuoteTrainer(options: .init(epochs: 4, rowBits: 14, seed: 7, prune: 0))
    let model = trainer.train(
      train.map(\.trainingDocument),
      score: { model in
        var evaluation = QuoteEvaluation()
        evaluation.extractor = QuoteExtractor(method: .tagger, model: model)
        var misses: [QuoteEvaluation.Miss] = []
        let result = evaluation.run(dev, misses: &misses)
        let f1 = QuoteEvaluation.roles.reduce(0) { $0 + result.exact[$1, default: Scores()].f1 } / 3
        scores.append(f1)
        return f1
      },
      progress: { _ in })
    #expect(scores.count == 4)
    // Dev is the training story here: the tagger learns its spans.
    #expect(scores.max()! > 0.5)
    #expect(try SparseTagModel(bytes: model.serialized()).tags.count == 7)
  }
}
