import GRDB

extension SQLiteSchema {
  /// The typed stage tables (`v3-stages`): one row per entity, mention, time expression, quote and
  /// event, keyed by the article's rowid and the row's index in the article's array, so that a
  /// row is found from its article by the primary key and an article from its rows by the
  /// indexes the queries use (names and mention texts case-insensitively, actor and event codes
  /// by prefix with the event's date).
  static let stageTables = """
    CREATE TABLE entities (
      article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      entity TEXT NOT NULL,
      type TEXT NOT NULL,
      name TEXT NOT NULL COLLATE NOCASE,
      code TEXT,
      country TEXT,
      wikidata TEXT,
      PRIMARY KEY (article, entity)
    ) WITHOUT ROWID;
    CREATE INDEX entities_name ON entities(name);
    CREATE INDEX entities_code ON entities(code);
    CREATE TABLE mentions (
      article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      entity TEXT NOT NULL,
      n INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      text TEXT NOT NULL COLLATE NOCASE,
      PRIMARY KEY (article, entity, n)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_text ON mentions(text);
    CREATE TABLE times (
      article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      n INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      type TEXT NOT NULL,
      value TEXT NOT NULL,
      mod TEXT,
      PRIMARY KEY (article, n)
    ) WITHOUT ROWID;
    CREATE INDEX times_value ON times(value);
    CREATE TABLE quotes (
      article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      n INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      kind TEXT NOT NULL,
      speaker TEXT,
      speaker_name TEXT COLLATE NOCASE,
      cue TEXT,
      channel TEXT,
      PRIMARY KEY (article, n)
    ) WITHOUT ROWID;
    CREATE INDEX quotes_speaker_name ON quotes(speaker_name);
    CREATE TABLE events (
      article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      n INTEGER NOT NULL,
      code TEXT NOT NULL,
      root TEXT NOT NULL,
      quad_class INTEGER,
      goldstein REAL,
      source_name TEXT NOT NULL,
      source_code TEXT NOT NULL,
      source_entity TEXT,
      target_name TEXT,
      target_code TEXT,
      target_entity TEXT,
      date TEXT,
      location TEXT,
      sentence INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      PRIMARY KEY (article, n)
    ) WITHOUT ROWID;
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_source ON events(source_code, date);
    CREATE INDEX events_target ON events(target_code, date);
    CREATE INDEX events_code ON events(code, date);
    CREATE INDEX events_root ON events(root, date);
    """

  /// Fills the stage tables from every stored article's `json`, as ``StageRows`` fills them from
  /// an ``Article``. Arrays that are missing or not arrays add no rows.
  static let stageBackFill = """
    INSERT INTO entities(article, entity, type, name, code, country, wikidata)
    SELECT a.rowid, json_extract(e.value, '$.id'), json_extract(e.value, '$.type'),
      json_extract(e.value, '$.name'), json_extract(e.value, '$.code'), json_extract(e.value, '$.country'),
      json_extract(e.value, '$.wikidata')
    FROM articles a, json_each(a.json, '$.entities') e
    WHERE json_type(a.json, '$.entities') = 'array';

    INSERT INTO mentions(article, entity, n, start, "end", text)
    SELECT a.rowid, json_extract(e.value, '$.id'), m.key, json_extract(m.value, '$.start'),
      json_extract(m.value, '$.end'), json_extract(m.value, '$.text')
    FROM articles a, json_each(a.json, '$.entities') e, json_each(e.value, '$.mentions') m
    WHERE json_type(a.json, '$.entities') = 'array' AND json_type(e.value, '$.mentions') = 'array';

    INSERT INTO times(article, n, start, "end", type, value, mod)
    SELECT a.rowid, t.key, json_extract(t.value, '$.start'), json_extract(t.value, '$.end'),
      json_extract(t.value, '$.type'), json_extract(t.value, '$.value'), json_extract(t.value, '$.mod')
    FROM articles a, json_each(a.json, '$.times') t
    WHERE json_type(a.json, '$.times') = 'array';

    INSERT INTO quotes(article, n, start, "end", kind, speaker, speaker_name, cue, channel)
    SELECT a.rowid, q.key, json_extract(q.value, '$.start'), json_extract(q.value, '$.end'),
      json_extract(q.value, '$.kind'), json_extract(q.value, '$.speaker'), json_extract(q.value, '$.speakerName'),
      json_extract(q.value, '$.cue'), json_extract(q.value, '$.channel')
    FROM articles a, json_each(a.json, '$.quotes') q
    WHERE json_type(a.json, '$.quotes') = 'array';

    INSERT INTO events(article, n, code, root, quad_class, goldstein, source_name, source_code, source_entity,
      target_name, target_code, target_entity, date, location, sentence, start, "end")
    SELECT a.rowid, v.key, json_extract(v.value, '$.code'), json_extract(v.value, '$.root'),
      json_extract(v.value, '$.quadClass'), json_extract(v.value, '$.goldstein'),
      json_extract(v.value, '$.source.name'), json_extract(v.value, '$.source.code'),
      json_extract(v.value, '$.source.entity'), json_extract(v.value, '$.target.name'),
      json_extract(v.value, '$.target.code'), json_extract(v.value, '$.target.entity'),
      json_extract(v.value, '$.date'), json_extract(v.value, '$.location'), json_extract(v.value, '$.sentence'),
      json_extract(v.value, '$.evidence.start'), json_extract(v.value, '$.evidence.end')
    FROM articles a, json_each(a.json, '$.events') v
    WHERE json_type(a.json, '$.events') = 'array';
    """

  /// Inserts an article's stage rows (inside the caller's transaction), each with the article's
  /// publication day (`v4-dates`).
  static func insert(_ rows: StageRows, article: Int64, published: String?, in db: Database) throws {
    if !rows.entities.isEmpty {
      let statement = try db.cachedStatement(
        sql:
          """
          INSERT INTO entities(article, entity, type, name, code, country, wikidata, published)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """
      )
      for row in rows.entities {
        try statement.execute(arguments: [
          article, row.entity, row.type, row.name, row.code, row.country, row.wikidata, published,
        ])
      }
    }
    if !rows.mentions.isEmpty {
      let statement = try db.cachedStatement(
        sql:
          "INSERT INTO mentions(article, entity, n, start, \"end\", text, published) VALUES (?, ?, ?, ?, ?, ?, ?)"
      )
      for row in rows.mentions {
        try statement.execute(arguments: [
          article, row.entity, row.n, row.start, row.end, row.text, published,
        ])
      }
    }
    if !rows.times.isEmpty {
      let statement = try db.cachedStatement(
        sql: "INSERT INTO times(article, n, start, \"end\", type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?)")
      for row in rows.times {
        try statement.execute(arguments: [article, row.n, row.start, row.end, row.type, row.value, row.mod])
      }
    }
    if !rows.quotes.isEmpty {
      let statement = try db.cachedStatement(
        sql: """
          INSERT INTO quotes(article, n, start, "end", kind, speaker, speaker_name, cue, channel, published)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for row in rows.quotes {
        try statement.execute(arguments: [
          article, row.n, row.start, row.end, row.kind, row.speaker, row.speakerName, row.cue, row.channel,
          published,
        ])
      }
    }
    if !rows.events.isEmpty {
      let statement = try db.cachedStatement(
        sql: """
          INSERT INTO events(article, n, code, root, quad_class, goldstein, source_name, source_code, source_entity,
            target_name, target_code, target_entity, date, location, sentence, start, "end", published)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for row in rows.events {
        try statement.execute(arguments: [
          article, row.n, row.code, row.root, row.quadClass, row.goldstein, row.sourceName, row.sourceCode,
          row.sourceEntity, row.targetName, row.targetCode, row.targetEntity, row.date, row.location,
          row.sentence, row.start, row.end, published,
        ])
      }
    }
  }
}
