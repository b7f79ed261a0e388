package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/store"
)

func rec(number, title, text, province string) *directive.Record {
	return &directive.Record{
		Directive: directive.Directive{Kind: "CT", Number: number, Issued: "2024-11-25", Title: title,
			Issuer: directive.Issuer{Name: "UBND tỉnh", Level: directive.LevelProvince, Province: province, ProvinceCurrent: "Tỉnh " + province}},
		Text: text,
	}
}

func TestStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "thidua.db")
	db, err := Open(ctx, path)
	require.NoError(t, err)

	run, resumed, err := db.StartRun(ctx, []string{"http://a/"})
	require.NoError(t, err)
	assert.False(t, resumed)

	n, err := db.Add(ctx, []store.Entry{{URL: "http://a/", Kind: store.KindSeed, Priority: 5}, {URL: "http://a/x", Kind: store.KindPage}})
	require.NoError(t, err)
	assert.Equal(t, 2, n)
	n, err = db.Add(ctx, []store.Entry{{URL: "http://a/", Kind: store.KindSeed}})
	require.NoError(t, err)
	assert.Equal(t, 0, n, "a known URL is not added twice")

	due, err := db.Due(ctx, time.Now(), 10)
	require.NoError(t, err)
	require.Len(t, due, 2)
	assert.Equal(t, "http://a/", due[0].URL, "higher priority first")

	// One page, its record and what it links to, in one call.
	e := due[1]
	e.State, e.Hash, e.ETag, e.Run = store.Done, "h1", `"v1"`, run
	r := &store.Record{URLs: []string{"http://a/x"}, Hash: "h1", FetchedAt: time.Now(), Relevance: 0.9,
		Record: rec("08/CT-UBND", "Về đẩy mạnh phong trào thi đua yêu nước", "Phong trào thi đua yêu nước năm 2025 ...", "Hưng Yên")}
	require.NoError(t, db.SavePage(ctx, e, &store.Document{URL: e.URL, Hash: "h1", FetchedAt: time.Now()}, r, []store.Entry{{URL: "http://a/y", Kind: store.KindPage}}))
	assert.Equal(t, int64(1), r.ID)
	got, err := db.Entry(ctx, "http://a/x")
	require.NoError(t, err)
	assert.Equal(t, store.Done, got.State)
	assert.Equal(t, `"v1"`, got.ETag)
	_, err = db.Entry(ctx, "http://a/nope")
	assert.ErrorIs(t, err, store.ErrNotFound)

	// The same bytes under another URL are the same record.
	r2 := &store.Record{URLs: []string{"http://a/x?utm_source=fb"}, Hash: "h1", FetchedAt: time.Now(), Record: r.Record}
	require.NoError(t, db.SavePage(ctx, store.Entry{URL: "http://a/y", Kind: store.KindPage, State: store.Done}, nil, r2, nil))
	assert.Equal(t, int64(1), r2.ID)
	assert.Equal(t, 1, r2.Version)

	// A changed page is a new version of its record.
	r3 := &store.Record{URLs: []string{"http://a/x"}, Hash: "h2", FetchedAt: time.Now(),
		Record: rec("08/CT-UBND", "Về đẩy mạnh phong trào thi đua yêu nước (sửa)", "Phong trào thi đua ...", "Hưng Yên")}
	require.NoError(t, db.SavePage(ctx, e, nil, r3, nil))
	assert.Equal(t, int64(1), r3.ID)
	assert.Equal(t, 2, r3.Version)

	var all []*store.Record
	require.NoError(t, db.Records(ctx, store.Filter{}, func(r *store.Record) error { all = append(all, r); return nil }))
	require.Len(t, all, 1)
	assert.ElementsMatch(t, []string{"http://a/x", "http://a/x?utm_source=fb"}, all[0].URLs)
	assert.Equal(t, "Về đẩy mạnh phong trào thi đua yêu nước (sửa)", all[0].Record.Directive.Title)

	one, err := db.Record(ctx, r.ID)
	require.NoError(t, err)
	assert.Equal(t, all[0].Record.Directive.Title, one.Record.Directive.Title)
	assert.Equal(t, 2, one.Version)
	assert.ElementsMatch(t, all[0].URLs, one.URLs)
	for _, id := range []int64{0, -1, r.ID + 1} {
		_, err = db.Record(ctx, id)
		assert.ErrorIs(t, err, store.ErrNotFound, "record %d", id)
	}

	for _, f := range []store.Filter{{Province: "Hưng Yên"}, {Kind: "CT"}, {Since: "2024-01-01"}} {
		var n int
		require.NoError(t, db.Records(ctx, f, func(*store.Record) error { n++; return nil }))
		assert.Equal(t, 1, n, "%+v", f)
	}
	for _, f := range []store.Filter{{Province: "Hải Phòng"}, {Kind: "KH"}, {Since: "2025-01-01"}} {
		var n int
		require.NoError(t, db.Records(ctx, f, func(*store.Record) error { n++; return nil }))
		assert.Equal(t, 0, n, "%+v", f)
	}

	found, err := db.Search(ctx, "phong trào", 10)
	require.NoError(t, err)
	require.Len(t, found, 1)
	assert.Contains(t, found[0].Snippet, "[")
	found, err = db.Search(ctx, "sửa", 10)
	require.NoError(t, err)
	assert.Len(t, found, 1, "the index follows the new version")
	found, err = db.Search(ctx, "giao thông", 10)
	require.NoError(t, err)
	assert.Empty(t, found)
	_, err = db.Search(ctx, `"unbalanced`, 10)
	assert.Error(t, err)

	// Killed before FinishRun: the next start resumes the same run and
	// keeps what was settled.
	require.NoError(t, db.Close())
	db, err = Open(ctx, path)
	require.NoError(t, err)
	again, resumed, err := db.StartRun(ctx, nil)
	require.NoError(t, err)
	assert.True(t, resumed)
	assert.Equal(t, run, again)
	got, _ = db.Entry(ctx, "http://a/x")
	assert.Equal(t, store.Done, got.State)

	// After a finished run, the next one queues everything again.
	require.NoError(t, db.FinishRun(ctx, run))
	next, resumed, err := db.StartRun(ctx, nil)
	require.NoError(t, err)
	assert.False(t, resumed)
	assert.Greater(t, next, run)
	got, _ = db.Entry(ctx, "http://a/x")
	assert.Equal(t, store.Queued, got.State)
	assert.Equal(t, `"v1"`, got.ETag, "the validator stays for a conditional request")
	counts, err := db.Counts(ctx)
	require.NoError(t, err)
	assert.Equal(t, 3, counts[store.Queued])
	require.NoError(t, db.Close())
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "thidua.db")
	db, err := Open(ctx, path)
	require.NoError(t, err)
	_, err = db.db.ExecContext(ctx, `PRAGMA user_version = 99`)
	require.NoError(t, err)
	db.Close()
	_, err = Open(ctx, path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "newer")
}
