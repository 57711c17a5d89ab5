import GRDB

extension SQLiteSchema {
  /// The article's publication day copied into the stage tables it filters (`v4-dates`), so
  /// that each filter's index lists its matches newest first: `(name, published DESC, article
  /// DESC)` and the like. A query for the latest articles naming an entity, quoting a speaker
  /// or coding an actor's events then reads the first rows of one index range per value
  /// (``SQLiteQuery``) instead of collecting every match and sorting it. The indexes on the
  /// name alone, now prefixes of the dated ones, are dropped; so is `events_root` (a root is
  /// the first two digits of the code).
  static let articleDates = """
    ALTER TABLE entities ADD COLUMN published TEXT;
    ALTER TABLE mentions ADD COLUMN published TEXT;
    ALTER TABLE quotes ADD COLUMN published TEXT;
    ALTER TABLE events ADD COLUMN published TEXT;
    UPDATE entities SET published = (SELECT a.published FROM articles a WHERE a.rowid = entities.article);
    UPDATE mentions SET published = (SELECT a.published FROM articles a WHERE a.rowid = mentions.article);
    UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.rowid = quotes.article);
    UPDATE events SET published = (SELECT a.published FROM articles a WHERE a.rowid = events.article);
    DROP INDEX entities_name;
    DROP INDEX mentions_text;
    DROP INDEX quotes_speaker_name;
    DROP INDEX events_root;
    CREATE INDEX entities_name_published ON entities(name, published DESC, article DESC);
    CREATE INDEX mentions_text_published ON mentions(text, published DESC, article DESC);
    CREATE INDEX quotes_speaker_published ON quotes(speaker_name, published DESC, article DESC);
    CREATE INDEX events_source_published ON events(source_code, published DESC, article DESC);
    CREATE INDEX events_target_published ON events(target_code, published DESC, article DESC);
    CREATE INDEX events_code_published ON events(code, published DESC, article DESC);
    """
}
