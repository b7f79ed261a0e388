//go:build ignore

// vni reads lines of Unicode text on stdin and writes each in the VNI
// encoding, as the Windows-1252 characters of its bytes (what a document
// typed in VNI-Times holds). Run from the module root:
// go run ./parse/testdata/pdf/gen/vni.go < in.txt > out.txt
// With -table it writes, for each byte from 0x80, the byte, what it means
// alone and what it means after "a" and "A" (for the font builder).
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/internal/vnenc"
	"golang.org/x/text/encoding/charmap"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-table" {
		table()
		return
	}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		b, err := vnenc.Encode(sc.Text(), vnenc.VNI, false)
		if err != nil {
			fmt.Fprintln(os.Stderr, "vni:", err)
			os.Exit(1)
		}
		s, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			fmt.Fprintln(os.Stderr, "vni:", err)
			os.Exit(1)
		}
		w.Write(s)
		w.WriteByte('\n')
	}
}

func table() {
	for b := 0x80; b < 0x100; b++ {
		c, err := charmap.Windows1252.NewDecoder().Bytes([]byte{byte(b)})
		if err != nil || len(c) == 0 {
			continue
		}
		fmt.Printf("%02X\t%s\t%s\t%s\n", b, vnenc.DecodeBytes([]byte{byte(b)}, vnenc.VNI, false),
			vnenc.DecodeBytes([]byte{'a', byte(b)}, vnenc.VNI, false), vnenc.DecodeBytes([]byte{'A', byte(b)}, vnenc.VNI, false))
	}
}
