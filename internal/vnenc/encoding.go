package vnenc

import (
	"strconv"
	"strings"
)

// Encoding is a legacy Vietnamese text encoding.
type Encoding int

// The encodings this package knows.
const (
	// Unicode is text that needs no conversion.
	Unicode Encoding = iota
	// TCVN3 is TCVN 5712:1993 VN3, the encoding of the ABC fonts
	// (".VnTime", ".VnArial", …).
	TCVN3
	// VNI is the VNI for Windows encoding of the VNI fonts ("VNI-Times",
	// "VNI-Helve", …).
	VNI
)

// String returns the usual name of the encoding: "Unicode", "TCVN3" or
// "VNI".
func (e Encoding) String() string {
	switch e {
	case Unicode:
		return "Unicode"
	case TCVN3:
		return "TCVN3"
	case VNI:
		return "VNI"
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

// FromFont tells the encoding that a font name implies, and whether the
// font draws every letter as a capital.
//
// Names of the ABC fonts (".VnTime", ".VnArial Narrow", "VnTime" without
// the dot, and "ABC …") mean TCVN3; upper is true for their all-capital
// variants, whose names end in "H" (".VnTimeH", ".VnArialH",
// ".VnTimeH-Bold"). Names of the VNI fonts ("VNI-Times", "VNI-Helve",
// "VNI Times") mean VNI. A PDF subset tag ("ABCDEF+.VnTime"), a PDF name
// escape for the dot ("#2EVnTime") and style suffixes (",Bold", "-Italic")
// are allowed, and so are the quotes of CSS ("'VNI-Times'"). FromFont
// takes one name: split a CSS font-family list and try each name in turn.
// Any other name gives Unicode.
func FromFont(name string) (e Encoding, upper bool) {
	name = strings.Trim(name, " \t\r\n\"'")
	name = stripSubset(name)
	if strings.HasPrefix(name, "#2E") || strings.HasPrefix(name, "#2e") {
		name = "." + name[3:]
	}
	switch {
	case isVNIName(name):
		return VNI, false
	case isTCVN3Name(name):
		return TCVN3, strings.HasSuffix(stripStyle(name), "H")
	}
	return Unicode, false
}

// stripSubset removes a PDF subset tag: six upper-case letters and "+".
func stripSubset(name string) string {
	if len(name) < 7 || name[6] != '+' {
		return name
	}
	for i := range 6 {
		if name[i] < 'A' || name[i] > 'Z' {
			return name
		}
	}
	return name[7:]
}

// styleSuffixes are the style words that PDF producers append to a font
// name, longest first.
var styleSuffixes = []string{
	"BoldItalic", "BoldOblique", "Italic", "Oblique", "Bold", "Regular",
	"Roman", "Normal", "PSMT", "MT", "PS",
}

// stripStyle removes a ",Style" part and trailing style words with their
// separators from a font name.
func stripStyle(name string) string {
	if i := strings.IndexByte(name, ','); i >= 0 {
		name = name[:i]
	}
	for {
		trimmed := strings.TrimRight(name, " -_")
		for _, s := range styleSuffixes {
			if len(trimmed) > len(s) && strings.EqualFold(trimmed[len(trimmed)-len(s):], s) {
				trimmed = trimmed[:len(trimmed)-len(s)]
				break
			}
		}
		trimmed = strings.TrimRight(trimmed, " -_")
		if trimmed == name {
			return name
		}
		name = trimmed
	}
}

func isVNIName(name string) bool {
	if len(name) < 4 || !strings.EqualFold(name[:3], "VNI") {
		return false
	}
	switch c := name[3]; {
	case c == '-' || c == '_' || c == ' ':
		return len(name) > 4
	case c >= 'A' && c <= 'Z':
		// "VNITimes": a capital then a small letter.
		return len(name) > 4 && name[4] >= 'a' && name[4] <= 'z'
	}
	return false
}

func isTCVN3Name(name string) bool {
	switch {
	case len(name) > 3 && name[0] == '.' && strings.EqualFold(name[1:3], "Vn"):
		return true
	case len(name) > 2 && name[0] == 'V' && name[1] == 'n' && name[2] >= 'A' && name[2] <= 'Z':
		// "VnTime": the dot dropped by the producer.
		return true
	case len(name) >= 3 && name[:3] == "ABC":
		return len(name) == 3 || strings.IndexByte(" -_.", name[3]) >= 0
	}
	return false
}
