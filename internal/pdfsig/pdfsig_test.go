package pdfsig

import (
	"bytes"
	"crypto/x509"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/smallstep/pkcs7"
)

func readSigned(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../../parse/testdata/pdf/g_chithi.signed.pdf")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRead(t *testing.T) {
	sigs := Read(readSigned(t), Options{})
	if len(sigs) != 2 {
		t.Fatalf("%d signatures, want 2", len(sigs))
	}
	want := []struct {
		field, cn, reason string
		whole             bool
	}{
		{"ChuKyNguoiKy", "Nguyễn Minh Khôi", "Ký ban hành", false}, // the second signature was added after it
		{"ChuKyCoQuan", "Ủy ban nhân dân tỉnh Hưng Yên", "Phát hành văn bản", true},
	}
	for i, w := range want {
		s := sigs[i]
		if s.Err != nil || !s.DigestOK {
			t.Errorf("signature %d: digest ok %v, err %v", i, s.DigestOK, s.Err)
		}
		if s.Field != w.field || s.SignerCN != w.cn || s.Reason != w.reason || s.CoversWhole != w.whole {
			t.Errorf("signature %d = %q %q %q whole=%v, want %q %q %q whole=%v", i, s.Field, s.SignerCN, s.Reason, s.CoversWhole, w.field, w.cn, w.reason, w.whole)
		}
		if !strings.Contains(s.Issuer, "CN=TEST CA phục vụ các cơ quan Nhà nước G2") || !strings.Contains(s.SignerDN, "CN="+w.cn) {
			t.Errorf("signature %d: issuer %q, signer DN %q", i, s.Issuer, s.SignerDN)
		}
		if s.SigningTime.IsZero() || s.Serial == "" || s.SubFilter != "adbe.pkcs7.detached" || s.Trusted != nil {
			t.Errorf("signature %d: time %v serial %q subfilter %q trusted %v", i, s.SigningTime, s.Serial, s.SubFilter, s.Trusted)
		}
	}
}

// TestTampered changes one signed byte, as make_signed.sh does: both
// digests must fail.
func TestTampered(t *testing.T) {
	b := readSigned(t)
	i := bytes.Index(b, []byte("/Producer"))
	if i < 0 {
		t.Fatal("no /Producer")
	}
	b[i+11] ^= 1
	for k, s := range Read(b, Options{}) {
		if s.DigestOK || s.Err == nil || !strings.Contains(s.Err.Error(), "digest") {
			t.Errorf("signature %d: digest ok %v, err %v; want a digest mismatch", k, s.DigestOK, s.Err)
		}
	}
}

// TestTrust checks the chain against a pool. The test file does not carry
// its CA, so the pool holds the signer's own certificate, which x509
// accepts as a chain of one; an empty pool must not trust it.
func TestTrust(t *testing.T) {
	b := readSigned(t)
	pool := x509.NewCertPool()
	for _, m := range byteRangeRe.FindAllIndex(b, -1) {
		start, end, _ := enclosingObject(b, m[0])
		d, err := parseDict(b[start:end])
		if err != nil {
			t.Fatal(err)
		}
		p7, err := pkcs7.Parse(trimDER([]byte(d.str("Contents"))))
		if err != nil {
			t.Fatal(err)
		}
		pool.AddCert(p7.GetOnlySigner())
	}
	for _, s := range Read(b, Options{Roots: pool}) {
		if s.Trusted == nil || !*s.Trusted {
			t.Errorf("%s: not trusted by a pool holding its certificate", s.Field)
		}
	}
	for _, s := range Read(b, Options{Roots: x509.NewCertPool()}) {
		if s.Trusted == nil || *s.Trusted {
			t.Errorf("%s: trusted by an empty pool", s.Field)
		}
	}
}

func TestPDFDate(t *testing.T) {
	tm, ok := pdfDate("D:20241125083000+07'00'")
	if !ok || tm.UTC().Format("2006-01-02T15:04:05Z") != "2024-11-25T01:30:00Z" {
		t.Errorf("pdfDate = %v %v", tm, ok)
	}
	if _, ok := pdfDate("D:"); ok {
		t.Error("empty date parsed")
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte("1 0 obj << /ByteRange [0 10 20 10] /Contents <3082> /M (D:2024) >> endobj"))
	f.Add([]byte("5 0 obj << /FT /Sig /T (A) /V 6 0 R >> endobj 6 0 obj << /ByteRange [0 1 2 3] /Contents (x\\) >> endobj"))
	f.Add([]byte("1 0 obj << /ByteRange [0 99999999999 0 0] /Contents <00> >>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, s := range Read(b, Options{}) {
			if s.DigestOK && s.Err != nil {
				t.Fatal("digest ok with an error")
			}
		}
	})
}

func Example() {
	b, err := os.ReadFile("../../parse/testdata/pdf/g_chithi.signed.pdf")
	if err != nil {
		panic(err)
	}
	for _, s := range Read(b, Options{}) {
		fmt.Printf("%s: %s, digest ok %v, covers the whole file %v\n", s.Field, s.SignerCN, s.DigestOK, s.CoversWhole)
	}
	// Output:
	// ChuKyNguoiKy: Nguyễn Minh Khôi, digest ok true, covers the whole file false
	// ChuKyCoQuan: Ủy ban nhân dân tỉnh Hưng Yên, digest ok true, covers the whole file true
}

// TestSigningTime: the CMS time wins over /M, except when it is /M's
// clock marked UTC (what Vietnamese signing tools write); then /M's zone
// is kept with the CMS clock.
func TestSigningTime(t *testing.T) {
	vn := time.FixedZone("", 7*3600)
	m := time.Date(2018, 3, 21, 16, 41, 0, 0, vn)
	tests := []struct {
		name   string
		cms, m time.Time
		want   string
	}{
		{"local clock marked UTC", time.Date(2018, 3, 21, 16, 41, 0, 0, time.UTC), m, "2018-03-21T16:41:00+07:00"},
		{"seconds apart", time.Date(2018, 3, 21, 16, 41, 30, 0, time.UTC), m, "2018-03-21T16:41:30+07:00"},
		{"true UTC", time.Date(2018, 3, 21, 9, 41, 0, 0, time.UTC), m, "2018-03-21T09:41:00Z"},
		{"no /M", time.Date(2018, 3, 21, 16, 41, 0, 0, time.UTC), time.Time{}, "2018-03-21T16:41:00Z"},
		{"/M in UTC", time.Date(2018, 3, 21, 16, 41, 0, 0, time.UTC), m.UTC(), "2018-03-21T16:41:00Z"},
		{"CMS with a zone", time.Date(2018, 3, 21, 16, 41, 0, 0, vn), m, "2018-03-21T16:41:00+07:00"},
		{"an hour apart", time.Date(2018, 3, 21, 17, 41, 0, 0, time.UTC), m, "2018-03-21T17:41:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := signingTime(tt.cms, tt.m).Format(time.RFC3339); got != tt.want {
				t.Errorf("signingTime = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestPrefixBeforeHeader reads signed files with bytes put before "%PDF-"
// after signing, as a portal served quangbinh-kh672-2024.pdf (21 bytes):
// the ranges count from "%PDF-", and the signatures must still verify.
func TestPrefixBeforeHeader(t *testing.T) {
	junk := []byte("u\xabZ\x01\xaai\x96'\x1a\xb6*'\xfe\x97_\x01\xb6\xac{\xae\x00")
	b := append(append([]byte(nil), junk...), readSigned(t)...)
	sigs := Read(b, Options{})
	if len(sigs) != 2 {
		t.Fatalf("%d signatures, want 2", len(sigs))
	}
	for i, s := range sigs {
		if s.Err != nil || !s.DigestOK {
			t.Errorf("generated file, signature %d: digest ok %v, err %v", i, s.DigestOK, s.Err)
		}
	}
	if !sigs[1].CoversWhole {
		t.Error("generated file: the last signature no longer covers the whole file")
	}

	real, err := os.ReadFile("../../parse/testdata/realpdf/quangbinh-kh672-2024.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(real[21:], []byte("%PDF-")) {
		t.Fatal("quangbinh-kh672-2024.pdf no longer has its 21-byte prefix")
	}
	sigs = Read(real, Options{})
	if len(sigs) != 1 || !sigs[0].DigestOK || sigs[0].Err != nil {
		t.Fatalf("quangbinh-kh672-2024.pdf: %+v, want one intact signature", sigs)
	}
	if got := sigs[0].SignerCN; got != "Văn phòng Ủy ban nhân dân" {
		t.Errorf("signer %q", got)
	}

}
