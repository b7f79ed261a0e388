package serve

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// browser starts a headless Chromium for one test. Without one it skips,
// unless THIDUA_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("THIDUA_REQUIRE_BROWSER") == "1" {
			t.Fatal("THIDUA_REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install -y chromium)")
		}
		t.Skip("no chromium on PATH: browser test skipped (apt-get install -y chromium; THIDUA_REQUIRE_BROWSER=1 makes it required)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	// A bound on the whole test, so that a hung browser fails it rather
	// than the test binary's timeout.
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() {
		cancelTime()
		cancelCtx()
		cancelAlloc()
	})
	return ctx
}

// TestBrowser drives the page as a person would, in a real browser on a
// phone-sized screen: paste a directive and see its number and its
// citations marked; fill the nomination form, send it from the keyboard
// and see the verdict with its articles; switch to English.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	_, ts := newTestServer(t)
	seed := string(readFile(t, "../testdata/chithi-08-ct-ubnd-2024.txt"))

	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(ts.URL+"/"),
	))
	// Usable on a phone: nothing wider than the screen.
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > document.documentElement.clientWidth`))
	require.NoError(t, err)
	assert.False(t, wide, "the page scrolls sideways on a 390 px screen")

	// Paste the directive and read it.
	require.NoError(t, chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("doc-text"), seed)))
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.ID("doc-submit")))
	require.NoError(t, err)
	number, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("doc-number")))
	require.NoError(t, err)
	assert.Equal(t, "08/CT-UBND", number)
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#doc-text-view mark.citation")].map(m => m.textContent)`))
	require.NoError(t, err)
	assert.Contains(t, marks, "Nghị định số 98/2023/NĐ-CP")
	subject, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#doc-text-view mark.subject")].map(m => m.textContent)`))
	require.NoError(t, err)
	assert.Contains(t, subject, "Chỉ thị này", "the short form marked as the document itself")

	// Upload the portal's page instead.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"),
		chromedp.SetUploadFiles(chromedp.ID("doc-file"), []string{copyToTemp(t, "../parse/testdata/html/hungyen-ct08-2024.html")})))
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.ID("doc-submit")))
	require.NoError(t, err)
	number, err = chromedp.Run(ctx, chromedp.Text(chromedp.ID("doc-number")))
	require.NoError(t, err)
	assert.Equal(t, "08/CT-CTUBND", number)

	// Check a nomination: Lao động tiên tiến with only "completed".
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.SetValue(chromedp.ID("award"), "LDTT"),
		chromedp.SetValue(chromedp.ID("kind"), "individual"),
		chromedp.SetValue(chromedp.ID("name"), "Trần Văn Bình"),
		chromedp.SetValue(chromedp.ID("year"), "2024"),
		chromedp.SetValue(chromedp.ID("conferrer"), "unit"),
		chromedp.SetValue(chromedp.ID("rating0"), "HTNV"),
		chromedp.Focus(chromedp.ID("check-submit")),
	))
	_, err = chromedp.RunResponse(ctx, chromedp.SendKeys(chromedp.ID("check-submit"), kb.Enter))
	require.NoError(t, err)
	verdict, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("verdict")))
	require.NoError(t, err)
	assert.Equal(t, "KHÔNG ĐỦ ĐIỀU KIỆN", verdict)
	findings, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("findings")))
	require.NoError(t, err)
	assert.Contains(t, findings, "Điều 24 khoản 1 điểm a 06/2022/QH15")
	assert.Contains(t, findings, "hoàn thành tốt nhiệm vụ trở lên")
	// the trace: what the rule asks and what the file holds
	assert.Contains(t, findings, "cần xếp loại năm 2024 từ hoàn thành tốt nhiệm vụ trở lên; có hoàn thành nhiệm vụ")

	// The same in English, from the switch.
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.ID("lang-switch")))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("year"), "2024"), chromedp.SetValue(chromedp.ID("rating0"), "HTTNV")))
	_, err = chromedp.RunResponse(ctx, chromedp.Click(chromedp.ID("check-submit")))
	require.NoError(t, err)
	verdict, err = chromedp.Run(ctx, chromedp.Text(chromedp.ID("verdict")))
	require.NoError(t, err)
	assert.Equal(t, "ELIGIBLE", verdict)
	lang, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
	require.NoError(t, err)
	assert.Equal(t, "en", lang)
	title, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(title, "Verdict"), title)
}

// copyToTemp copies a file where the browser may read it.
func copyToTemp(t *testing.T, path string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), filepath.Base(path))
	require.NoError(t, os.WriteFile(dst, readFile(t, path), 0o644))
	return dst
}
