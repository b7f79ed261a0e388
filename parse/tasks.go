package parse

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/lazyregexp"

	"github.com/vnthidua/thidua/directive"
)

// Markers of the items of a document's operative part.
var (
	articleRe  = lazyregexp.New(`^(Điều\s+\d{1,3})(?:\s*[.:]\s*|\s+(\p{Lu}))(.*)$`)
	romanRe    = lazyregexp.New(`^([IVX]{1,5})\s*[./)-]\s+(\S.*)$`)
	numberedRe = lazyregexp.New(`^(\d{1,2})\s*[.)]\s*(\D.*|\d\D.*)$`)
	subNumRe   = lazyregexp.New(`^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$`)
	letteredRe = lazyregexp.New(`^([a-zđ])\s*\)\s*(\S.*)$`)
	dashedRe   = lazyregexp.New(`^[-–—•+*]\s*(\S.*)$`)
	rowNumRe   = lazyregexp.New(`^(\d{1,3})(?:\s+(\S.*))?$`)
	sttRe      = lazyregexp.New(`(?i)^(?:STT|TT|Số\s+TT)\b`)
)

type level int

const (
	lvNone level = iota
	lvArticle
	lvRoman
	lvNumber
	lvSubNumber
	lvLetter
	lvDash
)

// marker tells the level and label of a line that starts an item.
func marker(line string) (lv level, label, text string) {
	// Each pattern is anchored at a character of its own: the first
	// character of the line says which can match.
	r, _ := utf8.DecodeRuneInString(line)
	switch {
	case r == 'Đ':
		if !strings.HasPrefix(line, "Điều") {
			return lvNone, "", line
		}
	case r == 'I' || r == 'V' || r == 'X':
	case r >= '0' && r <= '9':
		if strings.Contains(line, "\n") {
			break // a line of lines: leave it to the patterns
		}
		// subNumRe and numberedRe read by hand: most task lines are
		// numbered, and long. No other marker starts with a digit.
		if label, text, ok := subNumbered(line); ok {
			return lvSubNumber, label + ".", text
		}
		if num, text, ok := numbered(line); ok {
			if n, _ := strconv.Atoi(num); n > 0 && n <= 60 {
				return lvNumber, strconv.Itoa(n) + ".", text
			}
		}
		return lvNone, "", line
	case r >= 'a' && r <= 'z' || r == 'đ':
		// A letter, then a bracket.
		if rest := strings.TrimLeft(line[utf8.RuneLen(r):], "\t\n\f\r "); !strings.HasPrefix(rest, ")") {
			return lvNone, "", line
		}
	case r == '-', r == '–', r == '—', r == '•', r == '+', r == '*':
		if strings.Contains(line, "\n") {
			break // a line of lines: leave it to the patterns
		}
		if rest := strings.TrimLeft(line[utf8.RuneLen(r):], "\t\f\r "); rest != "" {
			return lvDash, "-", rest // dashedRe without the regexp
		}
		return lvNone, "", line
	default:
		return lvNone, "", line
	}
	if m := articleRe.FindStringSubmatch(line); m != nil {
		// "Điều 1. Tặng ...", or "Điều 1 Tặng ..." as some copies lost
		// the stop: then the article starts with a capital.
		return lvArticle, m[1], m[2] + m[3]
	}
	if m := romanRe.FindStringSubmatch(line); m != nil && isRoman(m[1]) {
		return lvRoman, m[1] + ".", m[2]
	}
	if m := subNumRe.FindStringSubmatch(line); m != nil {
		return lvSubNumber, m[1] + ".", m[2]
	}
	if m := numberedRe.FindStringSubmatch(line); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n > 0 && n <= 60 {
			return lvNumber, strconv.Itoa(n) + ".", m[2]
		}
	}
	if m := letteredRe.FindStringSubmatch(line); m != nil {
		return lvLetter, m[1] + ")", m[2]
	}
	if m := dashedRe.FindStringSubmatch(line); m != nil {
		return lvDash, "-", m[1]
	}
	return lvNone, "", line
}

// digitRun returns the number of ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// spaceRun returns the number of bytes of the class \s (tab, newline,
// form feed, carriage return, space) s starts with.
func spaceRun(s string) int {
	return len(s) - len(strings.TrimLeft(s, "\t\n\f\r "))
}

// subNumbered reads a line as subNumRe would, ^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$,
// on a line without a line break: "1.2. Nội dung" gives "1.2" and the
// text.
func subNumbered(line string) (label, text string, ok bool) {
	a := digitRun(line)
	if a == 0 || a > 2 || a == len(line) || line[a] != '.' {
		return "", "", false
	}
	b := digitRun(line[a+1:])
	if b == 0 || b > 2 {
		return "", "", false
	}
	end := a + 1 + b
	rest := line[end:]
	rest = strings.TrimPrefix(rest, ".")
	sp := spaceRun(rest)
	if sp == 0 || sp == len(rest) {
		return "", "", false
	}
	return line[:end], rest[sp:], true
}

// numbered reads a line as numberedRe would, ^(\d{1,2})\s*[.)]\s*(\D.*|\d\D.*)$,
// on a line without a line break: "1. Nội dung" gives "1" and the text.
func numbered(line string) (num, text string, ok bool) {
	d := digitRun(line)
	if d == 0 || d > 2 {
		return "", "", false
	}
	j := d + spaceRun(line[d:])
	if j == len(line) || line[j] != '.' && line[j] != ')' {
		return "", "", false
	}
	rest := line[j+1:]
	sp := spaceRun(rest)
	if s := rest[sp:]; s != "" {
		if !isASCIIDigit(s[0]) || len(s) > 1 && !isASCIIDigit(s[1]) {
			return line[:d], s, true
		}
	}
	if sp > 0 {
		// The pattern gives back one white space character, which is
		// not a digit, and reads the text from it.
		return line[:d], rest[sp-1:], true
	}
	return "", "", false
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

func isRoman(s string) bool {
	switch s {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV":
		return true
	}
	return false
}

// extractTasks builds the items of the operative part from the body lines.
// The highest level of marker used at least twice becomes the tasks; lower
// levels nest under them; lines without a marker continue the item before.
// Lines before the first task are the preamble and are not tasks.
func extractTasks(body []string) []directive.Task {
	if t := tableTasks(body); len(t) > 0 {
		return t
	}
	counts := map[level]int{}
	for _, ln := range body {
		lv, _, _ := marker(ln)
		counts[lv]++
	}
	top := lvNone
	for _, lv := range []level{lvArticle, lvRoman, lvNumber, lvLetter, lvDash} {
		if counts[lv] >= 2 || (lv == lvArticle && counts[lv] >= 1) {
			top = lv
			break
		}
	}
	if top == lvNone {
		return []directive.Task{}
	}
	var tasks []directive.Task
	var path []*directive.Task // the open item at each depth
	levels := []level{}        // level of each open item
	expect := 1                // next number at the numbered top level
	more := map[*directive.Task][]string{}
	for _, ln := range body {
		lv, label, text := marker(ln)
		if lv == lvNumber && top == lvNumber {
			n, _ := strconv.Atoi(strings.TrimSuffix(label, "."))
			if n != expect && n != 1 && len(tasks) > 0 {
				lv = lvNone // "2." out of sequence: prose, not an item
			} else {
				expect = n + 1
			}
		}
		switch {
		case lv == top:
			tasks = append(tasks, directive.Task{Label: label, Text: text})
			path = []*directive.Task{&tasks[len(tasks)-1]}
			levels = []level{lv}
		case lv > top && len(path) > 0:
			for len(levels) > 1 && levels[len(levels)-1] >= lv {
				path, levels = path[:len(path)-1], levels[:len(levels)-1]
			}
			parent := path[len(path)-1]
			parent.Items = append(parent.Items, directive.Task{Label: label, Text: text})
			path = append(path, &parent.Items[len(parent.Items)-1])
			levels = append(levels, lv)
		case len(path) > 0:
			// Lines without a marker continue the open item. They are
			// gathered and joined once: adding them one by one would copy
			// the text again for every line.
			cur := path[len(path)-1]
			more[cur] = append(more[cur], ln)
		}
	}
	for i := range tasks {
		joinMore(&tasks[i], more)
	}
	return tasks
}

// joinMore appends the continuation lines gathered for t and its items.
func joinMore(t *directive.Task, more map[*directive.Task][]string) {
	if m := more[t]; len(m) > 0 {
		t.Text += "\n" + strings.Join(m, "\n")
	}
	for i := range t.Items {
		joinMore(&t.Items[i], more)
	}
}

// tableTasks reads a task table (STT | Nội dung | chủ trì | phối hợp |
// thời hạn) whose cells come one a line, or one row a line. Each row is a
// task; its text is its cells joined by " | ".
func tableTasks(body []string) []directive.Task {
	tries := 0
	for i, ln := range body {
		if !sttRe.MatchString(ln) || len(ln) > 200 {
			continue
		}
		if tries++; tries > maxTables {
			return nil
		}
		// Header cells: the STT line (it may hold them all) and the lines
		// up to the first row.
		j := i + 1
		header := 1
		if strings.Count(ln, " ") > 1 {
			header = 0
		}
		for j < len(body) && !isRow(body[j], 1) && j-i < 12 {
			j++
			header++
		}
		if j >= len(body) {
			return nil
		}
		var tasks []directive.Task
		next := 1
		for j < len(body) {
			m := rowNumRe.FindStringSubmatch(body[j])
			if m == nil || !isRow(body[j], next) {
				break
			}
			var cells []string
			if m[2] != "" {
				cells = append(cells, m[2])
			}
			j++
			for j < len(body) && !isRow(body[j], next+1) && (m[2] != "" || header <= 1 || len(cells) < header-1) {
				if m[2] != "" {
					break // one row a line
				}
				cells = append(cells, body[j])
				j++
			}
			tasks = append(tasks, directive.Task{Label: strconv.Itoa(next) + ".", Text: strings.Join(cells, " | ")})
			next++
		}
		if len(tasks) >= 2 {
			return tasks
		}
	}
	return nil
}

// maxTables bounds the task tables tried in one document.
const maxTables = 8

func isRow(line string, n int) bool {
	m := rowNumRe.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	v, _ := strconv.Atoi(m[1])
	return v == n
}
