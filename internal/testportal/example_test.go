package testportal_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/vnthidua/thidua/internal/testportal"
)

// The portal on a loopback address, and what its robots.txt says.
func Example() {
	srv := httptest.NewServer(testportal.New(0))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/robots.txt")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	fmt.Println(string(b[:len("User-agent: *\nDisallow: /private/")]))
	// Output:
	// User-agent: *
	// Disallow: /private/
}
