package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRefused(t *testing.T) {
	cases := []struct {
		addr string
		what string // "" = allowed
	}{
		{"127.0.0.1", "loopback"},
		{"127.200.3.4", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"192.168.1.1", "private"},
		{"fc00::1", "private"},
		{"fd12:3456::1", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"100.64.0.1", "shared (CGNAT)"},
		{"100.127.255.255", "shared (CGNAT)"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "reserved"},
		{"64:ff9b::7f00:1", "loopback (NAT64)"},
		// Public addresses are allowed.
		{"8.8.8.8", ""},
		{"172.32.0.1", ""},
		{"100.128.0.1", ""},
		{"2001:4860:4860::8888", ""},
		{"64:ff9b::808:808", ""},
		{"::ffff:8.8.8.8", ""},
	}
	for _, tc := range cases {
		t.Run(tc.addr, func(t *testing.T) {
			what, ok := Refused(netip.MustParseAddr(tc.addr))
			assert.Equal(t, tc.what != "", ok)
			assert.Equal(t, tc.what, what)
		})
	}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

// serveOn starts a server on a given loopback address (Linux answers on
// all of 127.0.0.0/8).
func serveOn(t *testing.T, addr string, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", addr+":0")
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	s := httptest.NewUnstartedServer(h)
	s.Listener.Close()
	s.Listener = l
	s.Start()
	t.Cleanup(s.Close)
	return s
}

func TestGuard(t *testing.T) {
	ctx := context.Background()
	hits := 0
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hits++; fmt.Fprint(w, "ok") })
	u, _ := url.Parse(srv.URL)

	t.Run("loopback refused by default", func(t *testing.T) {
		_, err := New().Get(ctx, &Request{URL: srv.URL})
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrPrivateAddress)
		var re *RefusedError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "127.0.0.1", re.Addr.String())
		assert.Contains(t, err.Error(), "--allow-private")
		assert.Contains(t, err.Error(), "WithAllowPrivate")
		assert.Equal(t, 0, hits, "the server was reached")
	})
	t.Run("a host name is checked on the address it resolves to", func(t *testing.T) {
		_, err := New().Get(ctx, &Request{URL: "http://localhost:" + u.Port() + "/"})
		assert.ErrorIs(t, err, ErrPrivateAddress)
		assert.Equal(t, 0, hits)
	})
	t.Run("allowed with the opt-in", func(t *testing.T) {
		resp, err := New(WithAllowPrivate(true)).Get(ctx, &Request{URL: srv.URL})
		require.NoError(t, err)
		assert.Equal(t, "ok", string(resp.Body))
		assert.Equal(t, 1, hits)
	})
	t.Run("a caller's transport gets the guard too", func(t *testing.T) {
		hc := &http.Client{Transport: &http.Transport{}}
		_, err := New(WithHTTPClient(hc)).Get(ctx, &Request{URL: srv.URL})
		assert.ErrorIs(t, err, ErrPrivateAddress)
	})
	for _, raw := range []string{"file:///etc/passwd", "ftp://example.com/a.pdf", "gopher://x/", "http:///nohost"} {
		t.Run("scheme "+raw, func(t *testing.T) {
			_, err := New(WithAllowPrivate(true)).Get(ctx, &Request{URL: raw})
			assert.ErrorIs(t, err, ErrScheme)
		})
	}
}

// TestGuardRedirect: the check runs at dial time for every connection, so
// a redirect from an allowed server to a refused address is refused. Two
// loopback addresses stand for the two: the test narrows the policy to
// refuse 127.0.0.2 only.
func TestGuardRedirect(t *testing.T) {
	ctx := context.Background()
	reached := false
	inner := serveOn(t, "127.0.0.2", func(w http.ResponseWriter, r *http.Request) { reached = true; fmt.Fprint(w, "secret") })
	outer := serveOn(t, "127.0.0.1", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-inner":
			http.Redirect(w, r, inner.URL+"/admin", http.StatusFound)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		default:
			fmt.Fprint(w, "public")
		}
	})
	narrow := func(c *Client) {
		c.refused = func(a netip.Addr) (string, bool) {
			if a == netip.MustParseAddr("127.0.0.2") {
				return "private", true
			}
			return "", false
		}
	}
	c := New(narrow)
	resp, err := c.Get(ctx, &Request{URL: outer.URL + "/"})
	require.NoError(t, err)
	assert.Equal(t, "public", string(resp.Body))

	_, err = c.Get(ctx, &Request{URL: outer.URL + "/to-inner"})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrPrivateAddress)
	assert.Contains(t, err.Error(), "127.0.0.2")
	assert.False(t, reached, "the refused server was reached through a redirect")

	_, err = c.Get(ctx, &Request{URL: outer.URL + "/to-file"})
	assert.ErrorIs(t, err, ErrScheme)

	t.Run("scope holds on redirects", func(t *testing.T) {
		c := New(WithAllowPrivate(true))
		outerHost := strings.TrimPrefix(outer.URL, "http://")
		_, err := c.Get(ctx, &Request{URL: outer.URL + "/to-inner", Scope: SameSite(outerHost)})
		assert.ErrorIs(t, err, ErrOutOfScope)
		assert.False(t, reached)
	})
}

func TestGetLimitsAndAnswers(t *testing.T) {
	ctx := context.Background()
	big := bytes.Repeat([]byte("thi đua "), 20000)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(big)
			zw.Close()
		case "/big":
			w.Write(big)
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			fmt.Fprint(w, "page")
		case "/slowdown":
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/ua":
			fmt.Fprint(w, r.UserAgent())
		}
	})
	c := New(WithAllowPrivate(true))

	resp, err := c.Get(ctx, &Request{URL: srv.URL + "/gzip"})
	require.NoError(t, err)
	assert.Equal(t, big, resp.Body)

	for _, p := range []string{"/gzip", "/big"} {
		_, err = c.Get(ctx, &Request{URL: srv.URL + p, MaxBytes: 1000})
		assert.ErrorIs(t, err, ErrTooLarge, p)
	}

	resp, err = c.Do(ctx, &Request{URL: srv.URL + "/etag"})
	require.NoError(t, err)
	assert.Equal(t, `"v1"`, resp.Header.Get("ETag"))
	resp, err = c.Do(ctx, &Request{URL: srv.URL + "/etag", Header: http.Header{"If-None-Match": {`"v1"`}}})
	require.NoError(t, err)
	assert.Equal(t, http.StatusNotModified, resp.StatusCode)

	resp, err = c.Do(ctx, &Request{URL: srv.URL + "/slowdown"})
	require.NoError(t, err)
	assert.Equal(t, http.StatusTooManyRequests, resp.StatusCode)
	assert.Equal(t, "7", resp.Header.Get("Retry-After"))
	_, err = c.Get(ctx, &Request{URL: srv.URL + "/slowdown"})
	var he *HTTPError
	require.ErrorAs(t, err, &he)
	assert.Equal(t, 429, he.StatusCode)

	_, err = c.Get(ctx, &Request{URL: srv.URL + "/loop"})
	assert.ErrorIs(t, err, ErrTooManyRedirects)

	resp, err = c.Get(ctx, &Request{URL: srv.URL + "/ua"})
	require.NoError(t, err)
	assert.Equal(t, DefaultUserAgent, string(resp.Body))
}

func TestSite(t *testing.T) {
	cases := map[string]string{
		"stnmt.hungyen.gov.vn":      "hungyen.gov.vn",
		"hungyen.gov.vn":            "hungyen.gov.vn",
		"WWW.HungYen.gov.vn:443":    "hungyen.gov.vn",
		"thiduakhenthuongvn.org.vn": "thiduakhenthuongvn.org.vn",
		"baochinhphu.vn":            "baochinhphu.vn",
		"127.0.0.1:8080":            "127.0.0.1",
		"[::1]:80":                  "::1",
		"localhost":                 "localhost",
	}
	for in, want := range cases {
		assert.Equal(t, want, Site(in), in)
	}
	scope := SameSite("hungyen.gov.vn", "files.example.org")
	for raw, ok := range map[string]bool{
		"https://stnmt.hungyen.gov.vn/a.pdf":    true,
		"https://hungyen.gov.vn/a.pdf":          true,
		"https://cdn.files.example.org/a.pdf":   true,
		"https://files.example.org/a.pdf":       true,
		"https://badfiles.example.org/a.pdf":    false,
		"https://haiphong.gov.vn/a.pdf":         false,
		"http://127.0.0.1/admin":                false,
		"https://hungyen.gov.vn.evil.example/a": false,
	} {
		u, _ := url.Parse(raw)
		err := scope(u)
		assert.Equal(t, ok, err == nil, "%s: %v", raw, err)
	}
}
