import Testing

@testable import DatelineKit

@Suite struct CAMEOCodebookTests {
  @Test func rootsAndQuadClasses() throws {
    let book = CAMEOCodebook.shared
    #expect(book.entries.count > 300)
    for root in 1...20 {
      let code = root < 10 ? "0\(root)" : "\(root)"
      let entry = try #require(book.entry(for: code))
      #expect(entry.quadClass == (root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4))
    }
    let riot = try #require(book.entry(for: "145"))
    #expect(riot.goldstein < 0 && riot.root == "14" && riot.ploverEvent == "PROTEST")
    #expect(try #require(book.entry(for: "1459")).code == "145")
    #expect(book.entry(for: "9") == nil)
  }
}
