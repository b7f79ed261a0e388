package parse

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vnthidua/thidua/internal/vnenc"
	"github.com/vnthidua/thidua/parse/pdf"
)

type fontEncoding struct {
	enc   vnenc.Encoding
	upper bool
	by    string // "tên phông / font name" or "tần suất ký tự / character frequency"
}

// legacyDecoder finds the fonts of pages that hold legacy TCVN3 or VNI
// text, by font name (".VnTime", ".VnTimeH" = capitals, "VNI-Times") and,
// for fonts whose name says nothing, by the characters they hold
// (vnenc.Sniff). It returns the function that decodes a run of one font,
// or nil when every font is Unicode, and records a warning per encoding.
func legacyDecoder(pages []*pdf.Page, doc *document) func(text, font string) string {
	texts := map[string]*strings.Builder{}
	for _, p := range pages {
		if p == nil {
			continue
		}
		for _, ch := range p.Chars {
			b := texts[ch.Font]
			if b == nil {
				b = &strings.Builder{}
				texts[ch.Font] = b
			}
			if b.Len() < 64<<10 {
				b.WriteRune(ch.R)
			}
		}
	}
	table := map[string]fontEncoding{}
	for font, b := range texts {
		if e, up := vnenc.FromFont(font); e != vnenc.Unicode {
			table[font] = fontEncoding{e, up, "tên phông / font name"}
			continue
		}
		if e := vnenc.Sniff(b.String()); e != vnenc.Unicode {
			table[font] = fontEncoding{e, false, "tần suất ký tự / character frequency"}
		}
	}
	if len(table) == 0 {
		return nil
	}
	// One warning per encoding and way of detection, naming the fonts.
	groups := map[string][]string{}
	for f, fe := range table {
		if f == "" {
			f = "(không tên / unnamed)"
		}
		k := fe.enc.String() + "\x00" + fe.by
		groups[k] = append(groups[k], f)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		enc, by, _ := strings.Cut(k, "\x00")
		fonts := groups[k]
		sort.Strings(fonts)
		list := strings.Join(fonts, ", ")
		doc.warnings = append(doc.warnings, fmt.Sprintf("chữ mã %s đã chuyển sang Unicode (nhận biết theo %s) / text in %s decoded to Unicode: %s", enc, by, enc, list))
	}
	return func(text, font string) string {
		fe, ok := table[font]
		if !ok {
			return text
		}
		return vnenc.Decode(text, fe.enc, fe.upper)
	}
}
