package parse

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
	"golang.org/x/text/unicode/norm"
)

// TestFiveMegabyteLine reads a real plan whose title line is replaced by
// 5 MB without a space, and a news page whose <title> and <h1> are such
// lines (5 MB and 1 MB): the titles are cut to their maximum with a warning, and the
// other fields of the header are those of the plain file.
func TestFiveMegabyteLine(t *testing.T) {
	b, err := os.ReadFile("testdata/text/b_kehoach_table.txt")
	require.NoError(t, err)
	want, err := Text(context.Background(), bytes.NewReader(b))
	require.NoError(t, err)
	title := "Triển khai thực hiện Chỉ thị số 08/CT-UBND ngày 25/11/2024 của Chủ tịch Ủy ban nhân dân tỉnh"
	require.Contains(t, string(b), title)
	word := strings.ReplaceAll(title, " ", "")
	long := strings.Repeat(word, 5<<20/len(word)+1)
	require.Greater(t, len(long), 5<<20)

	t.Run("text", func(t *testing.T) {
		in := strings.Replace(string(b), title, long, 1)
		rec, err := Text(context.Background(), strings.NewReader(in))
		require.NoError(t, err)
		got := rec.Directive
		assert.Equal(t, MaxTitleChars, utf8.RuneCountInString(got.Title))
		assert.True(t, strings.HasPrefix(long, got.Title))
		assert.Contains(t, strings.Join(rec.Warnings, "\n"), "field directive.title of ")
		assert.Equal(t, want.Directive.Number, got.Number)
		assert.Equal(t, want.Directive.Issued, got.Issued)
		assert.Equal(t, want.Directive.Place, got.Place)
		assert.Equal(t, want.Directive.Issuer.Name, got.Issuer.Name)
		assertBounded(t, rec)
	})
	t.Run("html", func(t *testing.T) {
		page, err := os.ReadFile("testdata/html/attach/news-08-ct-ubnd.html")
		require.NoError(t, err)
		head := "Đẩy mạnh phong trào thi đua yêu nước năm 2025"
		word := strings.ReplaceAll(head, " ", "")
		long := strings.Repeat(word, 5<<20/len(word)+1)
		// The <title>: 5 MB; the <h1>: 1 MB (the article's text is cut at
		// 4 MiB, with a warning, before the analysis).
		in := strings.Replace(string(page), head, long, 1)
		in = strings.Replace(in, head, strings.Repeat(word, 1<<20/len(word)), 1)
		rec, err := HTML(context.Background(), strings.NewReader(in))
		require.NoError(t, err)
		assert.Equal(t, MaxTitleChars, utf8.RuneCountInString(rec.Source.Title))
		assert.Contains(t, strings.Join(rec.Warnings, "\n"), "field source.title of ")
		assert.Equal(t, "08/CT-UBND", rec.Directive.Number)
		assert.Equal(t, "2024-11-25", rec.Directive.Issued)
		assertBounded(t, rec)
	})
}

// assertBounded checks every field of rec against its maximum, through
// the same table as bound.
func assertBounded(t *testing.T, rec *directive.Record) {
	t.Helper()
	c := *rec
	c.Warnings = nil
	j, err := json.Marshal(&c)
	require.NoError(t, err)
	var copied directive.Record
	require.NoError(t, json.Unmarshal(j, &copied))
	bound(&copied)
	assert.Empty(t, copied.Warnings, "a field is over its maximum")
	for _, w := range rec.Warnings {
		assert.Less(t, len(w), 1000, "warning too long")
	}
}

// TestBound fills every field of a record with text longer than its
// maximum and checks that each is cut to its maximum at a character
// boundary, stays NFC, and is named once in the warnings; a record within
// the bounds is left as it is, and a second pass changes nothing.
func TestBound(t *testing.T) {
	// "ạ̀" is two characters in NFC (U+1EA1 U+0300): a cut must not part
	// them.
	over := func(limit int) string { return strings.Repeat("ệ", limit-1) + "ạ\u0300" + "x" }
	rec := &directive.Record{
		Source: directive.Source{Path: strings.Repeat("p", 5000), URL: "https://example.gov.vn/" + strings.Repeat("u", 5000),
			Site: over(MaxIssuerChars), Title: over(MaxTitleChars), Published: over(MaxCodeChars), Author: over(MaxPersonChars), Format: "text"},
		Directive: directive.Directive{
			Kind: over(MaxCodeChars), KindName: over(MaxCodeChars), Number: over(MaxCodeChars), Issued: over(MaxCodeChars),
			Place:  over(MaxPlaceChars),
			Issuer: directive.Issuer{Name: over(MaxIssuerChars), Province: over(MaxPlaceChars), ProvinceCurrent: over(MaxPlaceChars)},
			Signer: directive.Signer{Name: over(MaxPersonChars), Position: over(MaxPositionChars), Authority: over(MaxPositionChars), On: over(MaxPositionChars)},
			Title:  over(MaxTitleChars),
			Tasks: []directive.Task{{Label: over(MaxCodeChars), Text: over(MaxTaskChars), Items: []directive.Task{
				{Label: "a)", Text: over(MaxTaskChars)}, {Label: "b)", Text: "ngắn"}}}},
			Citations:   []directive.Citation{{Kind: over(MaxCodeChars), Number: over(MaxCodeChars), Issued: over(MaxCodeChars), Issuer: over(MaxIssuerChars), Title: over(MaxTitleChars)}},
			Campaigns:   []directive.Campaign{{ID: over(MaxCodeChars), Name: over(MaxCampaignChars)}},
			Launches:    []directive.Launch{{Name: over(MaxCampaignChars), Kind: over(MaxCodeChars), From: over(MaxCodeChars), To: over(MaxCodeChars), Period: over(MaxCodeChars), ID: over(MaxCodeChars)}},
			Themes:      []string{over(MaxCampaignChars)},
			Recipients:  []string{over(MaxRecipientChars), over(MaxRecipientChars)},
			Attachments: []directive.Attachment{{Name: over(MaxFileNameChars), URL: "https://example.gov.vn/" + strings.Repeat("f", 5000)}},
		},
		Signatures: []directive.Signature{{Field: over(MaxSignatureChars), SignerCN: over(MaxSignatureChars), SignerDN: over(MaxSignatureChars),
			Issuer: over(MaxSignatureChars), Serial: over(MaxSignatureChars), SigningTime: over(MaxSignatureChars), Reason: over(MaxSignatureChars), Error: over(MaxSignatureChars)}},
	}
	orig := *rec
	bound(rec)
	d := rec.Directive
	fields := []struct {
		name  string
		got   string
		limit int
	}{
		{"source.site", rec.Source.Site, MaxIssuerChars},
		{"source.title", rec.Source.Title, MaxTitleChars},
		{"source.published", rec.Source.Published, MaxCodeChars},
		{"source.author", rec.Source.Author, MaxPersonChars},
		{"directive.kind", d.Kind, MaxCodeChars},
		{"directive.kind_name", d.KindName, MaxCodeChars},
		{"directive.number", d.Number, MaxCodeChars},
		{"directive.issued", d.Issued, MaxCodeChars},
		{"directive.place", d.Place, MaxPlaceChars},
		{"directive.issuer.name", d.Issuer.Name, MaxIssuerChars},
		{"directive.issuer.province", d.Issuer.Province, MaxPlaceChars},
		{"directive.issuer.province_current", d.Issuer.ProvinceCurrent, MaxPlaceChars},
		{"directive.signer.name", d.Signer.Name, MaxPersonChars},
		{"directive.signer.position", d.Signer.Position, MaxPositionChars},
		{"directive.signer.authority", d.Signer.Authority, MaxPositionChars},
		{"directive.signer.on_behalf_of", d.Signer.On, MaxPositionChars},
		{"directive.title", d.Title, MaxTitleChars},
		{"directive.tasks.label", d.Tasks[0].Label, MaxCodeChars},
		{"directive.tasks.text", d.Tasks[0].Text, MaxTaskChars},
		{"directive.tasks.text", d.Tasks[0].Items[0].Text, MaxTaskChars},
		{"directive.citations.kind", d.Citations[0].Kind, MaxCodeChars},
		{"directive.citations.number", d.Citations[0].Number, MaxCodeChars},
		{"directive.citations.issued", d.Citations[0].Issued, MaxCodeChars},
		{"directive.citations.issuer", d.Citations[0].Issuer, MaxIssuerChars},
		{"directive.citations.title", d.Citations[0].Title, MaxTitleChars},
		{"directive.campaigns.id", d.Campaigns[0].ID, MaxCodeChars},
		{"directive.campaigns.name", d.Campaigns[0].Name, MaxCampaignChars},
		{"directive.launches.name", d.Launches[0].Name, MaxCampaignChars},
		{"directive.launches.kind", d.Launches[0].Kind, MaxCodeChars},
		{"directive.launches.from", d.Launches[0].From, MaxCodeChars},
		{"directive.launches.to", d.Launches[0].To, MaxCodeChars},
		{"directive.launches.period", d.Launches[0].Period, MaxCodeChars},
		{"directive.launches.id", d.Launches[0].ID, MaxCodeChars},
		{"directive.themes", d.Themes[0], MaxCampaignChars},
		{"directive.recipients", d.Recipients[0], MaxRecipientChars},
		{"directive.recipients", d.Recipients[1], MaxRecipientChars},
		{"directive.attachments.name", d.Attachments[0].Name, MaxFileNameChars},
		{"signatures.field", rec.Signatures[0].Field, MaxSignatureChars},
		{"signatures.signer_cn", rec.Signatures[0].SignerCN, MaxSignatureChars},
		{"signatures.signer_dn", rec.Signatures[0].SignerDN, MaxSignatureChars},
		{"signatures.issuer", rec.Signatures[0].Issuer, MaxSignatureChars},
		{"signatures.serial", rec.Signatures[0].Serial, MaxSignatureChars},
		{"signatures.signing_time", rec.Signatures[0].SigningTime, MaxSignatureChars},
		{"signatures.reason", rec.Signatures[0].Reason, MaxSignatureChars},
		{"signatures.error", rec.Signatures[0].Error, MaxSignatureChars},
	}
	warnings := strings.Join(rec.Warnings, "\n")
	for _, f := range fields {
		// The cut falls between "ạ" and its mark: both go.
		assert.Equal(t, strings.Repeat("ệ", f.limit-1), f.got, f.name)
		assert.True(t, norm.NFC.IsNormalString(f.got), f.name)
		assert.Equal(t, 1, strings.Count(warnings, "field "+f.name+" "), "%s named once", f.name)
	}
	assert.Contains(t, warnings, "field directive.title of 1002 characters cut to 1000")
	assert.Contains(t, warnings, "2 values of field directive.tasks.text over 20000 characters (the longest 20002) cut")
	assert.Equal(t, "ngắn", d.Tasks[0].Items[1].Text)
	assert.Equal(t, orig.Source.Path, rec.Source.Path, "paths are not cut")
	assert.Equal(t, orig.Source.URL, rec.Source.URL, "URLs are not cut")
	assert.Equal(t, 5023, len(d.Attachments[0].URL), "URLs are not cut")

	n := len(rec.Warnings)
	bound(rec)
	assert.Len(t, rec.Warnings, n, "a second pass cuts nothing")

	// A real record is within the bounds.
	b, err := os.ReadFile("testdata/text/binhduong-ct01-2021.txt")
	require.NoError(t, err)
	real, err := Text(context.Background(), bytes.NewReader(b))
	require.NoError(t, err)
	assertBounded(t, real)
	for _, w := range real.Warnings {
		assert.NotContains(t, w, "field ")
	}
}

// TestCutChars cuts at character boundaries and never between a letter
// and its combining marks.
func TestCutChars(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"abc", 5, "abc"},
		{"abc", 3, "abc"},
		{"abcd", 3, "abc"},
		{"Việt Nam", 4, "Việt"},
		{"ba\u0323\u0300c", 2, "b"},              // "bạ̀c" (NFC keeps U+0300 apart): "ạ" would lose its mark
		{"ba\u0323\u0300c", 3, "ba\u0323\u0300"}, // after it
		{"ba\u0323\u0300\u0301c", 3, "b"},        // between two marks
		{"ba\u0323\u0300\u0301c", 4, "ba\u0323\u0300\u0301"},
		{"\u1ea1\u0300", 1, ""},
	}
	for _, tt := range tests {
		in := norm.NFC.String(tt.in)
		got := cutChars(in, tt.limit)
		assert.Equal(t, norm.NFC.String(tt.want), got, "%q cut at %d", in, tt.limit)
		assert.True(t, utf8.ValidString(got) && norm.NFC.IsNormalString(got))
	}
}
