package parse

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// gold is the hand-made record of a corpus document (see
// ../shared/corpus/README.md): null fields are not checked, "" and [] must
// come out empty.
type gold struct {
	Directive struct {
		Kind   *string `json:"kind"`
		Number *string `json:"number"`
		Issued *string `json:"issued"`
		Issuer struct {
			Level    *string `json:"level"`
			Province *string `json:"province"`
		} `json:"issuer"`
		Signer struct {
			Name     *string `json:"name"`
			Position *string `json:"position"`
		} `json:"signer"`
		Title           *string  `json:"title"`
		TaskCount       *int     `json:"task_count"`
		RecipientsCount *int     `json:"recipients_count"`
		Citations       []string `json:"citations"`
		Campaigns       []struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"campaigns"`
		Attachments []string `json:"attachments"`
	} `json:"directive"`
	Source struct {
		Author    *string `json:"author"`
		Published *string `json:"published"`
	} `json:"source"`
}

func readGold(t *testing.T, path string) gold {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var g gold
	require.NoError(t, json.Unmarshal(b, &g))
	return g
}

// checkGold compares a record with its gold, field by field, the way
// ../shared/tools/eval_directives.py scores it (titles must match after
// folding, a little stricter than the script's 0.9 ratio).
func checkGold(t *testing.T, g gold, rec *directive.Record) {
	t.Helper()
	d := rec.Directive
	eq := func(name string, want *string, got string) {
		if want != nil {
			assert.Equal(t, evalFold(*want), evalFold(got), name)
		}
	}
	eq("kind", g.Directive.Kind, d.Kind)
	if g.Directive.Number != nil {
		assert.Equal(t, numKey(*g.Directive.Number), numKey(d.Number), "number")
	}
	eq("issued", g.Directive.Issued, d.Issued)
	eq("issuer.level", g.Directive.Issuer.Level, string(d.Issuer.Level))
	eq("issuer.province", g.Directive.Issuer.Province, d.Issuer.Province)
	eq("signer.name", g.Directive.Signer.Name, d.Signer.Name)
	eq("signer.position", g.Directive.Signer.Position, d.Signer.Position)
	eq("title", g.Directive.Title, d.Title)
	if g.Directive.TaskCount != nil {
		assert.Len(t, d.Tasks, *g.Directive.TaskCount, "tasks")
	}
	if g.Directive.RecipientsCount != nil {
		assert.Len(t, d.Recipients, *g.Directive.RecipientsCount, "recipients")
	}
	if g.Directive.Citations != nil {
		var want, got []string
		for _, c := range g.Directive.Citations {
			want = append(want, numKey(c))
		}
		for _, c := range d.Citations {
			got = append(got, numKey(c.Number))
		}
		assert.ElementsMatch(t, want, got, "citations")
	}
	if g.Directive.Campaigns != nil {
		var want, got []string
		for _, c := range g.Directive.Campaigns {
			want = append(want, c.ID+"|"+fold.String(c.Name))
		}
		for _, c := range d.Campaigns {
			if c.ID != "" {
				got = append(got, c.ID+"|")
			} else {
				got = append(got, "|"+fold.String(c.Name))
			}
		}
		assert.ElementsMatch(t, want, got, "campaigns")
	}
	if g.Directive.Attachments != nil {
		var got []string
		for _, a := range d.Attachments {
			got = append(got, a.Name)
		}
		assert.ElementsMatch(t, g.Directive.Attachments, got, "attachments")
	}
	eq("source.author", g.Source.Author, rec.Source.Author)
	eq("source.published", g.Source.Published, rec.Source.Published)
}

var evalPunct = regexp.MustCompile(`["'“”‘’«»()\[\]:;,.!?\s]+`)

// evalFold is the comparison of eval_directives.py: NFC, case folded,
// punctuation and spacing ignored; diacritics count.
func evalFold(s string) string {
	return strings.TrimSpace(evalPunct.ReplaceAllString(strings.ToLower(norm.NFC.String(s)), " "))
}

func parseFile(t *testing.T, path string) *directive.Record {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rec, err := Text(context.Background(), f, WithPath(filepath.Base(path)))
	require.NoError(t, err)
	return rec
}

// TestTextGold checks every text document of testdata/text against its
// hand-made gold record.
func TestTextGold(t *testing.T) {
	files, _ := filepath.Glob("testdata/text/*.txt")
	require.NotEmpty(t, files)
	for _, path := range files {
		goldPath := strings.TrimSuffix(path, ".txt") + ".gold.json"
		if _, err := os.Stat(goldPath); err != nil {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			checkGold(t, readGold(t, goldPath), parseFile(t, path))
		})
	}
}

// TestTextGolden compares whole records with testdata/text/*.golden.json;
// run with -update to rewrite them after a deliberate change.
func TestTextGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/text/*.txt")
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			rec := parseFile(t, path)
			got, err := json.MarshalIndent(rec, "", "  ")
			require.NoError(t, err)
			golden := strings.TrimSuffix(path, ".txt") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./parse -run TestTextGolden -update")
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

// TestTextNormalisation: NFD input gives the same record as NFC input.
func TestTextNormalisation(t *testing.T) {
	b, err := os.ReadFile("testdata/text/hungyen-ct08-2024.txt")
	require.NoError(t, err)
	nfc, err := Text(context.Background(), bytes.NewReader(b))
	require.NoError(t, err)
	nfd, err := Text(context.Background(), strings.NewReader(norm.NFD.String(string(b))))
	require.NoError(t, err)
	assert.Equal(t, nfc, nfd)
	crlf, err := Text(context.Background(), strings.NewReader(strings.ReplaceAll(string(b), "\n", "\r\n")))
	require.NoError(t, err)
	assert.Equal(t, nfc, crlf)
}

func TestTextErrors(t *testing.T) {
	ctx := context.Background()
	_, err := Text(ctx, strings.NewReader(""), WithPath("empty.txt"))
	assert.True(t, errors.Is(err, ErrEmpty), "%v", err)
	assert.Contains(t, err.Error(), "empty.txt")

	_, err = Text(ctx, bytes.NewReader([]byte{0x89, 'P', 'N', 'G', 0, 0, 0xff}))
	assert.True(t, errors.Is(err, ErrFormat), "%v", err)

	_, err = Text(ctx, strings.NewReader(strings.Repeat("a", 100)), WithMaxBytes(10))
	assert.True(t, errors.Is(err, ErrTooLarge), "%v", err)
	var ie *InputError
	assert.True(t, errors.As(err, &ie))

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	_, err = Text(cancelled, strings.NewReader("Chỉ thị số 08/CT-UBND"))
	assert.True(t, errors.Is(err, context.Canceled), "%v", err)
}

// TestTextNoInvention: a text that states nothing gives an empty record.
func TestTextNoInvention(t *testing.T) {
	rec, err := Text(context.Background(), strings.NewReader("Hôm nay trời đẹp.\nChúng tôi đi chơi."))
	require.NoError(t, err)
	d := rec.Directive
	assert.Empty(t, d.Kind)
	assert.Empty(t, d.Number)
	assert.Empty(t, d.Issued)
	assert.Empty(t, d.Signer)
	assert.Empty(t, d.Tasks)
	assert.Empty(t, d.Citations)
	assert.Empty(t, d.Campaigns)
	assert.Empty(t, rec.Source.Author)
}

func FuzzText(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/text/*.txt")
	for _, s := range seeds {
		b, _ := os.ReadFile(s)
		f.Add(string(b[:min(len(b), 2000)]))
	}
	f.Add("Số: 08/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 31 tháng 2 năm 2024\nCHỈ THỊ\n1.\na)\n- \nNơi nhận:\n- \nCHỦ TỊCH\nA B")
	f.Fuzz(func(t *testing.T, s string) {
		rec, err := Text(context.Background(), strings.NewReader(s), WithMaxBytes(1<<20))
		if err != nil {
			return
		}
		b, err := json.Marshal(rec)
		if err != nil || !utf8.Valid(b) {
			t.Fatalf("record does not marshal: %v", err)
		}
		if !norm.NFC.IsNormalString(rec.Directive.Title) {
			t.Fatalf("title not NFC: %q", rec.Directive.Title)
		}
	})
}

func BenchmarkText(b *testing.B) {
	files, _ := filepath.Glob("testdata/text/*.txt")
	var docs [][]byte
	var size int64
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(d))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Text(ctx, bytes.NewReader(d)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTextPathological runs inputs shaped to make a careless parser
// quadratic: each must stay in the order of the input's size.
func BenchmarkTextPathological(b *testing.B) {
	inputs := map[string]string{
		"continuations": "1. x\n2. y\n" + strings.Repeat("b\n", 300000),
		"open-quotes":   strings.Repeat("“", 200000) + "”",
		"numbers":       strings.Repeat("1/A ", 200000),
		"stt-lines":     strings.Repeat("STT\n1\n", 100000),
		"signatures":    strings.Repeat("Nguyễn Văn A\nCHỦ TỊCH\n", 50000),
		"named-laws":    strings.Repeat("Luật Thi đua, khen thưởng năm 2022 ", 30000),
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := Text(context.Background(), strings.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
