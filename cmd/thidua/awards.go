package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/vnthidua/thidua/nomination"
)

func init() {
	register(command{
		name:  "awards",
		usage: "[--lang vi|en] [--format text|json]   danh mục danh hiệu, hình thức khen thưởng / the catalogue of titles and awards",
		run:   runAwards,
	})
}

func runAwards(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("awards", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "vi", "language: vi or en")
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *lang != "vi" && *lang != "en" {
		fmt.Fprintf(stderr, "thidua awards: ngôn ngữ không hỗ trợ / unsupported --lang %q (vi, en)\n", *lang)
		return 2
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(stderr, "thidua awards: không nhận đối số / takes no arguments")
		return 2
	}
	cat := nomination.Default()
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(cat); err != nil {
			fmt.Fprintf(stderr, "thidua awards: %v\n", err)
			return 2
		}
		return 0
	case "text":
	default:
		fmt.Fprintf(stderr, "thidua awards: định dạng không hỗ trợ / unsupported --format %q (text, json)\n", *format)
		return 2
	}
	var b strings.Builder
	for _, a := range cat.Awards {
		criteria := a.CriteriaVi
		labels := [...]string{"Đối tượng", "Thẩm quyền", "Tiêu chuẩn", "Căn cứ từ 2024", "Căn cứ trước 2024", "Tình trạng kiểm chứng"}
		if *lang == "en" {
			criteria = a.CriteriaEn
			labels = [...]string{"Recipients", "Conferred by", "Criteria", "Basis from 2024", "Basis before 2024", "Verification"}
		}
		recipients := make([]string, 0, len(a.Recipients))
		for _, r := range a.Recipients {
			recipients = append(recipients, awardLabel(r, *lang))
		}
		fmt.Fprintf(&b, "%s  %s\n", a.Code, a.Name(*lang))
		fmt.Fprintf(&b, "  %s: %s\n", labels[0], strings.Join(recipients, ", "))
		fmt.Fprintf(&b, "  %s: %s\n", labels[1], awardLabel(a.Conferrer, *lang))
		fmt.Fprintf(&b, "  %s: %s\n", labels[2], criteria)
		for i, reg := range []string{nomination.Regime2022, nomination.Regime2013} {
			cites := make([]string, 0, len(a.Basis[reg]))
			for _, c := range a.Basis[reg] {
				cites = append(cites, c.Text(*lang))
			}
			fmt.Fprintf(&b, "  %s: %s\n", labels[3+i], strings.Join(cites, "; "))
		}
		fmt.Fprintf(&b, "  %s: %s\n\n", labels[5], a.Status)
	}
	if _, err := io.WriteString(stdout, b.String()); err != nil {
		fmt.Fprintf(stderr, "thidua awards: %v\n", err)
		return 2
	}
	return 0
}

// awardLabel names a recipient kind or conferring level for people.
func awardLabel(code, lang string) string {
	labels := map[string][2]string{
		nomination.Individual:                {"cá nhân", "individual"},
		nomination.Collective:                {"tập thể", "collective"},
		nomination.Household:                 {"hộ gia đình", "household"},
		nomination.ConferrerUnit:             {"thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã, huyện (unit)", "head of the agency or unit; commune or district chair (unit)"},
		nomination.ConferrerMinistryProvince: {"Bộ trưởng, thủ trưởng cơ quan trung ương, Chủ tịch UBND cấp tỉnh (ministry_province)", "minister, head of a central body, provincial chair (ministry_province)"},
		nomination.ConferrerPrimeMinister:    {"Thủ tướng Chính phủ (prime_minister)", "Prime Minister (prime_minister)"},
		nomination.ConferrerPresident:        {"Chủ tịch nước (president)", "President (president)"},
	}
	l, ok := labels[code]
	if !ok {
		return code
	}
	if lang == "en" {
		return l[1]
	}
	return l[0]
}
