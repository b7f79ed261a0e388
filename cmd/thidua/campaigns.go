package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/vnthidua/thidua/campaign"
)

func init() {
	register(command{
		name:  "campaigns",
		usage: "[--format text|json]   các phong trào thi đua toàn quốc / the national campaigns",
		run:   runCampaigns,
	})
}

func runCampaigns(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("campaigns", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	all := campaign.NationalCampaigns()
	switch *format {
	case "json":
		b, err := json.MarshalIndent(all, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "thidua campaigns: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", b)
	case "text":
		for _, n := range all {
			fmt.Fprintf(stdout, "%-32s %-10s %s\n", n.ID, n.Launched, n.Name)
			if len(n.Aliases) > 0 {
				fmt.Fprintf(stdout, "%-43s còn gọi là / aliases: %s\n", "", strings.Join(n.Aliases, "; "))
			}
		}
	default:
		fmt.Fprintf(stderr, "thidua campaigns: định dạng không hỗ trợ / unsupported --format %q (text, json)\n", *format)
		return 2
	}
	return 0
}
