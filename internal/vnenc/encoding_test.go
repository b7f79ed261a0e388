package vnenc

import "testing"

func TestFromFont(t *testing.T) {
	tests := []struct {
		name  string
		e     Encoding
		upper bool
	}{
		{".VnTime", TCVN3, false},
		{".VnTimeH", TCVN3, true},
		{".VnArial", TCVN3, false},
		{".VnArialH", TCVN3, true},
		{".VnArial Narrow", TCVN3, false},
		{".VnArial NarrowH", TCVN3, true},
		{".VnBook-Antiqua", TCVN3, false},
		{".VnBook-AntiquaH", TCVN3, true},
		{".VnTime,Bold", TCVN3, false},
		{".VnTimeH,BoldItalic", TCVN3, true},
		{".vntime", TCVN3, false},
		// The names the PDF backends reported (pdf-backends.md §4).
		{"VnTime", TCVN3, false},
		{"VnTimeH", TCVN3, true},
		{"VnTime-Bold", TCVN3, false},
		{"VnTimeH-Bold", TCVN3, true},
		{"ABCDEF+VnTime", TCVN3, false},
		{"QWERTY+VnTimeH-Bold", TCVN3, true},
		{"ABCDEF+.VnTime", TCVN3, false},
		{"ABCDEF+.VnTimeH", TCVN3, true},
		{"#2EVnTimeH", TCVN3, true},
		{"VnTimeH-BoldItalic", TCVN3, true},
		{" .VnTime ", TCVN3, false},
		{"\".VnTimeH\"", TCVN3, true},
		{"'VNI-Times'", VNI, false},
		{"ABC Times", TCVN3, false},
		{"ABC-TimesH", TCVN3, true},

		{"VNI-Times", VNI, false},
		{"VNI-Helve", VNI, false},
		{"VNI-Helve-Condense", VNI, false},
		{"VNI-Times-Bold", VNI, false},
		{"VNI-TimesH", VNI, false},
		{"ABCDEF+VNI-Times", VNI, false},
		{"VNI Times", VNI, false},
		{"VNI_Times", VNI, false},
		{"VNITimes", VNI, false},
		{"vni-times", VNI, false},

		{"Times New Roman", Unicode, false},
		{"ABCDEF+TimesNewRomanPSMT", Unicode, false},
		{"ArialMT", Unicode, false},
		{"Verdana", Unicode, false},
		{"Vn", Unicode, false},
		{"Vnexpress", Unicode, false},
		{"VNI", Unicode, false},
		{"VNI-", Unicode, false},
		{"VNINFO", Unicode, false},
		{"ABCDEF", Unicode, false},
		{"ABCSans", Unicode, false},
		{"", Unicode, false},
	}
	for _, tt := range tests {
		e, upper := FromFont(tt.name)
		if e != tt.e || upper != tt.upper {
			t.Errorf("FromFont(%q) = %v, %v; want %v, %v", tt.name, e, upper, tt.e, tt.upper)
		}
	}
}

func TestEncodingString(t *testing.T) {
	for e, want := range map[Encoding]string{
		Unicode: "Unicode", TCVN3: "TCVN3", VNI: "VNI", 7: "Encoding(7)", -1: "Encoding(-1)",
	} {
		if got := e.String(); got != want {
			t.Errorf("Encoding(%d).String() = %q, want %q", int(e), got, want)
		}
	}
}
