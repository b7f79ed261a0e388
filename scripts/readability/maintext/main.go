// Command maintext prints the main text thidua finds in web pages, one
// JSON object a line: {"file": ..., "text": ...}. compare.mjs scores it
// against *.main.txt next to Mozilla Readability.
//
// Usage:
//
//	go run ./scripts/readability/maintext PAGE.html ...
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/internal/htmltext"
)

func main() {
	enc := json.NewEncoder(os.Stdout)
	code := 0
	for _, f := range os.Args[1:] {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "maintext:", err)
			code = 1
			continue
		}
		text := ""
		if p, err := htmltext.Read(b, htmltext.Options{}); err != nil {
			fmt.Fprintf(os.Stderr, "maintext: %s: %v\n", f, err)
		} else {
			text = p.Text
		}
		enc.Encode(struct {
			File string `json:"file"`
			Text string `json:"text"`
		}{f, text})
	}
	os.Exit(code)
}
