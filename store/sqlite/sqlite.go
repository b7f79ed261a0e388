package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/driver"
	"github.com/ncruces/go-sqlite3/ext/fts5"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/store"
)

// DB is a store.Store in one SQLite file.
type DB struct {
	db      *sql.DB
	keepRaw bool
}

var _ store.Store = (*DB)(nil)

// Option configures a DB.
type Option func(*DB)

// WithKeepRaw keeps the bytes of every document fetched (off by default:
// only their hash, type and time are kept).
func WithKeepRaw(on bool) Option { return func(d *DB) { d.keepRaw = on } }

// Open opens or creates the store at path and brings its schema up to
// date. The file is in WAL mode, so a reader (export, search) can run
// beside a crawl.
func Open(ctx context.Context, path string, opts ...Option) (*DB, error) {
	dsn := "file:" + path + "?_pragma=journal_mode(wal)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(on)&_pragma=synchronous(normal)"
	db, err := driver.Open(dsn, func(c *sqlite3.Conn) error { return fts5.Register(c) })
	if err != nil {
		return nil, fmt.Errorf("mở kho / open store %s: %w", path, err)
	}
	// One connection: SQLite has one writer, and a single connection
	// serialises the crawler's transactions without busy retries.
	db.SetMaxOpenConns(1)
	d := &DB{db: db}
	for _, o := range opts {
		o(d)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("kho / store %s: %w", path, err)
	}
	return d, nil
}

// Close closes the file.
func (d *DB) Close() error { return d.db.Close() }

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}

const entryCols = `url, kind, state, depth, parent, priority, tries, next_fetch, etag, last_modified, hash, error, run`

func scanEntry(sc interface{ Scan(...any) error }) (store.Entry, error) {
	var e store.Entry
	var next int64
	err := sc.Scan(&e.URL, &e.Kind, &e.State, &e.Depth, &e.Parent, &e.Priority, &e.Tries, &next, &e.ETag, &e.LastModified, &e.Hash, &e.Err, &e.Run)
	e.NextFetch = fromMS(next)
	return e, err
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func addEntries(ctx context.Context, x execer, entries []store.Entry) (int, error) {
	n := 0
	for _, e := range entries {
		if e.State == "" {
			e.State = store.Queued
		}
		res, err := x.ExecContext(ctx, `INSERT INTO frontier (`+entryCols+`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(url) DO NOTHING`,
			e.URL, e.Kind, e.State, e.Depth, e.Parent, e.Priority, e.Tries, ms(e.NextFetch), e.ETag, e.LastModified, e.Hash, e.Err, e.Run)
		if err != nil {
			return n, fmt.Errorf("add %s: %w", e.URL, err)
		}
		if k, _ := res.RowsAffected(); k > 0 {
			n++
		}
	}
	return n, nil
}

// Add implements store.Store.
func (d *DB) Add(ctx context.Context, entries []store.Entry) (int, error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	n, err := addEntries(ctx, tx, entries)
	if err != nil {
		return 0, err
	}
	return n, tx.Commit()
}

// Due implements store.Store.
func (d *DB) Due(ctx context.Context, now time.Time, n int) ([]store.Entry, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+entryCols+` FROM frontier WHERE state = 'queued' AND next_fetch <= ? ORDER BY priority DESC, next_fetch, rowid LIMIT ?`, ms(now), n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// NextDue implements store.Store.
func (d *DB) NextDue(ctx context.Context) (time.Time, bool, error) {
	var v sql.NullInt64
	if err := d.db.QueryRowContext(ctx, `SELECT min(next_fetch) FROM frontier WHERE state = 'queued'`).Scan(&v); err != nil {
		return time.Time{}, false, err
	}
	if !v.Valid {
		return time.Time{}, false, nil
	}
	return fromMS(v.Int64), true, nil
}

// Entry implements store.Store.
func (d *DB) Entry(ctx context.Context, url string) (store.Entry, error) {
	e, err := scanEntry(d.db.QueryRowContext(ctx, `SELECT `+entryCols+` FROM frontier WHERE url = ?`, url))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("%w: %s", store.ErrNotFound, url)
	}
	return e, err
}

func updateEntry(ctx context.Context, x execer, e store.Entry) error {
	_, err := x.ExecContext(ctx, `UPDATE frontier SET kind=?, state=?, depth=?, parent=?, priority=?, tries=?, next_fetch=?, etag=?, last_modified=?, hash=?, error=?, run=? WHERE url=?`,
		e.Kind, e.State, e.Depth, e.Parent, e.Priority, e.Tries, ms(e.NextFetch), e.ETag, e.LastModified, e.Hash, e.Err, e.Run, e.URL)
	return err
}

// Update implements store.Store.
func (d *DB) Update(ctx context.Context, e store.Entry) error {
	return updateEntry(ctx, d.db, e)
}

// SavePage implements store.Store.
func (d *DB) SavePage(ctx context.Context, e store.Entry, doc *store.Document, rec *store.Record, found []store.Entry) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if doc != nil {
		raw := []byte(nil)
		if d.keepRaw {
			raw = doc.Raw
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO documents (url, fetched_at, hash, content_type, raw) VALUES (?,?,?,?,?)
			ON CONFLICT(url, hash) DO UPDATE SET fetched_at = excluded.fetched_at`,
			doc.URL, ms(doc.FetchedAt), doc.Hash, doc.ContentType, raw); err != nil {
			return fmt.Errorf("document %s: %w", doc.URL, err)
		}
	}
	if rec != nil {
		if err := saveRecord(ctx, tx, rec); err != nil {
			return fmt.Errorf("record %s: %w", e.URL, err)
		}
	}
	if _, err := addEntries(ctx, tx, found); err != nil {
		return err
	}
	if err := updateEntry(ctx, tx, e); err != nil {
		return err
	}
	return tx.Commit()
}

// saveRecord stores a record, or a new version of the record it is: the
// same document is the one already reached by one of its URLs, or read
// from the same bytes. A version with the same hash only adds URLs.
func saveRecord(ctx context.Context, tx *sql.Tx, rec *store.Record) error {
	var id int64
	var version int
	var hash string
	found := false
	for _, u := range rec.URLs {
		err := tx.QueryRowContext(ctx, `SELECT r.id, r.version, r.hash FROM record_urls u JOIN records r ON r.id = u.record_id WHERE u.url = ?`, u).Scan(&id, &version, &hash)
		if err == nil {
			found = true
			break
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	if !found && rec.Hash != "" {
		err := tx.QueryRowContext(ctx, `SELECT id, version, hash FROM records WHERE hash = ?`, rec.Hash).Scan(&id, &version, &hash)
		if err == nil {
			found = true
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	js, err := json.Marshal(rec.Record)
	if err != nil {
		return err
	}
	d := rec.Record.Directive
	var camps []string
	for _, c := range d.Campaigns {
		if c.ID != "" {
			camps = append(camps, c.ID)
		} else {
			camps = append(camps, c.Name)
		}
	}
	cols := []any{rec.Hash, string(js), d.Kind, d.Number, d.Issued, rec.Record.Source.Published, d.Issuer.Name, string(d.Issuer.Level),
		d.Issuer.Province, d.Issuer.ProvinceCurrent, d.Title, strings.Join(camps, "|"), rec.Record.Text, rec.Relevance, ms(rec.FetchedAt), rec.Parent}
	switch {
	case !found:
		res, err := tx.ExecContext(ctx, `INSERT INTO records (hash, json, kind, number, issued, published, issuer, issuer_level, province, province_current, title, campaigns, text, relevance, fetched_at, parent, version)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)`, cols...)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		version = 1
	case hash != rec.Hash:
		version++
		if _, err := tx.ExecContext(ctx, `UPDATE records SET hash=?, json=?, kind=?, number=?, issued=?, published=?, issuer=?, issuer_level=?, province=?, province_current=?, title=?, campaigns=?, text=?, relevance=?, fetched_at=?, parent=?, version=? WHERE id=?`,
			append(cols, version, id)...); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO record_versions (record_id, version, hash, json, fetched_at) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING`,
		id, version, rec.Hash, string(js), ms(rec.FetchedAt)); err != nil {
		return err
	}
	for _, u := range rec.URLs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO record_urls (record_id, url) VALUES (?,?) ON CONFLICT DO NOTHING`, id, u); err != nil {
			return err
		}
	}
	rec.ID, rec.Version = id, version
	return nil
}

// StartRun implements store.Store.
func (d *DB) StartRun(ctx context.Context, seeds []string) (int64, bool, error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback()
	var last int64
	var finished sql.NullInt64
	err = tx.QueryRowContext(ctx, `SELECT id, finished FROM runs ORDER BY id DESC LIMIT 1`).Scan(&last, &finished)
	switch {
	case err == nil && !finished.Valid:
		return last, true, tx.Commit()
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return 0, false, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO runs (started, seeds) VALUES (?, ?)`, ms(time.Now()), strings.Join(seeds, " "))
	if err != nil {
		return 0, false, err
	}
	run, _ := res.LastInsertId()
	// A new run asks again for everything it knows, conditionally;
	// failures get a fresh count of tries.
	if _, err := tx.ExecContext(ctx, `UPDATE frontier SET state = 'queued', tries = 0, next_fetch = 0, error = '' WHERE state IN ('done', 'failed')`); err != nil {
		return 0, false, err
	}
	return run, false, tx.Commit()
}

// FinishRun implements store.Store.
func (d *DB) FinishRun(ctx context.Context, run int64) error {
	_, err := d.db.ExecContext(ctx, `UPDATE runs SET finished = ? WHERE id = ?`, ms(time.Now()), run)
	return err
}

const recordCols = `r.id, r.version, r.hash, r.json, r.relevance, r.fetched_at, r.parent, (SELECT group_concat(url, char(10)) FROM record_urls WHERE record_id = r.id)`

func scanRecord(sc interface{ Scan(...any) error }, extra ...any) (*store.Record, error) {
	var r store.Record
	var js string
	var fetched int64
	var urls sql.NullString
	if err := sc.Scan(append([]any{&r.ID, &r.Version, &r.Hash, &js, &r.Relevance, &fetched, &r.Parent, &urls}, extra...)...); err != nil {
		return nil, err
	}
	r.FetchedAt = fromMS(fetched)
	if urls.Valid {
		r.URLs = strings.Split(urls.String, "\n")
	}
	r.Record = &directive.Record{}
	if err := json.Unmarshal([]byte(js), r.Record); err != nil {
		return nil, fmt.Errorf("record %d: %w", r.ID, err)
	}
	return &r, nil
}

// RecordByURL implements store.Store.
func (d *DB) RecordByURL(ctx context.Context, url string) (*store.Record, error) {
	r, err := scanRecord(d.db.QueryRowContext(ctx, `SELECT `+recordCols+` FROM records r JOIN record_urls u ON u.record_id = r.id WHERE u.url = ?`, url))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %s", store.ErrNotFound, url)
	}
	return r, err
}

// Record implements store.Store.
func (d *DB) Record(ctx context.Context, id int64) (*store.Record, error) {
	r, err := scanRecord(d.db.QueryRowContext(ctx, `SELECT `+recordCols+` FROM records r WHERE r.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: record %d", store.ErrNotFound, id)
	}
	return r, err
}

// Records implements store.Store.
func (d *DB) Records(ctx context.Context, f store.Filter, fn func(*store.Record) error) error {
	q := `SELECT ` + recordCols + ` FROM records r WHERE 1=1`
	var args []any
	if f.Since != "" {
		q += ` AND coalesce(nullif(r.issued, ''), substr(r.published, 1, 10)) >= ?`
		args = append(args, f.Since)
	}
	if f.Province != "" {
		q += ` AND (r.province = ? COLLATE NOCASE OR r.province_current = ? COLLATE NOCASE OR r.province_current = ('Tỉnh ' || ?) OR r.province_current = ('Thành phố ' || ?))`
		args = append(args, f.Province, f.Province, f.Province, f.Province)
	}
	if f.Kind != "" {
		q += ` AND r.kind = ?`
		args = append(args, f.Kind)
	}
	rows, err := d.db.QueryContext(ctx, q+` ORDER BY r.id`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	// The rows are read to the end before fn runs: the store has one
	// connection, and fn may want it.
	var recs []*store.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return err
		}
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()
	for _, r := range recs {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// Search implements store.Store.
func (d *DB) Search(ctx context.Context, query string, limit int) ([]*store.Record, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := d.db.QueryContext(ctx, `SELECT `+recordCols+`, snippet(records_fts, 1, '[', ']', '…', 16)
		FROM records_fts JOIN records r ON r.id = records_fts.rowid WHERE records_fts MATCH ? ORDER BY rank LIMIT ?`, query, limit)
	if err != nil {
		return nil, fmt.Errorf("tìm / search %q: %w", query, err)
	}
	defer rows.Close()
	var out []*store.Record
	for rows.Next() {
		var snip sql.NullString
		r, err := scanRecord(rows, &snip)
		if err != nil {
			return nil, err
		}
		r.Snippet = snip.String
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tìm / search %q: %w", query, err)
	}
	return out, nil
}

// Counts implements store.Store.
func (d *DB) Counts(ctx context.Context) (map[store.State]int, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT state, count(*) FROM frontier GROUP BY state`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[store.State]int{}
	for rows.Next() {
		var s store.State
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, err
		}
		out[s] = n
	}
	return out, rows.Err()
}
