-- eventwire store, schema version 1: articles, merged events, their mentions, actors and claims.
-- Applied by eventwire.store.schema inside one transaction; PRAGMA user_version records the version.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    hash          TEXT NOT NULL UNIQUE,          -- SHA-256 of the body, white space folded
    title         TEXT,
    published     TEXT,                          -- ISO 8601
    author        TEXT,
    categories    TEXT NOT NULL DEFAULT '[]',    -- JSON list
    credit_line   TEXT,
    cited_sources TEXT NOT NULL DEFAULT '[]',    -- JSON list
    body          TEXT NOT NULL,
    language      TEXT,
    url           TEXT,
    source        TEXT NOT NULL DEFAULT '',
    note          TEXT,
    resolved      TEXT NOT NULL DEFAULT '{}',    -- JSON: the times, places and actors found, with offsets
    ingested_at   TEXT NOT NULL                  -- UTC, ISO 8601
);
CREATE INDEX articles_published ON articles (published);

-- One row per distinct event; `merge_key` says which reports are the same event (see eventwire.store.merge).
CREATE TABLE events (
    id               TEXT PRIMARY KEY,           -- first 16 hex digits of SHA-1 of merge_key
    merge_key        TEXT NOT NULL UNIQUE,
    type             TEXT NOT NULL,
    mode             TEXT,
    context          TEXT NOT NULL DEFAULT '[]', -- JSON list
    cameo            TEXT,
    quad_class       INTEGER,
    goldstein        REAL,
    status           TEXT NOT NULL,
    claimed_by       TEXT,
    date             TEXT,                       -- as coded: 2024-10-21, 2024-10, 2024-W43, 2024
    date_start       TEXT,                       -- first day of `date`, for ordering and ranges
    date_text        TEXT,
    date_source      TEXT,
    location_name    TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    geonameid        INTEGER,
    amount_value     REAL,
    amount_unit      TEXT,
    amount_text      TEXT,
    confidence       REAL,
    first_article_id TEXT NOT NULL REFERENCES articles (id),
    first_seen       TEXT NOT NULL,              -- UTC, ISO 8601
    source_count     INTEGER NOT NULL DEFAULT 1  -- distinct articles reporting it
);
CREATE INDEX events_date ON events (date_start, id);
CREATE INDEX events_type ON events (type, mode);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_location_country ON events (location_country);

-- Every sentence, in every article, that reports an event.
CREATE TABLE event_mentions (
    id            INTEGER PRIMARY KEY,
    event_id      TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence      TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    trigger       TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    confidence    REAL,
    UNIQUE (event_id, article_id, trigger_start)
);
CREATE INDEX event_mentions_article ON event_mentions (article_id);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

CREATE TABLE event_actors (
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    name      TEXT,
    country   TEXT,
    sector    TEXT,
    office    TEXT,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_country ON event_actors (country, role);
CREATE INDEX event_actors_name ON event_actors (name);

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_text    TEXT NOT NULL,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    speaker_name    TEXT,
    speaker_country TEXT,
    speaker_sector  TEXT,
    speaker_office  TEXT,
    cue             TEXT NOT NULL,
    cue_start       INTEGER NOT NULL,
    cue_end         INTEGER NOT NULL,
    content         TEXT NOT NULL,
    content_start   INTEGER NOT NULL,
    content_end     INTEGER NOT NULL,
    status          TEXT NOT NULL
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_speaker_country ON claims (speaker_country);
