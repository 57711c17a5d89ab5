import Foundation
import GRDB

/// The SQLite schema as GRDB migrations, applied in order and recorded in `grdb_migrations`.
///
/// The stages' typed rows (entities and mentions, times, quotes, events) came with `v3-stages`,
/// which creates their tables (`article` referencing `articles.rowid`) and fills them from the
/// `json` column that every article keeps in full; a store opened by an older Dateline is
/// brought up to date on open, and one written by a newer Dateline is refused with
/// ``StoreError/Code/schema``.
enum SQLiteSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-articles") { db in
      try db.execute(
        sql: """
          CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
          );
          CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            id TEXT NOT NULL,
            input TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            agency TEXT,
            outlet TEXT COLLATE NOCASE,
            url TEXT,
            headline TEXT,
            published TEXT,
            country TEXT COLLATE NOCASE,
            place TEXT,
            text TEXT NOT NULL,
            json TEXT NOT NULL,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
          );
          CREATE INDEX articles_published ON articles(published);
          CREATE INDEX articles_country ON articles(country, published);
          CREATE INDEX articles_source ON articles(source_id, published);
          CREATE INDEX articles_outlet ON articles(outlet);
          CREATE VIRTUAL TABLE articles_fts USING fts5(
            headline, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
          );
          CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, headline, text) VALUES (new.rowid, new.headline, new.text);
          END;
          CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, headline, text) VALUES ('delete', old.rowid, old.headline, old.text);
          END;
          """)
    }
    migrator.registerMigration("v2-stories") { db in
      try db.execute(
        sql: """
          ALTER TABLE articles ADD COLUMN cluster_id TEXT;
          ALTER TABLE articles ADD COLUMN signature BLOB;
          CREATE TABLE article_bands (
            band INTEGER NOT NULL,
            key INTEGER NOT NULL,
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            PRIMARY KEY (band, key, article)
          ) WITHOUT ROWID;
          """)
      // Articles stored before clustering existed: each its own story, with a signature so
      // that later articles can join it.
      let minHash = MinHash()
      let rows = try Row.fetchAll(db, sql: "SELECT rowid, content_hash, text FROM articles")
      for row in rows {
        let rowid: Int64 = row[0]
        let contentHash: String = row[1]
        let text: String = row[2]
        let signature = minHash.signature(of: text)
        let bytes: [UInt8]? = signature.map { MinHash.bytes($0) }
        try db.execute(
          sql: "UPDATE articles SET cluster_id = ?, signature = ? WHERE rowid = ?",
          arguments: [contentHash, bytes.map { Data($0) }, rowid])
        if let signature {
          for (band, key) in MinHash.bandKeys(signature).enumerated() {
            try db.execute(
              sql: "INSERT INTO article_bands(band, key, article) VALUES (?, ?, ?)",
              arguments: [band, key, rowid])
          }
        }
      }
      try db.execute(sql: "CREATE INDEX articles_cluster ON articles(cluster_id, source_id)")
    }
    migrator.registerMigration("v3-stages") { db in
      // Typed rows for the stages (SQLiteSchema+Stages.swift), back-filled from the JSON.
      try db.execute(sql: stageTables)
      try db.execute(sql: stageBackFill)
    }
    migrator.registerMigration("v4-dates") { db in
      // The article's day in the stage tables, indexed with each filter (SQLiteSchema+Dates.swift).
      try db.execute(sql: articleDates)
    }
    migrator.registerMigration("v5-story-terms") { db in
      // The facts and words that find rewrites (StoryMatch); stored articles have none, so
      // only later articles find them.
      try db.execute(
        sql: """
          CREATE TABLE story_terms (
            term TEXT NOT NULL,
            day TEXT NOT NULL,
            article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
            PRIMARY KEY (term, day, article)
          ) WITHOUT ROWID;
          CREATE INDEX story_terms_article ON story_terms(article);
          """)
    }
    return migrator
  }
}
