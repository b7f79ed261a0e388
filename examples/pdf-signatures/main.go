// Command pdf-signatures reads a PDF directive and prints its record's
// digital signatures: who signed, when, whether the signed bytes are
// intact and whether the signature covers the whole file.
//
//	go run ./examples/pdf-signatures file.pdf [ca.pem]
//
// With a PEM file of certificate authorities (for example the root of Ban
// Cơ yếu Chính phủ), it also says whether each signature chains to one of
// them. No network is used.
package main

import (
	"context"
	"crypto/x509"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/parse"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: pdf-signatures FILE.pdf [CA.pem]")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	opts := []parse.Option{parse.WithPath(os.Args[1])}
	if len(os.Args) > 2 {
		pem, err := os.ReadFile(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			fmt.Fprintf(os.Stderr, "%s: no PEM certificate\n", os.Args[2])
			os.Exit(1)
		}
		opts = append(opts, parse.WithTrustPool(pool))
	}
	rec, err := parse.PDF(context.Background(), f, st.Size(), opts...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s %s (%s)\n", rec.Directive.KindName, rec.Directive.Number, rec.Directive.Issued)
	if len(rec.Signatures) == 0 {
		fmt.Println("không có chữ ký số / no digital signature")
	}
	for i, s := range rec.Signatures {
		fmt.Printf("\n%d. %s\n", i+1, s.Field)
		fmt.Printf("   người ký / signer:     %s\n", s.SignerCN)
		fmt.Printf("   DN:                    %s\n", s.SignerDN)
		fmt.Printf("   cấp bởi / issuer:      %s\n", s.Issuer)
		fmt.Printf("   số sê-ri / serial:     %s\n", s.Serial)
		fmt.Printf("   thời điểm / time:      %s\n", s.SigningTime)
		fmt.Printf("   lý do / reason:        %s\n", s.Reason)
		fmt.Printf("   toàn vẹn / digest ok:  %v\n", s.DigestOK)
		fmt.Printf("   phủ cả tệp / covers:   %v\n", s.CoversWhole)
		if s.Trusted != nil {
			fmt.Printf("   tin cậy / trusted:     %v\n", *s.Trusted)
		}
		if s.Error != "" {
			fmt.Printf("   lỗi / error:           %s\n", s.Error)
		}
	}
}
