package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"
)

// signStampLineRe matches a line that is only a piece of the stamp a
// signing centre prints beside the header of a digitally signed document
// ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC / ttcbth@quangngai.gov.vn / 24.01.2025
// 20:01:14 / +07:00"): its e-mail address, its signing time, or the time
// zone the layout left on a line of its own. Such a line, read as part of
// the title or the header beside it, lengthens them ("… viễn thông công
// ích +07:00"); the signature itself is read from the file (pdfsig).
var signStampLineRe = lazyregexp.New(`^(?:` +
	`[+-]\d{2}\s*:\s*\d{2}` + // +07:00
	`|\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}\s+\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*[+-]\d{2}\s*:\s*\d{2})?` + // 24.01.2025 20:01:14 +07:00
	`|[\w.-]+@[\w-]+(?:\s*\.\s*[\w-]+)+` + // ttcbth@quangngai. gov. vn
	`)$`)

// dropSignStampLines removes the lines of text that are only pieces of a
// signing centre's stamp (signStampLineRe).
func dropSignStampLines(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, ln := range lines {
		if signStampLineRe.MatchString(strings.TrimSpace(ln)) {
			continue
		}
		out = append(out, ln)
	}
	return strings.Join(out, "\n")
}
