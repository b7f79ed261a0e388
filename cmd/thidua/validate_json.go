package main

import (
	"bufio"
	"bytes"
	"encoding/json"

	"github.com/vnthidua/thidua/nomination"
)

// writeBatchJSON writes a batch's verdict as encoding/json writes a
// nomination.BatchResult (json.Encoder with SetIndent("", "  ") and
// SetEscapeHTML(false)), byte for byte, without holding its results: the
// envelope is written here, the verdict and batch findings from br, and
// the results, validated again, are encoded one at a time as they come.
func writeBatchJSON(w *bufio.Writer, bs *nomination.BatchStream, br nomination.BatchResult, opts []nomination.Option) error {
	jw := &indentedWriter{w: w}
	w.WriteString("{\n  \"unit\": ")
	jw.write(br.Unit, "  ")
	w.WriteString(",\n  \"year\": ")
	jw.write(br.Year, "  ")
	w.WriteString(",\n  \"regime\": ")
	jw.write(br.Regime, "  ")
	w.WriteString(",\n  \"valid\": ")
	jw.write(br.Valid, "  ")
	w.WriteString(",\n  \"results\": [")
	k := 0
	_, err := bs.Validate(func(_ int, r *nomination.Result) error {
		if k > 0 {
			w.WriteString(",")
		}
		k++
		w.WriteString("\n    ")
		return jw.write(r, "    ")
	}, opts...)
	if err != nil {
		return err
	}
	if k > 0 {
		w.WriteString("\n  ")
	}
	w.WriteString("],\n  \"findings\": ")
	// One finding at a time too: a batch of duplicates has as many.
	switch {
	case br.Findings == nil:
		w.WriteString("null")
	case len(br.Findings) == 0:
		w.WriteString("[]")
	default:
		w.WriteString("[")
		for i := range br.Findings {
			if i > 0 {
				w.WriteString(",")
			}
			w.WriteString("\n    ")
			jw.write(&br.Findings[i], "    ")
		}
		w.WriteString("\n  ]")
	}
	w.WriteString("\n}\n")
	return jw.err
}

// writeResultJSON writes one result as a json.Encoder with
// SetIndent("", "  ") and SetEscapeHTML(false) writes it.
func writeResultJSON(w *bufio.Writer, r *nomination.Result) error {
	jw := &indentedWriter{w: w}
	jw.write(r, "")
	w.WriteString("\n")
	return jw.err
}

// indentedWriter writes values in the layout they have nested at a depth
// of an indented document, reusing one buffer; its first error sticks.
type indentedWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

// write writes v as a json.Encoder with SetIndent(prefix, "  ") and
// SetEscapeHTML(false) does, without the encoder's final newline: its
// first line is not indented, the following ones begin with prefix.
func (jw *indentedWriter) write(v any, prefix string) error {
	if jw.err != nil {
		return jw.err
	}
	jw.buf.Reset()
	enc := json.NewEncoder(&jw.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if jw.err = enc.Encode(v); jw.err != nil {
		return jw.err
	}
	_, jw.err = jw.w.Write(bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n")))
	return jw.err
}
