import DatelineKit

extension PostgresSchema {
  /// The typed stage tables (`v4-stages`), as ``SQLiteSchema/stageTables``: names and mention
  /// texts indexed case-insensitively, codes and dates in the "C" collation so that a prefix
  /// (`KAZ` for `KAZGOV`) is a range of the index; then the back-fill from every article's JSON.
  static let stageStatements: [String] = [
    """
    CREATE TABLE entities (
      article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
      entity text NOT NULL,
      type text NOT NULL,
      name text NOT NULL,
      code text COLLATE "C",
      country text,
      wikidata text,
      PRIMARY KEY (article, entity)
    )
    """,
    "CREATE INDEX entities_name ON entities (lower(name))",
    "CREATE INDEX entities_code ON entities (code)",
    """
    CREATE TABLE mentions (
      article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
      entity text NOT NULL,
      n integer NOT NULL,
      start integer NOT NULL,
      "end" integer NOT NULL,
      text text NOT NULL,
      PRIMARY KEY (article, entity, n)
    )
    """,
    "CREATE INDEX mentions_text ON mentions (lower(text))",
    """
    CREATE TABLE times (
      article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
      n integer NOT NULL,
      start integer NOT NULL,
      "end" integer NOT NULL,
      type text NOT NULL,
      value text COLLATE "C" NOT NULL,
      mod text,
      PRIMARY KEY (article, n)
    )
    """,
    "CREATE INDEX times_value ON times (value)",
    """
    CREATE TABLE quotes (
      article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
      n integer NOT NULL,
      start integer NOT NULL,
      "end" integer NOT NULL,
      kind text NOT NULL,
      speaker text,
      speaker_name text,
      cue text,
      channel text,
      PRIMARY KEY (article, n)
    )
    """,
    "CREATE INDEX quotes_speaker_name ON quotes (lower(speaker_name))",
    """
    CREATE TABLE events (
      article bigint NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
      n integer NOT NULL,
      code text COLLATE "C" NOT NULL,
      root text COLLATE "C" NOT NULL,
      quad_class integer,
      goldstein double precision,
      source_name text NOT NULL,
      source_code text COLLATE "C" NOT NULL,
      source_entity text,
      target_name text,
      target_code text COLLATE "C",
      target_entity text,
      date text COLLATE "C",
      location text,
      sentence integer NOT NULL,
      start integer NOT NULL,
      "end" integer NOT NULL,
      PRIMARY KEY (article, n)
    )
    """,
    "CREATE INDEX events_date ON events (date)",
    "CREATE INDEX events_source ON events (source_code, date)",
    "CREATE INDEX events_target ON events (target_code, date)",
    "CREATE INDEX events_code ON events (code, date)",
    "CREATE INDEX events_root ON events (root, date)",
    // The back-fill: the same rows StageRows takes from an Article.
    """
    INSERT INTO entities(article, entity, type, name, code, country, wikidata)
    SELECT a.seq, e.value->>'id', e.value->>'type', e.value->>'name', e.value->>'code', e.value->>'country',
      e.value->>'wikidata'
    FROM articles a, jsonb_array_elements(\(array("entities"))) e(value)
    """,
    """
    INSERT INTO mentions(article, entity, n, start, "end", text)
    SELECT a.seq, e.value->>'id', m.n - 1, (m.value->>'start')::int, (m.value->>'end')::int, m.value->>'text'
    FROM articles a, jsonb_array_elements(\(array("entities"))) e(value),
      jsonb_array_elements(CASE WHEN jsonb_typeof(e.value->'mentions') = 'array' THEN e.value->'mentions' END)
        WITH ORDINALITY m(value, n)
    """,
    """
    INSERT INTO times(article, n, start, "end", type, value, mod)
    SELECT a.seq, t.n - 1, (t.value->>'start')::int, (t.value->>'end')::int, t.value->>'type', t.value->>'value',
      t.value->>'mod'
    FROM articles a, jsonb_array_elements(\(array("times"))) WITH ORDINALITY t(value, n)
    """,
    """
    INSERT INTO quotes(article, n, start, "end", kind, speaker, speaker_name, cue, channel)
    SELECT a.seq, q.n - 1, (q.value->>'start')::int, (q.value->>'end')::int, q.value->>'kind',
      q.value->>'speaker', q.value->>'speakerName', q.value->>'cue', q.value->>'channel'
    FROM articles a, jsonb_array_elements(\(array("quotes"))) WITH ORDINALITY q(value, n)
    """,
    """
    INSERT INTO events(article, n, code, root, quad_class, goldstein, source_name, source_code, source_entity,
      target_name, target_code, target_entity, date, location, sentence, start, "end")
    SELECT a.seq, v.n - 1, v.value->>'code', v.value->>'root', (v.value->>'quadClass')::int,
      (v.value->>'goldstein')::double precision, v.value->'source'->>'name', v.value->'source'->>'code',
      v.value->'source'->>'entity', v.value->'target'->>'name', v.value->'target'->>'code',
      v.value->'target'->>'entity', v.value->>'date', v.value->>'location', (v.value->>'sentence')::int,
      (v.value->'evidence'->>'start')::int, (v.value->'evidence'->>'end')::int
    FROM articles a, jsonb_array_elements(\(array("events"))) WITH ORDINALITY v(value, n)
    """,
  ]

  /// The article's publication day in the stage tables (`v5-dates`, as SQLite's `v4-dates`),
  /// back-filled from the articles and indexed after each filter's column, so that the newest
  /// matches of a filter come first from its index.
  static let dateStatements: [String] =
    ["entities", "mentions", "quotes", "events"].flatMap { table in
      [
        "ALTER TABLE \(table) ADD COLUMN published text COLLATE \"C\"",
        "UPDATE \(table) t SET published = a.published FROM articles a WHERE a.seq = t.article",
      ]
    } + [
      "CREATE INDEX entities_name_published ON entities (lower(name), published DESC NULLS LAST, article DESC)",
      "CREATE INDEX mentions_text_published ON mentions (lower(text), published DESC NULLS LAST, article DESC)",
      "CREATE INDEX quotes_speaker_published ON quotes (lower(speaker_name), published DESC NULLS LAST, article DESC)",
      "CREATE INDEX events_source_published ON events (source_code, published DESC NULLS LAST, article DESC)",
      "CREATE INDEX events_target_published ON events (target_code, published DESC NULLS LAST, article DESC)",
      "CREATE INDEX events_code_published ON events (code, published DESC NULLS LAST, article DESC)",
    ]

  /// An array of an article's JSON, or NULL (no rows) when it is missing or not an array.
  private static func array(_ name: String) -> String {
    "CASE WHEN jsonb_typeof(a.json::jsonb->'\(name)') = 'array' THEN a.json::jsonb->'\(name)' END"
  }

  /// The common table expressions that insert an article's stage rows, each from a JSON array of
  /// row objects bound as `$entities`… (in the order of ``stageRecordsets(_:)``), for the article
  /// the `inserted` expression returns.
  static func stageInserts(binds: [String]) -> String {
    """
    entities AS (
      INSERT INTO entities(article, entity, type, name, code, country, wikidata, published)
      SELECT inserted.seq, r.entity, r.type, r.name, r.code, r.country, r.wikidata, inserted.published
      FROM inserted, jsonb_to_recordset(\(binds[0])::jsonb)
        AS r(entity text, type text, name text, code text, country text, wikidata text)
    ), mentions AS (
      INSERT INTO mentions(article, entity, n, start, "end", text, published)
      SELECT inserted.seq, r.entity, r.n, r.start, r."end", r.text, inserted.published
      FROM inserted, jsonb_to_recordset(\(binds[1])::jsonb)
        AS r(entity text, n int, start int, "end" int, text text)
    ), times AS (
      INSERT INTO times(article, n, start, "end", type, value, mod)
      SELECT inserted.seq, r.n, r.start, r."end", r.type, r.value, r.mod
      FROM inserted, jsonb_to_recordset(\(binds[2])::jsonb)
        AS r(n int, start int, "end" int, type text, value text, mod text)
    ), quotes AS (
      INSERT INTO quotes(article, n, start, "end", kind, speaker, speaker_name, cue, channel, published)
      SELECT inserted.seq, r.n, r.start, r."end", r.kind, r.speaker, r.speaker_name, r.cue, r.channel,
        inserted.published
      FROM inserted, jsonb_to_recordset(\(binds[3])::jsonb)
        AS r(n int, start int, "end" int, kind text, speaker text, speaker_name text, cue text, channel text)
    ), events AS (
      INSERT INTO events(article, n, code, root, quad_class, goldstein, source_name, source_code, source_entity,
        target_name, target_code, target_entity, date, location, sentence, start, "end", published)
      SELECT inserted.seq, r.n, r.code, r.root, r.quad_class, r.goldstein, r.source_name, r.source_code,
        r.source_entity, r.target_name, r.target_code, r.target_entity, r.date, r.location, r.sentence, r.start,
        r."end", inserted.published
      FROM inserted, jsonb_to_recordset(\(binds[4])::jsonb)
        AS r(n int, code text, root text, quad_class int, goldstein double precision, source_name text,
          source_code text, source_entity text, target_name text, target_code text, target_entity text,
          date text, location text, sentence int, start int, "end" int)
    )
    """
  }

  /// The stage rows as five JSON arrays of objects, one per table, keyed by column.
  static func stageRecordsets(_ rows: StageRows) -> [String] {
    func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    let entities = rows.entities.map {
      JSONValue.object([
        ("entity", .string($0.entity)), ("type", .string($0.type)), ("name", .string($0.name)),
        ("code", text($0.code)), ("country", text($0.country)), ("wikidata", text($0.wikidata)),
      ])
    }
    let mentions = rows.mentions.map {
      JSONValue.object([
        ("entity", .string($0.entity)), ("n", .int($0.n)), ("start", .int($0.start)), ("end", .int($0.end)),
        ("text", .string($0.text)),
      ])
    }
    let times = rows.times.map {
      JSONValue.object([
        ("n", .int($0.n)), ("start", .int($0.start)), ("end", .int($0.end)), ("type", .string($0.type)),
        ("value", .string($0.value)), ("mod", text($0.mod)),
      ])
    }
    let quotes = rows.quotes.map {
      JSONValue.object([
        ("n", .int($0.n)), ("start", .int($0.start)), ("end", .int($0.end)), ("kind", .string($0.kind)),
        ("speaker", text($0.speaker)), ("speaker_name", text($0.speakerName)), ("cue", text($0.cue)),
        ("channel", text($0.channel)),
      ])
    }
    let events = rows.events.map {
      JSONValue.object([
        ("n", .int($0.n)), ("code", .string($0.code)), ("root", .string($0.root)),
        ("quad_class", $0.quadClass.map { .int($0) } ?? .null),
        ("goldstein", $0.goldstein.map { .double($0) } ?? .null), ("source_name", .string($0.sourceName)),
        ("source_code", .string($0.sourceCode)), ("source_entity", text($0.sourceEntity)),
        ("target_name", text($0.targetName)), ("target_code", text($0.targetCode)),
        ("target_entity", text($0.targetEntity)), ("date", text($0.date)), ("location", text($0.location)),
        ("sentence", .int($0.sentence)), ("start", .int($0.start)), ("end", .int($0.end)),
      ])
    }
    return [entities, mentions, times, quotes, events].map { JSONValue.array($0).serialized() }
  }
}
