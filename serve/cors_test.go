package serve

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCORS: with WithCORSOrigins, the API answers a listed origin with
// Access-Control-Allow-Origin and answers its preflight; other origins,
// the web page and a server without origins get no CORS header.
func TestCORS(t *testing.T) {
	send := func(t *testing.T, url, method, origin string, preflight bool) *http.Response {
		req, err := http.NewRequest(method, url, strings.NewReader(`{"award":"LDTT","year":2024,"subject":{"kind":"individual"}}`))
		require.NoError(t, err)
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if preflight {
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "content-type")
		} else if method == http.MethodPost {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp
	}
	_, ts := newTestServer(t, WithCORSOrigins("https://hr.example.vn"))
	_, any := newTestServer(t, WithCORSOrigins("*"))
	_, none := newTestServer(t)
	for _, tc := range []struct {
		name      string
		base      string
		method    string
		path      string
		origin    string
		preflight bool
		status    int
		allow     string
	}{
		{"listed origin, validate", ts.URL, "POST", "/v1/validate", "https://hr.example.vn", false, 200, "https://hr.example.vn"},
		{"listed origin, preflight", ts.URL, "OPTIONS", "/v1/validate", "https://hr.example.vn", true, 204, "https://hr.example.vn"},
		{"listed origin, case of host", ts.URL, "GET", "/healthz", "https://HR.example.vn", false, 200, "https://HR.example.vn"},
		{"other origin", ts.URL, "POST", "/v1/validate", "https://evil.example", false, 200, ""},
		{"other origin, preflight refused", ts.URL, "OPTIONS", "/v1/validate", "https://evil.example", true, 405, ""},
		{"web page not shared", ts.URL, "GET", "/", "https://hr.example.vn", false, 200, ""},
		{"any origin", any.URL, "GET", "/v1/awards", "https://anyone.example", false, 200, "*"},
		{"no origins configured", none.URL, "POST", "/v1/validate", "https://hr.example.vn", false, 200, ""},
		{"no origins configured, preflight", none.URL, "OPTIONS", "/v1/validate", "https://hr.example.vn", true, 405, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := send(t, tc.base+tc.path, tc.method, tc.origin, tc.preflight)
			assert.Equal(t, tc.status, resp.StatusCode)
			assert.Equal(t, tc.allow, resp.Header.Get("Access-Control-Allow-Origin"))
			if tc.preflight && tc.status == 204 {
				assert.Equal(t, "GET, POST", resp.Header.Get("Access-Control-Allow-Methods"))
				assert.Equal(t, "Content-Type", resp.Header.Get("Access-Control-Allow-Headers"))
			}
			if tc.allow != "" {
				assert.Empty(t, resp.Header.Get("Access-Control-Allow-Credentials"))
			}
		})
	}
}
