import Logging
import PostgresNIO

/// The PostgreSQL schema as ordered migrations, recorded in `dateline_migrations` and applied
/// under an advisory lock, so that workers starting together migrate once.
///
/// Like ``SQLiteSchema``, later stages append migrations for their typed tables.
enum PostgresSchema {
  static let migrations: [(name: String, sql: [String])] = [
    (
      "v1-articles",
      [
        "CREATE TABLE sources (id bigserial PRIMARY KEY, name text NOT NULL)",
        "CREATE UNIQUE INDEX sources_name ON sources (lower(name))",
        """
        CREATE TABLE articles (
          seq bigserial PRIMARY KEY,
          content_hash text NOT NULL UNIQUE,
          id text NOT NULL,
          input text NOT NULL,
          source_id bigint NOT NULL REFERENCES sources(id),
          agency text,
          outlet text,
          url text,
          headline text,
          published text,
          country text,
          place text,
          text text NOT NULL,
          json text NOT NULL,
          ingested_at timestamptz NOT NULL DEFAULT now(),
          search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(headline, '') || ' ' || text)) STORED
        )
        """,
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_country ON articles (lower(country), published)",
        "CREATE INDEX articles_source ON articles (source_id, published)",
        "CREATE INDEX articles_outlet ON articles (lower(outlet))",
        "CREATE INDEX articles_search ON articles USING gin (search)",
      ]
    ),
    (
      "v2-stories",
      [
        "ALTER TABLE articles ADD COLUMN cluster_id text, ADD COLUMN signature bytea",
        // Articles stored before clustering existed are each their own story.
        "UPDATE articles SET cluster_id = content_hash WHERE cluster_id IS NULL",
        """
        CREATE TABLE article_bands (
          band smallint NOT NULL,
          key bigint NOT NULL,
          article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
          PRIMARY KEY (band, key, article)
        )
        """,
        "CREATE INDEX articles_cluster ON articles (cluster_id, source_id)",
      ]
    ),
    (
      "v3-queue",
      [
        """
        CREATE TABLE ingest_queue (
          seq bigserial PRIMARY KEY,
          key text NOT NULL UNIQUE,
          input text NOT NULL,
          draft text NOT NULL,
          state text NOT NULL DEFAULT 'pending',
          worker text,
          done_at timestamptz
        )
        """,
        "CREATE INDEX ingest_queue_pending ON ingest_queue (seq) WHERE state = 'pending'",
      ]
    ),
    // Typed rows for the stages (PostgresSchema+Stages.swift), back-filled from the JSON.
    ("v4-stages", stageStatements),
    // The article's day in the stage tables, indexed with each filter (PostgresSchema+Stages.swift).
    ("v5-dates", dateStatements),
    // The facts and words that find rewrites (StoryMatch); later articles only.
    (
      "v6-story-terms",
      [
        """
        CREATE TABLE story_terms (
          term text COLLATE "C" NOT NULL,
          day text COLLATE "C" NOT NULL,
          article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
          PRIMARY KEY (term, day, article)
        )
        """,
        "CREATE INDEX story_terms_article ON story_terms (article)",
      ]
    ),
  ]

  /// Applies the migrations not yet applied, up to `last` (all by default).
  static func migrate(
    _ connection: PostgresConnection, schema: String?, upTo last: String? = nil, logger: Logger
  )
    async throws
  {
    try await connection.transaction(logger: logger) { connection in
      // One migrating worker at a time; the others wait, then find nothing to do.
      try await connection.query("SELECT pg_advisory_xact_lock(7245031)", logger: logger)
      try await connection.query(
        "CREATE TABLE IF NOT EXISTS dateline_migrations (name text PRIMARY KEY, applied_at timestamptz DEFAULT now())",
        logger: logger)
      var applied = Set<String>()
      for try await name in try await connection.query("SELECT name FROM dateline_migrations", logger: logger)
        .decode(String.self)
      {
        applied.insert(name)
      }
      let known = Set(migrations.map(\.name))
      if let unknown = applied.subtracting(known).sorted().first {
        throw StoreError(
          .schema, "the database was written by a newer Dateline (migration \(unknown)); upgrade to read it",
          database: "")
      }
      for migration in migrations {
        if !applied.contains(migration.name) {
          for statement in migration.sql {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
          }
          try await connection.query(
            "INSERT INTO dateline_migrations(name) VALUES (\(migration.name))", logger: logger)
        }
        if migration.name == last { break }
      }
    }
  }
}
