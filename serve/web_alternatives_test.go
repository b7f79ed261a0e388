package serve

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWebCheckAlternatives: the verdict page shows each finding's trace,
// the earliest year of a chain, and what the same facts earn.
func TestWebCheckAlternatives(t *testing.T) {
	_, ts := newTestServer(t)
	form := func(kv ...string) []byte {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return []byte(v.Encode())
	}
	const ct = "application/x-www-form-urlencoded"
	// CSTĐ bộ, tỉnh with two CSTĐ cơ sở (2023, 2024): not yet; 2025 if the
	// chain goes on; the CSTĐ cơ sở of 2024 is held already, LĐTT is earned.
	body := form("award", "CSTD_BO_TINH", "kind", "individual", "name", "Lê Thị Hoa", "year", "2024", "conferrer", "ministry_province",
		"rating0", "HTXSNV", "rating1", "HTXSNV", "history0", "CSTD_CS", "history1", "CSTD_CS", "init_year", "2024", "init_scope", "bo_tinh")
	code, doc := page(t, "POST", ts.URL+"/check", ct, body)
	require.Equal(t, http.StatusOK, code, doc.Text())
	checkAccessible(t, doc, "vi")
	assert.Equal(t, "KHÔNG ĐỦ ĐIỀU KIỆN", doc.Find("#verdict").Text())
	assert.Contains(t, doc.Find("#findings").Text(), "cần 3 lần liên tục Chiến sĩ thi đua cơ sở đến năm 2024; có 2 (2023, 2024)")
	assert.Contains(t, doc.Find("#next-eligible").Text(), "2025")
	alts := doc.Find("#alternatives tbody tr")
	require.Equal(t, 2, alts.Length(), doc.Find("#alternatives").Text())
	assert.Contains(t, alts.Eq(0).Text(), "Chiến sĩ thi đua cơ sở (CSTD_CS)")
	assert.Contains(t, alts.Eq(0).Text(), "KHÔNG ĐỦ ĐIỀU KIỆN")
	assert.Contains(t, alts.Eq(1).Text(), "Lao động tiên tiến (LDTT)")
	assert.Contains(t, alts.Eq(1).Text(), "ĐỦ ĐIỀU KIỆN")

	// In English; an eligible verdict has neither.
	code, doc = page(t, "POST", ts.URL+"/check", ct, form("lang", "en", "award", "LDTT", "kind", "individual", "year", "2024", "conferrer", "unit", "rating0", "HTTNV"))
	require.Equal(t, http.StatusOK, code, doc.Text())
	assert.Equal(t, "ELIGIBLE", doc.Find("#verdict").Text())
	assert.Contains(t, doc.Find("#findings").Text(), "need a rating of completed well (HTTNV) or better for 2024; have completed well (HTTNV)")
	assert.Zero(t, doc.Find("#next-eligible").Length())
	assert.Zero(t, doc.Find("#alternatives").Length())
}
