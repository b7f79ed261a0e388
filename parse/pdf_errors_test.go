package parse

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
)

func readTestPDF(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPDFBroken reads the damaged copies of the corpus: each gives a clear
// error, or a full record where PDFium repairs the damage.
func TestPDFBroken(t *testing.T) {
	tests := []struct {
		file string
		want error // nil: read; says is then a warning it must give, or "" for a complete record
		says string
	}{
		{"bad_xref.pdf", nil, ""},                  // startxref past the end: the xref is rebuilt
		{"bitflip.pdf", nil, "text looks damaged"}, // flipped bits in fonts' Unicode maps: text read, garbled
		{"cycle.pdf", ErrEmpty, ""},                // page tree that contains itself
		{"empty.pdf", ErrEmpty, "empty"},
		{"header_only.pdf", ErrFormat, "damaged"},
		{"random.pdf", ErrFormat, "no %PDF- header"},
		{"truncated_half.pdf", ErrFormat, "damaged"},
		{"truncated_tail.pdf", ErrFormat, "damaged"},
		{"zeroed_streams.pdf", ErrEmpty, "no text layer"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b := readTestPDF(t, filepath.Join("broken", tt.file))
			rec, err := PDF(context.Background(), bytes.NewReader(b), int64(len(b)), WithPath(tt.file), WithOCR(false))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("err = %v, want a repaired record", err)
				}
				if tt.says != "" {
					if w := strings.Join(rec.Warnings, "\n"); !strings.Contains(w, tt.says) {
						t.Errorf("warnings = %q, want %q", w, tt.says)
					}
				} else if rec.Directive.Number != "08/CT-UBND" {
					t.Errorf("number = %q after repair", rec.Directive.Number)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Input != tt.file || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("err = %q: want an *InputError naming %s and saying %q", err, tt.file, tt.says)
			}
		})
	}
}

func TestPDFLimits(t *testing.T) {
	b := readTestPDF(t, "a_chithi_unicode.pdf")
	ctx := context.Background()
	if _, err := PDF(ctx, bytes.NewReader(b), int64(len(b)), WithMaxBytes(1000)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("max bytes: err = %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := PDF(cancelled, bytes.NewReader(b), int64(len(b))); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	// The backend still works after a cancelled call.
	if rec, err := PDF(ctx, bytes.NewReader(b), int64(len(b))); err != nil || rec.Directive.Number == "" {
		t.Errorf("after cancel: %v", err)
	}
}

// TestPDFMaxPages reads the first page of a 2-page directive: the
// header is there, a warning says that the second page was not read, and
// its signature block is missing; a limit of 2 reads the whole file.
func TestPDFMaxPages(t *testing.T) {
	b := readTestPDF(t, "a_chithi_unicode.pdf")
	ctx := context.Background()
	whole, err := PDF(ctx, bytes.NewReader(b), int64(len(b)), WithMaxPages(2))
	require.NoError(t, err)
	require.NotEmpty(t, whole.Directive.Signer.Name)
	for _, w := range whole.Warnings {
		assert.NotContains(t, w, "first")
	}
	rec, err := PDF(ctx, bytes.NewReader(b), int64(len(b)), WithMaxPages(1))
	require.NoError(t, err)
	assert.Contains(t, rec.Warnings, "chỉ đọc 1 trang đầu trong 2 trang / read only the first 1 of 2 pages (the page limit)")
	want, got := whole.Directive, rec.Directive
	assert.Equal(t, want.Number, got.Number)
	assert.Equal(t, want.Issued, got.Issued)
	assert.Equal(t, want.Issuer.Name, got.Issuer.Name)
	assert.Equal(t, want.Title, got.Title)
	assert.Empty(t, got.Signer.Name, "the signature is on page 2")
}

// TestPDFErrorsInWords reads the encrypted and the damaged copies: the
// error says what PDFium found in words, never as its numeric code
// ("4: invalid password", "3: incorrect format", "6: incorrect page").
func TestPDFErrorsInWords(t *testing.T) {
	code := regexp.MustCompile(`(^|: )\d: `)
	tests := []struct {
		file, says string
		want       error
	}{
		{"encrypted.pdf", "no password was given, or a wrong one", ErrEncrypted},
		{"broken/header_only.pdf", "PDFium found no valid header, cross-reference table or objects", ErrFormat},
		{"broken/truncated_half.pdf", "PDFium found no valid header, cross-reference table or objects", ErrFormat},
		{"broken/truncated_tail.pdf", "PDFium found no valid header, cross-reference table or objects", ErrFormat},
		{"broken/cycle.pdf", "page 2: its page object is missing or damaged", ErrEmpty},
	}
	for _, tt := range tests {
		b := readTestPDF(t, tt.file)
		_, err := PDF(context.Background(), bytes.NewReader(b), int64(len(b)), WithOCR(false))
		require.ErrorIs(t, err, tt.want, tt.file)
		assert.Contains(t, err.Error(), tt.says, tt.file)
		assert.NotRegexp(t, code, err.Error(), tt.file)
	}
}

// TestPDFEncrypted reads a copy that needs a user password (made with
// qpdf --encrypt user owner 256).
func TestPDFEncrypted(t *testing.T) {
	b := readTestPDF(t, "encrypted.pdf")
	_, err := PDF(context.Background(), bytes.NewReader(b), int64(len(b)), WithPath("encrypted.pdf"))
	if !errors.Is(err, ErrEncrypted) || !strings.Contains(err.Error(), "password") {
		t.Fatalf("err = %v, want ErrEncrypted", err)
	}
}

// TestPDFSignatures checks that the record lists both signatures of the
// signed copy, and that a changed byte breaks their digests.
func TestPDFSignatures(t *testing.T) {
	b := readTestPDF(t, "g_chithi.signed.pdf")
	rec, err := PDF(context.Background(), bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Signatures) != 2 {
		t.Fatalf("%d signatures, want 2", len(rec.Signatures))
	}
	s0, s1 := rec.Signatures[0], rec.Signatures[1]
	if s0.SignerCN != "Nguyễn Minh Khôi" || !s0.DigestOK || s0.CoversWhole || s0.Field != "ChuKyNguoiKy" || s0.SigningTime == "" {
		t.Errorf("first signature = %+v", s0)
	}
	if s1.SignerCN != "Ủy ban nhân dân tỉnh Hưng Yên" || !s1.DigestOK || !s1.CoversWhole || s1.Trusted != nil {
		t.Errorf("second signature = %+v", s1)
	}
	i := bytes.Index(b, []byte("/Producer"))
	b[i+11] ^= 1
	rec, err = PDF(context.Background(), bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range rec.Signatures {
		if s.DigestOK || s.Error == "" {
			t.Errorf("tampered: %+v", s)
		}
	}
}

// FuzzPDF feeds mutated PDFs to the whole PDF path: it must return a
// record or an error, never panic or hang.
func FuzzPDF(f *testing.F) {
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n4 0 obj << /Length 44 >> stream\nBT /F1 14 Tf 72 700 Td (CHI THI so 08) Tj ET\nendstream endobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"))
	f.Add(readTestPDF(f, "broken/cycle.pdf"))
	f.Add(readTestPDF(f, "broken/header_only.pdf"))
	f.Add([]byte("%PDF-1.7\n1 0 obj << /ByteRange [0 10 20 10] /Contents <3082> >> endobj\n%%EOF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10e9)
		defer cancel()
		rec, err := PDF(ctx, bytes.NewReader(b), int64(len(b)), WithOCR(false), WithMaxPages(20))
		if (rec == nil) == (err == nil) {
			t.Fatalf("record %v and error %v", rec, err)
		}
	})
}

// TestIssuedFromSignatures: a document whose page shows no day is dated
// by the signature of its signer, else of its issuing body, with a warning
// saying so; any other signature (a publishing centre's, usually a day or
// two after the date on the page) only bounds the day in a warning; a day
// read on the page is kept without a warning; a signature whose digest is
// broken is no evidence.
func TestIssuedFromSignatures(t *testing.T) {
	centre := directive.Signature{SignerCN: "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", SignerDN: "CN=TRUNG TÂM CÔNG BÁO VÀ TIN HỌC, OU=VĂN PHÒNG, O=ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", SigningTime: "2025-01-24T20:01:14Z", DigestOK: true}
	person := directive.Signature{SignerCN: "Phùng Tô Long", SigningTime: "2025-01-24T15:06:22+07:00", DigestOK: true}
	forged := directive.Signature{SignerCN: "Giả mạo", SigningTime: "2025-01-20T08:00:00+07:00", DigestOK: false}
	body := directive.Signature{SignerCN: "Ủy ban nhân dân tỉnh Quảng Ngãi", SignerDN: "CN=Ủy ban nhân dân tỉnh Quảng Ngãi, L=Quảng Ngãi, O=Tỉnh Quảng Ngãi, C=VN", SigningTime: "2025-01-23T17:00:00+07:00", DigestOK: true}
	office := directive.Signature{SignerCN: "Văn phòng Ủy ban nhân dân", SignerDN: "CN=Văn phòng Ủy ban nhân dân, L=Quảng Bình, O=Tỉnh Quảng Bình, C=VN", SigningTime: "2024-04-17T10:39:42+07:00", DigestOK: true}
	sigs := []directive.Signature{centre, person, forged}
	tests := []struct {
		name, issued   string
		signer, issuer string
		sigs           []directive.Signature
		want           string
		bound          string // the day the bounding warning gives, or "" for none
		from           string // the signature the filling warning names, or "" for none
	}{
		{"no day on the page", "", "", "", sigs, "", "issued on 2025-01-24 or before", ""},
		{"a day read on the page is kept", "2025-01-23", "Phùng Tô Long", "", sigs, "2025-01-23", "", ""},
		{"late UTC is the next day in Vietnam", "", "", "", sigs[:1], "", "issued on 2025-01-25 or before", ""},
		{"a broken digest is no evidence", "", "Giả mạo", "", sigs[2:], "", "", ""},
		{"no signature", "", "", "", nil, "", "", ""},
		{"the signer's own signature", "", "Phùng Tô Long", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", sigs, "2025-01-24", "", "of the signer (Phùng Tô Long) at 2025-01-24T15:06:22+07:00"},
		{"the signer's over the body's", "", "Phùng Tô Long", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", []directive.Signature{centre, body, person}, "2025-01-24", "", "of the signer (Phùng Tô Long)"},
		{"the issuing body's", "", "Nguyễn Văn A", "UBND TỈNH QUẢNG NGÃI", []directive.Signature{centre, body}, "2025-01-23", "", "of the issuing body (Ủy ban nhân dân tỉnh Quảng Ngãi) at 2025-01-23T17:00:00+07:00"},
		{"the body's office, its place in the certificate", "", "", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", []directive.Signature{office}, "2024-04-17", "", "of the issuing body (Văn phòng Ủy ban nhân dân)"},
		{"another province's committee", "", "", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", []directive.Signature{body}, "", "issued on 2025-01-23 or before", ""},
		{"the parent of the issuing body", "", "", "UBND TỈNH QUẢNG NGÃI BAN CHỈ ĐẠO 138", []directive.Signature{body, centre}, "", "issued on 2025-01-23 or before", ""},
		{"a body's broken signature", "", "", "UBND TỈNH QUẢNG NGÃI", []directive.Signature{{SignerCN: body.SignerCN, SigningTime: body.SigningTime}}, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &directive.Record{Directive: directive.Directive{Issued: tt.issued}, Signatures: tt.sigs}
			rec.Directive.Signer.Name = tt.signer
			rec.Directive.Issuer.Name = tt.issuer
			issuedFromSignatures(rec)
			assert.Equal(t, tt.want, rec.Directive.Issued)
			assert.Equal(t, tt.bound != "", hasWarning(rec, "earliest digital signature"), "%v", rec.Warnings)
			if tt.bound != "" {
				assert.True(t, hasWarning(rec, tt.bound), "%v", rec.Warnings)
			}
			assert.Equal(t, tt.from != "", hasWarning(rec, "is taken from the digital signature"), "%v", rec.Warnings)
			if tt.from != "" {
				assert.True(t, hasWarning(rec, tt.from), "%v", rec.Warnings)
			}
		})
	}
}

// TestIssuedFromRealSignatures dates real published PDFs whose day is
// written by hand from their own signatures, as the header names the
// issuer (the signatures are read from the files; no OCR): the tax
// department's own, the committee office's in a file with bytes before
// "%PDF-", the committee's own; not the province's committee signing
// for its steering committee (qd04, two days after the printed day), nor
// a publishing centre (ct07, the day after).
func TestIssuedFromRealSignatures(t *testing.T) {
	tests := []struct{ file, issuer, want string }{
		{"cucthue-cv2191-ctcs-2026", "BỘ TÀI CHÍNH CỤC THUẾ", "2026-04-08"},
		{"quangbinh-kh672-2024", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", "2024-04-17"},
		{"quangngai-ct16-2021", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "2021-12-27"},
		{"quangngai-qd04-bcd138-2025", "UBND TỈNH QUẢNG NGÃI BAN CHỈ ĐẠO 138", ""},
		{"quangngai-ct07-2018", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "realpdf", tt.file+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			rec := &directive.Record{Signatures: pdfSignatures(b, newConfig(nil))}
			rec.Directive.Issuer.Name = tt.issuer
			issuedFromSignatures(rec)
			assert.Equal(t, tt.want, rec.Directive.Issued, "%v", rec.Warnings)
		})
	}
}

// TestSigningTimeLocalClock: real signed files whose CMS signing time is
// the local clock marked UTC ("17:35:56Z" beside /M "+07'00'", and the
// stamp on the page "08.04.2026 17:35") keep the clock with +07:00, so
// the latest day of issue is the day on the stamp, not the next one.
func TestSigningTimeLocalClock(t *testing.T) {
	tests := []struct{ file, cn, time string }{
		{"cucthue-cv2191-ctcs-2026", "CỤC THUẾ", "2026-04-08T17:35:56+07:00"},
		{"quangngai-ct07-2018", "Trung tâm Công báo và Tin học", "2018-03-21T16:41:00+07:00"},
		{"quangngai-cv507-2025", "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", "2025-01-24T20:01:14+07:00"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "realpdf", tt.file+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range pdfSignatures(b, newConfig(nil)) {
				if s.SignerCN == tt.cn {
					got = append(got, s.SigningTime)
				}
			}
			assert.Equal(t, []string{tt.time}, got)
		})
	}
}
