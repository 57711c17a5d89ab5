import Testing

@testable import DatelineStore

@Suite struct StoreLocationTests {
  @Test func defaultIsTheLocalSQLiteFile() throws {
    #expect(try StoreLocation(nil) == .sqlite(path: "./dateline.sqlite"))
    #expect(try StoreLocation("news.sqlite") == .sqlite(path: "news.sqlite"))
    #expect(try StoreLocation("sqlite:///var/lib/news.sqlite") == .sqlite(path: "/var/lib/news.sqlite"))
  }

  @Test func postgresURLIsParsedAndItsPasswordNeverShown() throws {
    let location = try StoreLocation("postgres://reader:s3cret@db.internal:6432/news?schema=wire")
    guard case .postgres(let url) = location else {
      Issue.record("not a PostgreSQL location")
      return
    }
    #expect(url.host == "db.internal")
    #expect(url.port == 6432)
    #expect(url.user == "reader")
    #expect(url.password == "s3cret")
    #expect(url.database == "news")
    #expect(url.schema == "wire")
    #expect(!location.database.contains("s3cret"))
    #expect(location.database == "postgres://reader@db.internal:6432/news?schema=wire")
  }

  @Test func otherSchemesAndBadSchemaNamesAreRefused() {
    #expect { try StoreLocation("mysql://db/news") } throws: { ($0 as? StoreError)?.code == .invalidLocation }
    #expect {
      try StoreLocation("postgres://db/news?schema=a;drop")
    } throws: { ($0 as? StoreError)?.code == .invalidLocation }
  }

  @Test func arrayMatchParsesArrayFieldValue() {
    #expect(
      ArticleQuery.ArrayMatch("quotes.speaker=Kassym-Jomart Tokayev")
        == .init(array: "quotes", field: "speaker", value: "Kassym-Jomart Tokayev"))
    #expect(ArticleQuery.ArrayMatch("events.cameo=") == .init(array: "events", field: "cameo", value: ""))
    #expect(
      ArticleQuery.ArrayMatch("events.source.code=KAZ")
        == .init(array: "events", field: "source.code", value: "KAZ"))
    #expect(ArticleQuery.ArrayMatch("events.source..code=KAZ") == nil)
    #expect(ArticleQuery.ArrayMatch("speaker=Tokayev") == nil)
    #expect(ArticleQuery.ArrayMatch("quotes.$x=1") == nil)
  }
}
