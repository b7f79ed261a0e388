package unipdf

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	"github.com/vnthidua/thidua/parse"
)

func haveKey() bool {
	return os.Getenv("UNIPDF_LICENSE_PATH") != "" || os.Getenv("UNIPDF_LICENSE_KEY") != "" || os.Getenv("UNIDOC_LICENSE_API_KEY") != ""
}

// TestUnlicensed runs offline without a key: New must refuse with
// ErrUnlicensed before any extraction.
func TestUnlicensed(t *testing.T) {
	if haveKey() {
		t.Skip("a unipdf licence is configured")
	}
	b, err := New(Config{})
	if !errors.Is(err, ErrUnlicensed) || b != nil {
		t.Fatalf("New() = %v, %v; want ErrUnlicensed", b, err)
	}
}

// TestLicensed reads the test directive when a licence is configured.
func TestLicensed(t *testing.T) {
	if !haveKey() {
		t.Skip("no unipdf licence (UNIPDF_LICENSE_PATH + UNIPDF_CUSTOMER_NAME or UNIDOC_LICENSE_API_KEY)")
	}
	b, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/pdf/a_chithi_unicode.pdf")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := parse.PDF(context.Background(), bytes.NewReader(data), int64(len(data)), parse.WithPDFBackend(b))
	if err != nil {
		t.Fatal(err)
	}
	if rec.Directive.Number != "08/CT-UBND" {
		t.Errorf("number = %q", rec.Directive.Number)
	}
}
