package pdfsig

import (
	"bytes"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/smallstep/pkcs7"
)

// Signature is one digital signature of a PDF file.
type Signature struct {
	Field       string    // name of the signature field (/T), when found
	SubFilter   string    // adbe.pkcs7.detached, ETSI.CAdES.detached, adbe.pkcs7.sha1
	Reason      string    // /Reason
	Location    string    // /Location
	Name        string    // /Name, the signer as the signing software wrote it
	SignerCN    string    // common name of the signer's certificate
	SignerDN    string    // distinguished name of the signer
	Issuer      string    // distinguished name of the certificate's issuer
	Serial      string    // serial number of the certificate, hex
	SigningTime time.Time // CMS signing-time attribute, else /M (see signingTime); zero if neither
	ByteRange   [4]int64  // the signed ranges: offset, length, offset, length
	DigestOK    bool      // the signed bytes hash to the signed digest and the signature verifies
	CoversWhole bool      // the signed ranges reach the end of the file
	Trusted     *bool     // chains to Options.Roots; nil when no roots were given
	Err         error     // what went wrong while checking, if anything
}

// Options change how signatures are checked.
type Options struct {
	// Roots are the certificate authorities a signature must chain to for
	// Trusted to be true. Nil leaves Trusted nil.
	Roots *x509.CertPool
}

// maxSignatures bounds the signatures read from one file.
const maxSignatures = 64

var byteRangeRe = regexp.MustCompile(`/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]`)

// Read returns the signatures of the PDF file data, in file order. It never
// fails: a signature that cannot be checked has Err set.
func Read(data []byte, opt Options) []Signature {
	var out []Signature
	fields := fieldNames(data)
	seen := map[int]bool{}
	for _, m := range byteRangeRe.FindAllSubmatchIndex(data, maxSignatures*4) {
		if len(out) == maxSignatures {
			break
		}
		start, end, num := enclosingObject(data, m[0])
		if start < 0 || seen[start] {
			continue
		}
		d, err := parseDict(data[start:end])
		if err != nil {
			continue
		}
		if _, ok := d["Contents"]; !ok {
			continue
		}
		seen[start] = true
		s := Signature{Field: fields[num]}
		for i := range 4 {
			s.ByteRange[i], _ = strconv.ParseInt(string(data[m[2+2*i]:m[3+2*i]]), 10, 64)
		}
		s.SubFilter = strings.TrimPrefix(d.str("SubFilter"), "/")
		s.Reason, s.Location, s.Name = text(d.str("Reason")), text(d.str("Location")), text(d.str("Name"))
		if t, ok := pdfDate(d.str("M")); ok {
			s.SigningTime = t
		}
		s.Err = check(&s, signedView(data, s.ByteRange), []byte(d.str("Contents")), opt)
		out = append(out, s)
	}
	return out
}

// signedView returns the bytes a signature's ranges count in. That is the
// file, except when bytes were put before "%PDF-" after signing (portals
// have served signed files with a 21-byte prefix): the PDF's own offsets,
// ranges included, then count from "%PDF-", and the gap between the two
// ranges, which must open on the hex string "<" of /Contents, lands there
// only in the file from "%PDF-" on.
func signedView(data []byte, br [4]int64) []byte {
	gap := br[0] + br[1]
	if gap < 0 || gap >= int64(len(data)) || data[gap] == '<' {
		return data
	}
	base := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if base <= 0 || gap >= int64(len(data)-base) || data[int64(base)+gap] != '<' {
		return data
	}
	return data[base:]
}

func check(s *Signature, data, contents []byte, opt Options) error {
	br := s.ByteRange
	n := int64(len(data))
	if br[0] < 0 || br[1] < 0 || br[2] < br[0]+br[1] || br[3] < 0 || br[0]+br[1] > n || br[2]+br[3] > n {
		return fmt.Errorf("byte range %v outside the file of %d bytes", br, n)
	}
	rest := bytes.TrimRight(data[br[2]+br[3]:], "\r\n\t \x00")
	s.CoversWhole = br[0] == 0 && len(rest) == 0
	signed := append(append([]byte(nil), data[br[0]:br[0]+br[1]]...), data[br[2]:br[2]+br[3]]...)
	der := trimDER(contents)
	p7, err := pkcs7.Parse(der)
	if err != nil {
		return fmt.Errorf("PKCS#7 signature unreadable: %w", err)
	}
	cert := p7.GetOnlySigner()
	if cert == nil && len(p7.Certificates) > 0 {
		cert = p7.Certificates[0]
	}
	if cert != nil {
		s.SignerCN = cert.Subject.CommonName
		s.SignerDN = dn(cert.Subject)
		s.Issuer = dn(cert.Issuer)
		s.Serial = strings.ToUpper(cert.SerialNumber.Text(16))
	}
	var st time.Time
	if err := p7.UnmarshalSignedAttribute(pkcs7.OIDAttributeSigningTime, &st); err == nil && !st.IsZero() {
		s.SigningTime = signingTime(st, s.SigningTime)
	}
	if s.SubFilter == "adbe.pkcs7.sha1" {
		sum := sha1.Sum(signed)
		if !bytes.Equal(p7.Content, sum[:]) {
			return errors.New("message digest mismatch: the file was changed after signing")
		}
	} else {
		p7.Content = signed
	}
	if err := p7.Verify(); err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "digest") {
			return fmt.Errorf("message digest mismatch: the file was changed after signing (%v)", err)
		}
		return fmt.Errorf("signature does not verify: %w", err)
	}
	s.DigestOK = true
	if opt.Roots != nil {
		at := s.SigningTime
		if at.IsZero() {
			at = time.Now()
		}
		ok := p7.VerifyWithChainAtTime(opt.Roots, at) == nil
		s.Trusted = &ok
	}
	return nil
}

// signingTime chooses between the CMS signing-time attribute cms, which
// is signed, and the signature dictionary's /M time m, which is not: cms,
// except when cms in UTC shows the same clock, to the minute, as m in
// m's own zone and that zone is not UTC. Then the signing software wrote
// the local time into the UTCTime as if it were UTC, and m's zone is the
// right one. Vietnamese signing tools do this: on every real signed file
// of parse/testdata/realpdf whose CMS time is UTC, it is /M's clock
// ("2018-03-21 16:41:00Z" beside "D:20180321164100+07'00'"), and the stamp
// printed on the page shows that clock with +07:00. Read as UTC, such a
// signature would move seven hours on, past midnight for one signed at
// 17:35.
func signingTime(cms, m time.Time) time.Time {
	if m.IsZero() {
		return cms
	}
	if _, off := cms.Zone(); off != 0 {
		return cms
	}
	if _, off := m.Zone(); off == 0 {
		return cms
	}
	wall := time.Date(cms.Year(), cms.Month(), cms.Day(), cms.Hour(), cms.Minute(), cms.Second(), cms.Nanosecond(), m.Location())
	if d := wall.Sub(m); d > time.Minute || d < -time.Minute {
		return cms
	}
	return wall
}

// trimDER cuts the zero padding after the DER blob of /Contents.
func trimDER(b []byte) []byte {
	var raw asn1.RawValue
	if rest, err := asn1.Unmarshal(b, &raw); err == nil {
		return b[:len(b)-len(rest)]
	}
	return b
}

var attrNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O", "2.5.4.11": "OU",
	"2.5.4.12": "title", "2.5.4.5": "serialNumber", "2.5.4.9": "street", "1.2.840.113549.1.9.1": "E",
	"0.9.2342.19200300.100.1.1": "UID", "2.5.4.4": "SN", "2.5.4.42": "GN",
}

// dn writes a distinguished name most specific part first, as RFC 4514
// does, with readable values for the attributes Vietnamese certificates
// use (title, UID) instead of hex.
func dn(n pkix.Name) string {
	parts := make([]string, 0, len(n.Names))
	for i := len(n.Names) - 1; i >= 0; i-- {
		a := n.Names[i]
		k := attrNames[a.Type.String()]
		if k == "" {
			k = a.Type.String()
		}
		v := fmt.Sprint(a.Value)
		if b, ok := a.Value.([]byte); ok {
			v = hex.EncodeToString(b)
		}
		parts = append(parts, k+"="+strings.NewReplacer(",", `\,`, "+", `\+`).Replace(v))
	}
	return strings.Join(parts, ", ")
}

// text makes a decoded PDF string valid UTF-8: strings without a byte
// order mark are PDFDocEncoding, close enough to Latin-1 for names.
func text(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	r := make([]rune, len(s))
	for i := range len(s) {
		r[i] = rune(s[i])
	}
	return string(r)
}

var objRe = regexp.MustCompile(`(\d{1,10})\s+\d{1,5}\s+obj\b`)

// enclosingObject finds the indirect object around offset at: its
// dictionary's bounds and its object number.
func enclosingObject(data []byte, at int) (start, end, num int) {
	from := max(0, at-64<<10)
	ms := objRe.FindAllSubmatchIndex(data[from:at], -1)
	if len(ms) == 0 {
		return -1, -1, 0
	}
	m := ms[len(ms)-1]
	num, _ = strconv.Atoi(string(data[from+m[2] : from+m[3]]))
	start = bytes.Index(data[from+m[1]:at], []byte("<<"))
	if start < 0 {
		return -1, -1, 0
	}
	start += from + m[1]
	end = bytes.Index(data[at:], []byte("endobj"))
	if end < 0 {
		end = len(data) - at
	}
	return start, at + end, num
}

var sigValueRe = regexp.MustCompile(`/V\s+(\d{1,10})\s+\d{1,5}\s+R`)

// fieldNames maps the object number of each signature value to the name
// of its field.
func fieldNames(data []byte) map[int]string {
	out := map[int]string{}
	for i, m := range sigValueRe.FindAllSubmatchIndex(data, 1024) {
		_ = i
		start, end, _ := enclosingObject(data, m[0])
		if start < 0 {
			continue
		}
		d, err := parseDict(data[start:end])
		if err != nil || d.str("FT") != "/Sig" {
			continue
		}
		num, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		out[num] = text(d.str("T"))
	}
	return out
}
