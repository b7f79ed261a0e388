package store_test

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

// Records of one kind and province, from any Store: here the SQLite one.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "thidua")
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "thidua.db"))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	var st store.Store = db
	for i, n := range []string{"08/CT-UBND", "152/KH-UBND"} {
		kind := n[len(n)-7 : len(n)-5]
		rec := &store.Record{URLs: []string{fmt.Sprintf("https://example.gov.vn/%d", i)}, Hash: n, FetchedAt: time.Now(),
			Record: &directive.Record{Directive: directive.Directive{Kind: kind, Number: n,
				Issuer: directive.Issuer{Province: "Hưng Yên", ProvinceCurrent: "Tỉnh Hưng Yên"}}}}
		if err := st.SavePage(ctx, store.Entry{URL: rec.URLs[0], State: store.Done}, nil, rec, nil); err != nil {
			panic(err)
		}
	}
	st.Records(ctx, store.Filter{Kind: "KH", Province: "Hưng Yên"}, func(r *store.Record) error {
		fmt.Println(r.Record.Directive.Number)
		return nil
	})
	// Output: 152/KH-UBND
}
