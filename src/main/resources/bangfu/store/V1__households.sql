-- Schema version 1: household files, members, imports and their audit trail.
-- Every table is documented in docs/schema.md.
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    inserted      INTEGER NOT NULL DEFAULT 0,
    updated       INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0,
    rejected      INTEGER NOT NULL DEFAULT 0,
    warnings      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_sha256 ON imports (sha256);

CREATE TABLE import_sheets (
    import_id     INTEGER NOT NULL REFERENCES imports (id),
    sheet         TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    header_row    INTEGER NOT NULL,
    rows_read     INTEGER NOT NULL,
    inserted      INTEGER NOT NULL,
    updated       INTEGER NOT NULL,
    unchanged     INTEGER NOT NULL,
    rejected      INTEGER NOT NULL,
    warnings      INTEGER NOT NULL,
    PRIMARY KEY (import_id, sheet)
);

CREATE TABLE households (
    id                     INTEGER PRIMARY KEY,
    head_id                TEXT    NOT NULL CHECK (length(head_id) = 18),
    period                 INTEGER NOT NULL DEFAULT 1,
    head_name              TEXT    NOT NULL,
    gender                 TEXT,
    ethnicity              TEXT,
    birth_date             TEXT,
    phone                  TEXT,
    union_name             TEXT    NOT NULL,
    employer               TEXT,
    province               TEXT,
    city                   TEXT,
    county                 TEXT,
    address                TEXT,
    tier                   TEXT,
    file_level             TEXT,
    status                 TEXT    NOT NULL,
    filed_on               TEXT,
    exited_on              TEXT,
    closed_on              TEXT,
    close_reason           TEXT,
    main_cause             TEXT,
    secondary_causes       TEXT,
    household_size         INTEGER,
    yearly_income_fen      INTEGER,
    rigid_expenses_fen     INTEGER,
    per_capita_monthly_fen INTEGER,
    is_migrant_worker      INTEGER,
    is_model_worker        INTEGER,
    housing                TEXT,
    vehicle                TEXT,
    health                 TEXT,
    helper                 TEXT,
    note                   TEXT,
    extra                  TEXT,
    content_hash           INTEGER,
    created_import_id      INTEGER REFERENCES imports (id),
    updated_import_id      INTEGER REFERENCES imports (id)
);
CREATE UNIQUE INDEX households_head_period ON households (head_id, period);

CREATE TABLE members (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id),
    name          TEXT    NOT NULL,
    id_number     TEXT,
    relation      TEXT,
    gender        TEXT,
    birth_date    TEXT,
    health        TEXT,
    occupation    TEXT,
    extra         TEXT,
    import_id     INTEGER REFERENCES imports (id)
);
CREATE INDEX members_household ON members (household_id);
CREATE INDEX members_id_number ON members (id_number);

CREATE TABLE status_history (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id),
    from_status   TEXT,
    to_status     TEXT    NOT NULL,
    changed_on    TEXT,
    reason        TEXT,
    command       TEXT    NOT NULL,
    import_id     INTEGER REFERENCES imports (id),
    recorded_at   TEXT    NOT NULL
);
CREATE INDEX status_history_household ON status_history (household_id);

CREATE TABLE changes (
    id            INTEGER PRIMARY KEY,
    table_name    TEXT    NOT NULL,
    row_id        INTEGER NOT NULL,
    column_name   TEXT    NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    command       TEXT    NOT NULL,
    import_id     INTEGER REFERENCES imports (id),
    recorded_at   TEXT    NOT NULL
);
CREATE INDEX changes_row ON changes (table_name, row_id);

CREATE TABLE rejects (
    id            INTEGER PRIMARY KEY,
    import_id     INTEGER NOT NULL REFERENCES imports (id),
    sheet         TEXT    NOT NULL,
    row_number    INTEGER NOT NULL,
    codes         TEXT    NOT NULL,
    raw           TEXT    NOT NULL
);
CREATE INDEX rejects_import ON rejects (import_id);

-- Room for the ledger and visit imports: one row per disbursement and per visit.
CREATE TABLE assistance (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id),
    kind          TEXT    NOT NULL,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen >= 0),
    paid_on       TEXT    NOT NULL,
    fund_source   TEXT,
    method        TEXT,
    card_masked   TEXT,
    batch         TEXT,
    recipients    INTEGER,
    note          TEXT,
    import_id     INTEGER REFERENCES imports (id)
);
CREATE INDEX assistance_household ON assistance (household_id, paid_on);

CREATE TABLE visits (
    id            INTEGER PRIMARY KEY,
    household_id  INTEGER NOT NULL REFERENCES households (id),
    visited_on    TEXT    NOT NULL,
    kind          TEXT,
    visitor       TEXT,
    outcome       TEXT,
    next_visit_on TEXT,
    note          TEXT,
    import_id     INTEGER REFERENCES imports (id)
);
CREATE INDEX visits_household ON visits (household_id, visited_on);
