package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's versions, in order; the file's
// user_version says how many have run. Add new ones at the end, never edit
// one that has shipped.
var migrations = []string{
	// 1: frontier, documents, records with their URLs and versions, FTS5.
	`CREATE TABLE runs (id INTEGER PRIMARY KEY, started INTEGER NOT NULL, finished INTEGER, seeds TEXT NOT NULL DEFAULT '');
	CREATE TABLE frontier (
		url TEXT PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, depth INTEGER NOT NULL DEFAULT 0,
		parent TEXT NOT NULL DEFAULT '', priority INTEGER NOT NULL DEFAULT 0, tries INTEGER NOT NULL DEFAULT 0,
		next_fetch INTEGER NOT NULL DEFAULT 0, etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '',
		hash TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '', run INTEGER NOT NULL DEFAULT 0);
	CREATE INDEX frontier_due ON frontier (state, priority DESC, next_fetch);
	CREATE TABLE documents (id INTEGER PRIMARY KEY, url TEXT NOT NULL, fetched_at INTEGER NOT NULL, hash TEXT NOT NULL,
		content_type TEXT NOT NULL DEFAULT '', raw BLOB, UNIQUE (url, hash));
	CREATE TABLE records (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, hash TEXT NOT NULL, json TEXT NOT NULL,
		kind TEXT NOT NULL DEFAULT '', number TEXT NOT NULL DEFAULT '', issued TEXT NOT NULL DEFAULT '', published TEXT NOT NULL DEFAULT '',
		issuer TEXT NOT NULL DEFAULT '', issuer_level TEXT NOT NULL DEFAULT '', province TEXT NOT NULL DEFAULT '',
		province_current TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', campaigns TEXT NOT NULL DEFAULT '',
		text TEXT NOT NULL DEFAULT '', relevance REAL NOT NULL DEFAULT 0, fetched_at INTEGER NOT NULL,
		parent TEXT NOT NULL DEFAULT '');
	CREATE INDEX records_hash ON records (hash);
	CREATE INDEX records_kind ON records (kind);
	CREATE INDEX records_issued ON records (issued);
	CREATE INDEX records_province ON records (province);
	CREATE INDEX records_province_current ON records (province_current);
	CREATE TABLE record_urls (record_id INTEGER NOT NULL REFERENCES records (id), url TEXT NOT NULL, PRIMARY KEY (record_id, url));
	CREATE INDEX record_urls_url ON record_urls (url);
	CREATE TABLE record_versions (record_id INTEGER NOT NULL REFERENCES records (id), version INTEGER NOT NULL,
		hash TEXT NOT NULL, json TEXT NOT NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (record_id, version));
	CREATE VIRTUAL TABLE records_fts USING fts5 (title, text, content = 'records', content_rowid = 'id',
		tokenize = 'unicode61 remove_diacritics 2');
	CREATE TRIGGER records_ai AFTER INSERT ON records BEGIN
		INSERT INTO records_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
	END;
	CREATE TRIGGER records_au AFTER UPDATE ON records BEGIN
		INSERT INTO records_fts (records_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
		INSERT INTO records_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
	END;`,
}

func migrate(ctx context.Context, db *sql.DB) error {
	var v int
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this thidua knows (%d): use a newer thidua", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}
