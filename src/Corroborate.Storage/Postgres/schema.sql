-- Corroborate store on PostgreSQL, schema version 1: the tables of Sqlite/schema.sql with the same meaning.
-- Applied on open under an advisory lock (two processes creating the same table at once would otherwise collide);
-- every statement is idempotent. Strings that are compared or sorted (ids, ISO dates and times) use the "C"
-- collation, so they order byte by byte as in SQLite whatever the database's locale.
CREATE TABLE IF NOT EXISTS meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);

-- `json` stays text, not jsonb: jsonb reorders keys, and the contract output must be byte-identical across stores.
-- `body` is the cleaned text (SQLite keeps it inside its FTS table); `search` indexes title and body with the
-- 'simple' configuration: no stemming and no stop words, like SQLite's unicode61 tokenizer. Only the first 200,000
-- characters are indexed: a tsvector holds at most 1 MB of distinct words, which a longer text can exceed (and the
-- insert, with its whole ingest, would fail); 200,000 characters are at most 800 kB even at 4 bytes each.
CREATE TABLE IF NOT EXISTS documents (
  seq        bigint PRIMARY KEY,
  id         text COLLATE "C" NOT NULL UNIQUE,
  hash       text COLLATE "C" NOT NULL UNIQUE,
  source     text NOT NULL,
  title      text,
  outlet     text,
  published  text COLLATE "C",
  ingested   text COLLATE "C" NOT NULL,
  story      text COLLATE "C" NOT NULL,
  copy_of    text COLLATE "C",
  copy_sim   double precision,
  assignment text NOT NULL,
  input      text NOT NULL,
  metadata   text NOT NULL,
  features   text NOT NULL,
  shingles   bytea NOT NULL,
  json       text NOT NULL,
  body       text NOT NULL,
  search     tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, left(coalesce(title, '') || ' ' || body, 200000))) STORED
);
CREATE INDEX IF NOT EXISTS documents_story ON documents(story, seq);
CREATE INDEX IF NOT EXISTS documents_search ON documents USING gin(search);

CREATE TABLE IF NOT EXISTS stories (
  id            text COLLATE "C" PRIMARY KEY,
  seq           bigint NOT NULL UNIQUE,
  title         text NOT NULL,
  documents     integer NOT NULL,
  independent   integer NOT NULL,
  disagreements integer NOT NULL DEFAULT 0,
  first_date    text COLLATE "C",
  last_date     text COLLATE "C",
  updated       text COLLATE "C" NOT NULL,
  version       bigint NOT NULL,
  dirty         boolean NOT NULL,
  json          text
);
CREATE INDEX IF NOT EXISTS stories_updated ON stories(updated DESC, seq DESC);
CREATE INDEX IF NOT EXISTS stories_dirty ON stories(seq) WHERE dirty;

-- Names match case-insensitively (SQLite: COLLATE NOCASE), hence the keys on lower(name).
CREATE TABLE IF NOT EXISTS story_entities (
  story text COLLATE "C" NOT NULL,
  name  text NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS story_entities_key ON story_entities(story, lower(name));
CREATE INDEX IF NOT EXISTS story_entities_name ON story_entities(lower(name));

INSERT INTO meta(key, value) VALUES ('schema', '1') ON CONFLICT (key) DO NOTHING;
