package dossier

import (
	"bytes"
	"errors"
	"testing"

	"github.com/vnthidua/thidua/nomination"
)

// FuzzRead: no workbook makes Read panic, hang or return anything but a
// dossier or a *CellError (or a reading error); a dossier read is one
// ValidateBatch can judge or refuse with an error Where places.
// Seeds: testdata/fuzz/FuzzRead (the hand-made office workbook, a bare
// one with ranges merged over rows, a truncated one); the workbooks Write
// makes (50 KB, most of it styles and the lists sheet) slow the fuzzer
// down and are left to the other tests.
func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Read(bytes.NewReader(b), WithMaxRows(2000), WithMaxCells(50000))
		if err != nil {
			var ce *CellError
			if !errors.As(err, &ce) {
				t.Fatalf("%T %v", err, err)
			}
			if !errors.Is(err, nomination.ErrInput) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		if _, err := nomination.ValidateBatch(&d.Batch); err != nil {
			if !errors.Is(d.Where(err), nomination.ErrInput) {
				t.Fatalf("%v", err)
			}
		}
	})
}
