package pdf_test

import (
	"context"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/parse/pdf"
)

func Example() {
	data, err := os.ReadFile("../testdata/pdf/a_chithi_unicode.pdf")
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	doc, err := pdf.Default().Open(ctx, data)
	if err != nil {
		panic(err)
	}
	defer doc.Close()
	page, err := doc.Page(ctx, 0)
	if err != nil {
		panic(err)
	}
	first := page.Chars[0]
	fmt.Printf("%d pages; %q in %s %.0f pt at x=%.0f\n", doc.NumPages(), first.R, first.Font, first.Size, first.Left)
	// Output:
	// 2 pages; 'Ủ' in LiberationSerif 13 pt at x=114
}
