package vnenc_test

import (
	"fmt"

	"github.com/vnthidua/thidua/internal/vnenc"
)

// A PDF text layer set in TCVN3 fonts: the font names tell the encoding
// and which lines are set in the all-capital font.
func Example() {
	spans := []struct{ font, text string }{
		{"ABCDEF+VnTimeH-Bold", "CHØ THÞ"},
		{"ABCDEF+VnTime", "VÒ viÖc ®Èy m¹nh phong trµo thi ®ua yªu n−íc"},
		{"ABCDEF+VnTime", "H−ng Yªn, ngµy 25 th¸ng 11 n¨m 2024"},
	}
	for _, s := range spans {
		e, upper := vnenc.FromFont(s.font)
		fmt.Println(vnenc.Decode(s.text, e, upper))
	}
	// Output:
	// CHỈ THỊ
	// Về việc đẩy mạnh phong trào thi đua yêu nước
	// Hưng Yên, ngày 25 tháng 11 năm 2024
}

// Without font names, Sniff tells the encoding from the text.
func ExampleSniff() {
	for _, s := range []string{
		"Vieät Nam",      // VNI read as Latin-1
		"N¬i nhËn:",      // TCVN3 read as Latin-1
		"Nơi nhận:",      // Unicode
		"Grüße aus Köln", // German
	} {
		e := vnenc.Sniff(s)
		fmt.Printf("%s: %s\n", e, vnenc.Decode(s, e, false))
	}
	// Output:
	// VNI: Việt Nam
	// TCVN3: Nơi nhận:
	// Unicode: Nơi nhận:
	// Unicode: Grüße aus Köln
}

func ExampleDecodeBytes() {
	// "Hưng Yên" in TCVN3 bytes.
	fmt.Println(vnenc.DecodeBytes([]byte("H\xadng Y\xaan"), vnenc.TCVN3, false))
	// Output: Hưng Yên
}

func ExampleFromFont() {
	for _, name := range []string{"ABCDEF+.VnTimeH", "VnTime-Bold", "VNI-Times", "TimesNewRomanPSMT"} {
		e, upper := vnenc.FromFont(name)
		fmt.Println(name, e, upper)
	}
	// Output:
	// ABCDEF+.VnTimeH TCVN3 true
	// VnTime-Bold TCVN3 false
	// VNI-Times VNI false
	// TimesNewRomanPSMT Unicode false
}

func ExampleEncode() {
	b, err := vnenc.Encode("Nơi nhận", vnenc.TCVN3, false)
	fmt.Printf("%q %v\n", b, err)
	_, err = vnenc.Encode("CHỈ THỊ", vnenc.TCVN3, false)
	fmt.Println(err)
	// Output:
	// "N\xaci nh\xcbn" <nil>
	// vnenc: bảng mã TCVN3 không có kí tự 'Ỉ' (U+1EC8) ở byte 2 / TCVN3 has no code for 'Ỉ' at byte 2
}
