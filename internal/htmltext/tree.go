package htmltext

import (
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatDepth is the nesting kept when a page is too deep for the HTML
// parser (golang.org/x/net/html refuses more than 512 open elements): the
// tags beyond it are dropped and their text is kept.
const flatDepth = 256

// parseTree parses a UTF-8 page. When the parser refuses the page for its
// depth, the page is read again with the tags beyond flatDepth dropped,
// and flat reports it.
func parseTree(s string) (root *html.Node, flat bool, err error) {
	root, err = html.ParseWithOptions(strings.NewReader(s), html.ParseOptionEnableScripting(false))
	if err == nil {
		return root, false, nil
	}
	if !strings.Contains(err.Error(), "open stack") {
		return nil, false, err
	}
	root, err = html.ParseWithOptions(strings.NewReader(flatten(s, flatDepth)), html.ParseOptionEnableScripting(false))
	return root, true, err
}

// flatten drops the start and end tags nested deeper than max, by a simple
// count of open tags (void elements and self-closing tags do not count;
// an end tag closes up to its start tag when that is near the top).
func flatten(s string, max int) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	sb.Grow(len(s))
	var stack []atom.Atom
	var names []string
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() == io.EOF {
				break
			}
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElement(a) {
				sb.Write(raw)
				continue
			}
			// Elements whose end tag is optional close their open
			// namesake: "<p>a<p>b" is two paragraphs, not nested ones.
			if selfClosing(a) {
				for i := len(stack) - 1; i >= 0 && i >= len(stack)-8; i-- {
					if stack[i] == a {
						stack, names = stack[:i], names[:i]
						break
					}
				}
			}
			if len(stack) >= max {
				stack = append(stack, a)
				names = append(names, string(name))
				if blockTag(a) {
					// Keep the break the dropped block made.
					sb.WriteString("<br>")
				}
				continue
			}
			stack = append(stack, a)
			names = append(names, string(name))
			sb.Write(raw)
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			at := -1
			for i := len(names) - 1; i >= 0 && i >= len(names)-64; i-- {
				if names[i] == n {
					at = i
					break
				}
			}
			if at < 0 {
				continue
			}
			keep := at < max
			stack, names = stack[:at], names[:at]
			if keep {
				sb.Write(raw)
			}
		default:
			sb.Write(raw)
		}
	}
	return sb.String()
}

// selfClosing tells the elements a start tag of their own kind closes.
func selfClosing(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th, atom.Option:
		return true
	}
	return false
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// attr returns the value of an attribute of n.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// classID is the class and id of n, for pattern tests.
func classID(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if id == "" {
		return c
	}
	return c + " " + id
}

// walk calls f for n and its descendants in document order while f returns
// true for the node; it stops descending at maxWalkDepth.
func walk(n *html.Node, f func(*html.Node) bool) {
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if depth > maxWalkDepth || !f(n) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(n, 0)
}

// maxWalkDepth bounds recursion over a tree; the parser's own limit (512
// open elements) keeps real trees well below it.
const maxWalkDepth = 4096

// find returns the first element below n with the atom a.
func find(n *html.Node, a atom.Atom) *html.Node {
	var out *html.Node
	walk(n, func(c *html.Node) bool {
		if out != nil {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == a {
			out = c
			return false
		}
		return true
	})
	return out
}
