// Package sqlite is the default store.Store: one SQLite file, pure Go (no
// cgo), through github.com/ncruces/go-sqlite3. The file is in WAL mode;
// each page a crawl settles is one transaction; its schema is versioned
// (PRAGMA user_version) and migrated on Open. Records are searchable over
// their title and text with FTS5.
package sqlite
