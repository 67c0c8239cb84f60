-- Corroborate store, schema version 1. Applied on open; every statement is idempotent.
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per stored article. `seq` is the arrival order the live clusterer replays on restart; `hash` makes
-- ingest idempotent; `input` and `metadata` are what the reader produced, enough to re-run the pipeline;
-- `json` is the contract document as analysed at ingest (or after a story supplied its date).
CREATE TABLE IF NOT EXISTS documents (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  hash       TEXT NOT NULL UNIQUE,
  source     TEXT NOT NULL,
  title      TEXT,
  outlet     TEXT,
  published  TEXT,
  ingested   TEXT NOT NULL,
  story      TEXT NOT NULL,
  copy_of    TEXT,
  copy_sim   REAL,
  assignment TEXT NOT NULL,
  input      TEXT NOT NULL,
  metadata   TEXT NOT NULL,
  features   TEXT NOT NULL,
  shingles   BLOB NOT NULL,
  json       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_story ON documents(story, seq);

-- One row per story. `version` counts membership changes; a composed brief is written back only if no member
-- arrived meanwhile, and `dirty` says the stored brief is behind its members.
CREATE TABLE IF NOT EXISTS stories (
  id            TEXT PRIMARY KEY,
  seq           INTEGER NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  documents     INTEGER NOT NULL,
  independent   INTEGER NOT NULL,
  disagreements INTEGER NOT NULL DEFAULT 0,
  first_date    TEXT,
  last_date     TEXT,
  updated       TEXT NOT NULL,
  version       INTEGER NOT NULL,
  dirty         INTEGER NOT NULL,
  json          TEXT
);
CREATE INDEX IF NOT EXISTS stories_updated ON stories(updated DESC, seq DESC);
CREATE INDEX IF NOT EXISTS stories_dirty ON stories(dirty) WHERE dirty = 1;

CREATE TABLE IF NOT EXISTS story_entities (
  story TEXT NOT NULL,
  name  TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (story, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_entities_name ON story_entities(name);

-- Full-text search over title and cleaned text; rowid = documents.seq.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, tokenize = 'unicode61 remove_diacritics 2'
);
