package vnenc

import (
	"os"
	"testing"
)

func benchFile(b *testing.B, name string) []byte {
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkDecodeTCVN3(b *testing.B) {
	s := latin1(benchFile(b, "testdata/hungyen.tcvn3"))
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Decode(s, TCVN3, false)
	}
}

func BenchmarkDecodeVNI(b *testing.B) {
	s := latin1(benchFile(b, "testdata/hungyen.vni"))
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Decode(s, VNI, false)
	}
}

func BenchmarkDecodeBytesTCVN3(b *testing.B) {
	data := benchFile(b, "testdata/hungyen.tcvn3")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		DecodeBytes(data, TCVN3, false)
	}
}

func BenchmarkSniffTCVN3(b *testing.B) {
	s := latin1(benchFile(b, "testdata/hungyen.tcvn3"))
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sniff(s)
	}
}

func BenchmarkSniffUnicode(b *testing.B) {
	s := string(benchFile(b, "testdata/hungyen.txt"))
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sniff(s)
	}
}
