package parse_test

import (
	"context"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/parse"
)

func ExamplePDF() {
	f, err := os.Open("testdata/pdf/g_chithi.signed.pdf")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	rec, err := parse.PDF(context.Background(), f, st.Size(), parse.WithPath("g_chithi.signed.pdf"))
	if err != nil {
		panic(err)
	}
	d := rec.Directive
	fmt.Println(d.Kind, d.Number, d.Issued, d.Signer.Name)
	for _, s := range rec.Signatures {
		fmt.Println(s.Field, s.SignerCN, s.DigestOK, s.CoversWhole)
	}
	// Output:
	// CT 08/CT-UBND 2024-11-25 Nguyễn Minh Khôi
	// ChuKyNguoiKy Nguyễn Minh Khôi true false
	// ChuKyCoQuan Ủy ban nhân dân tỉnh Hưng Yên true true
}
