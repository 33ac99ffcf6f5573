"""The store's tables. Events and observations are flat and columnar so that one
query aggregates document-extracted and imported records alike, at GDELT scale.

Nested parts of a record (other actors, quantities, citations, original codes)
are JSON text columns; everything an aggregation groups or filters on is a column.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR NOT NULL"),
    ("kind", "VARCHAR"),
    ("plover", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("goldstein", "DOUBLE"),
    (
        "quad_class",
        "TINYINT",
    ),  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    ("domain", "VARCHAR"),
    ("status", "VARCHAR"),
    ("actor1_code", "VARCHAR"),
    ("actor1_name", "VARCHAR"),
    ("actor1_sector", "VARCHAR"),
    ("actor1_text", "VARCHAR"),
    ("actor2_code", "VARCHAR"),
    ("actor2_name", "VARCHAR"),
    ("actor2_sector", "VARCHAR"),
    ("actor2_text", "VARCHAR"),
    ("others", "VARCHAR"),  # JSON list of actors
    ("date_start", "VARCHAR"),  # ISO 8601 truncated, as in the record
    ("date_end", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("date_text", "VARCHAR"),
    ("day", "DATE"),  # first day of date_start: what period aggregations group on
    ("quantities", "VARCHAR"),  # JSON list
    ("doc_id", "VARCHAR"),
    ("title", "VARCHAR"),
    ("sentence", "VARCHAR"),
    ("sent_start", "INTEGER"),
    ("sent_end", "INTEGER"),
    ("citations", "VARCHAR"),  # JSON list
    ("dataset", "VARCHAR"),  # null for document-extracted records
    ("row_id", "VARCHAR"),
    ("url", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("num_mentions", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("avg_tone", "DOUBLE"),
    ("tiv", "DOUBLE"),  # SIPRI trend-indicator value of an arms transfer
    ("extra", "VARCHAR"),  # JSON: original codes of imported rows, extraction details
)

OBSERVATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR NOT NULL"),
    ("indicator", "VARCHAR"),
    ("reporter", "VARCHAR"),
    ("partner", "VARCHAR"),
    ("commodity", "VARCHAR"),
    ("commodity_code", "VARCHAR"),
    ("value", "DOUBLE"),
    ("unit", "VARCHAR"),
    ("period_start", "VARCHAR"),
    ("period_end", "VARCHAR"),
    ("period_precision", "VARCHAR"),
    ("period_text", "VARCHAR"),
    ("day", "DATE"),
    ("doc_id", "VARCHAR"),
    ("title", "VARCHAR"),
    ("sentence", "VARCHAR"),
    ("sent_start", "INTEGER"),
    ("sent_end", "INTEGER"),
    ("citations", "VARCHAR"),
    ("dataset", "VARCHAR"),
    ("row_id", "VARCHAR"),
    ("url", "VARCHAR"),
    ("extra", "VARCHAR"),
)


# survey figures (the spec's ``estimate``), linked to the pair the answer names:
# actor1 is the respondents' country, actor2 the country their answer names
ESTIMATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR NOT NULL"),
    ("survey", "VARCHAR"),
    ("question", "VARCHAR"),
    ("wording", "VARCHAR"),
    ("population", "VARCHAR"),
    ("group_label", "VARCHAR"),  # the --by group, null for the whole population
    ("answer", "VARCHAR"),
    ("fieldwork_start", "VARCHAR"),  # ISO 8601 truncated, as the user gave it
    ("fieldwork_end", "VARCHAR"),
    ("n", "BIGINT"),
    ("estimate", "DOUBLE"),
    ("se", "DOUBLE"),
    ("ci_lower", "DOUBLE"),
    ("ci_upper", "DOUBLE"),
    ("ci_method", "VARCHAR"),
    ("df", "INTEGER"),
    ("weighted", "BOOLEAN"),
    ("design", "VARCHAR"),
    ("excluded", "VARCHAR"),  # JSON list of the answer codes left out of the denominator
    ("actor1_code", "VARCHAR"),
    ("actor2_code", "VARCHAR"),
    ("source_path", "VARCHAR"),
)


def _table(name: str, columns: tuple[tuple[str, str], ...]) -> str:
    body = ",\n  ".join(f"{col} {typ}" for col, typ in columns)
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  {body}\n)"


DDL: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY,
  source_path VARCHAR,
  media_type VARCHAR,
  title VARCHAR,
  author VARCHAR,
  date VARCHAR,
  url VARCHAR,
  text VARCHAR,
  warnings VARCHAR,
  ingested_at TIMESTAMP DEFAULT current_timestamp
)""",
    # near-duplicate documents: a copy's id points at the first one stored; signatures
    # are MinHash values (JSON) that later documents are compared with
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS copy_of VARCHAR",
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS signature VARCHAR",
    """CREATE TABLE IF NOT EXISTS sentences (
  doc_id VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER,
  "end" INTEGER,
  text VARCHAR,
  page INTEGER,
  repeat_of INTEGER
)""",
    """CREATE TABLE IF NOT EXISTS citations (
  doc_id VARCHAR NOT NULL,
  label VARCHAR NOT NULL,
  text VARCHAR,
  url VARCHAR
)""",
    _table("events", EVENT_COLUMNS),
    _table("observations", OBSERVATION_COLUMNS),
    _table("estimates", ESTIMATE_COLUMNS),
    """CREATE TABLE IF NOT EXISTS mentions (
  event_id VARCHAR,
  dataset VARCHAR,
  event_time TIMESTAMP,
  mention_time TIMESTAMP,
  mention_type INTEGER,
  source_name VARCHAR,
  url VARCHAR,
  sentence_id INTEGER,
  confidence DOUBLE,
  doc_tone DOUBLE,
  row_id VARCHAR
)""",
    """CREATE TABLE IF NOT EXISTS quarantine (
  path VARCHAR,
  line BIGINT,
  stage VARCHAR,
  reason VARCHAR,
  content VARCHAR,
  quarantined_at TIMESTAMP DEFAULT current_timestamp
)""",
    # which story each event tells: records of one event across sentences, documents
    # and data-set rows share a story. counted: the event may stand for its story in a
    # count (false for what only a copy, or a vague re-mention of several, tells);
    # copy: it comes from a near-duplicate document, so it is no mention of its own
    # (no key constraint: a million rows are written at once, and the code that writes
    # them replaces an event's row rather than adding a second)
    """CREATE TABLE IF NOT EXISTS stories (
  event_id VARCHAR NOT NULL,
  story VARCHAR NOT NULL,
  counted BOOLEAN NOT NULL,
  copy BOOLEAN NOT NULL DEFAULT false
)""",
    """CREATE TABLE IF NOT EXISTS imports (
  dataset VARCHAR,
  path VARCHAR,
  fingerprint VARCHAR,
  layout VARCHAR,
  rows_read BIGINT,
  rows_imported BIGINT,
  rows_skipped BIGINT,
  rows_quarantined BIGINT,
  completed_at TIMESTAMP DEFAULT current_timestamp
)""",
)
