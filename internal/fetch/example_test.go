package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/vnthidua/thidua/internal/fetch"
)

// A server on the machine's own loopback address is refused unless the
// caller allows private addresses.
func Example() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "Chỉ thị số 08/CT-UBND")
	}))
	defer srv.Close()
	ctx := context.Background()

	_, err := fetch.New().Get(ctx, &fetch.Request{URL: srv.URL})
	fmt.Println(errors.Is(err, fetch.ErrPrivateAddress))

	resp, err := fetch.New(fetch.WithAllowPrivate(true)).Get(ctx, &fetch.Request{URL: srv.URL})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(resp.Body))
	// Output:
	// true
	// Chỉ thị số 08/CT-UBND
}
