import DatelineKit
import Testing

@testable import DatelineStore

@Suite struct IngesterTests {
  @Test(arguments: Backend.all)
  func ingestCountsErrorsAndResumesWithoutDuplicates(_ backend: Backend) async throws {
    let location = try backend.freshLocation()
    let drafts = (0..<50).map(Fixtures.numbered) + [Fixtures.reutersPipeline, Fixtures.tassPipeline]
    let read: @Sendable (Ingester.Emit) -> Void = { emit in
      for (index, draft) in drafts.enumerated() {
        emit(.success(draft), Double(index + 1) / Double(drafts.count))
        if index == 10 { emit(.failure(InputError(.binaryData, "binary", input: "bad.bin")), nil) }
      }
    }
    let ingester = Ingester(pipeline: Fixtures.pipeline, batchSize: 8)

    // A first run stores part of the input, as one killed after a few batches would have.
    let store = try await location.open()
    let partial = try await ingester.run(
      into: store,
      read: { emit in read { result, fraction in if (fraction ?? 0) < 0.5 { emit(result, fraction) } } },
      report: { _ in }, progress: { _ in })
    #expect(partial.inserted == 25)
    #expect(partial.failed == 1)

    var reported: [InputError] = []
    var fractions: [Double] = []
    let totals = try await ingester.run(
      into: store, read: read, report: { reported.append($0) },
      progress: { fractions += $0.fraction.map { [$0] } ?? [] })
    #expect(totals.analysed == 52)
    #expect(totals.inserted == 27)
    #expect(totals.duplicates == 25)
    #expect(totals.clustered == 1)
    #expect(reported.map(\.input) == ["bad.bin"])
    #expect(fractions.last == 1)
    #expect(try await store.count() == 52)
    try await store.close()
  }

  @Test func recordsKeepTheDraftsOrder() {
    let drafts = (0..<40).map(Fixtures.numbered)
    let records = Ingester.records(drafts, pipeline: Fixtures.pipeline, minHash: MinHash())
    #expect(records.map(\.input) == drafts.map(\.input))
  }
}
