package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/vnthidua/thidua/directive"
)

// writeText prints a record for people: one field a line, Vietnamese
// labels first.
func writeText(w io.Writer, rec *directive.Record) error {
	d := rec.Directive
	var b strings.Builder
	line := func(label, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-28s %s\n", label+":", v)
		}
	}
	line("Nguồn / source", firstOf(rec.Source.URL, rec.Source.Path))
	line("Trang / site", rec.Source.Site)
	line("Tiêu đề / page title", rec.Source.Title)
	line("Ngày đăng / published", rec.Source.Published)
	line("Tác giả / author", rec.Source.Author)
	line("Loại / kind", strings.TrimSpace(d.Kind+" "+paren(d.KindName)))
	line("Số, ký hiệu / number", d.Number)
	line("Ngày ban hành / issued", d.Issued)
	line("Địa danh / place", d.Place)
	line("Cơ quan / issuer", strings.TrimSpace(d.Issuer.Name+" "+paren(string(d.Issuer.Level))))
	line("Tỉnh / province", d.Issuer.Province)
	line("Tỉnh hiện nay / now", d.Issuer.ProvinceCurrent)
	line("Người ký / signer", strings.TrimSpace(d.Signer.Name+" "+paren(d.Signer.Position)))
	line("Trích yếu / title", d.Title)
	for _, t := range d.Tasks {
		fmt.Fprintf(&b, "  nhiệm vụ %s %s\n", t.Label, clip(t.Text, 100))
		for _, s := range t.Items {
			fmt.Fprintf(&b, "    %s %s\n", s.Label, clip(s.Text, 96))
		}
	}
	for _, c := range d.Citations {
		fmt.Fprintf(&b, "  dẫn chiếu / cites: %s %s %s\n", c.Number, c.Issued, c.Issuer)
	}
	for _, c := range d.Campaigns {
		fmt.Fprintf(&b, "  phong trào / campaign: %s %s\n", c.Name, paren(c.ID))
	}
	for _, r := range d.Recipients {
		fmt.Fprintf(&b, "  nơi nhận / recipient: %s\n", r)
	}
	for _, a := range d.Attachments {
		fmt.Fprintf(&b, "  đính kèm / attachment: %s %s\n", a.Name, a.URL)
	}
	for _, s := range rec.Signatures {
		fmt.Fprintf(&b, "  chữ ký số / signature: %s (%s) intact=%v whole=%v\n", s.SignerCN, s.SigningTime, s.DigestOK, s.CoversWhole)
	}
	for _, x := range rec.Warnings {
		fmt.Fprintf(&b, "  cảnh báo / warning: %s\n", x)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func paren(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
