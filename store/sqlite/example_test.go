package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/store"
	"github.com/vnthidua/thidua/store/sqlite"
)

// A record saved with the page it came from, then found by a word of its
// title.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "thidua")
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "thidua.db"))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	page := store.Entry{URL: "https://example.gov.vn/tin/1", Kind: store.KindPage, State: store.Done}
	rec := &store.Record{URLs: []string{page.URL}, Hash: "ab12", FetchedAt: time.Now(),
		Record: &directive.Record{Directive: directive.Directive{Kind: "CT", Number: "08/CT-UBND", Title: "Về đẩy mạnh phong trào thi đua yêu nước"}}}
	if err := db.SavePage(ctx, page, nil, rec, nil); err != nil {
		panic(err)
	}
	found, _ := db.Search(ctx, "thi đua", 10)
	for _, r := range found {
		fmt.Println(r.Record.Directive.Number, r.URLs)
	}
	// Output: 08/CT-UBND [https://example.gov.vn/tin/1]
}
