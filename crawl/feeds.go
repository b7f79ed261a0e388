package crawl

import (
	"bytes"
	"encoding/xml"
	"strings"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
)

// xmlKind tells a sitemap, a sitemap index, an RSS or an Atom feed from
// the first element of a body; "" for anything else.
func xmlKind(b []byte) string {
	head := b[:min(len(b), 2048)]
	if !bytes.Contains(head, []byte("<")) {
		return ""
	}
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	for range 50 {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch strings.ToLower(se.Name.Local) {
			case "urlset":
				return "sitemap"
			case "sitemapindex":
				return "sitemapindex"
			case "rss", "rdf":
				return "rss"
			case "feed":
				return "atom"
			}
			return ""
		}
	}
	return ""
}

// xmlEntry is one address a sitemap or feed lists, with its date
// (lastmod, news:publication_date, pubDate, updated) as written, and the
// title a feed gives it.
type xmlEntry struct {
	url, date, title string
}

// readXMLList reads the addresses of a sitemap, sitemap index, RSS or
// Atom feed: <loc>, <item><link>, <entry><link href>. It reads at most
// max entries and stops at the first syntax error, keeping what it read.
func readXMLList(b []byte, max int) []xmlEntry {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	// Feeds of old portals declare windows-1258 and the like.
	d.CharsetReader = charset.NewReaderLabel
	var out []xmlEntry
	var cur *xmlEntry
	var field string
	var text strings.Builder
	for len(out) < max {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			switch name {
			case "url", "sitemap", "item", "entry":
				cur = &xmlEntry{}
			case "link":
				// Atom: <link href="..."/>, the alternate one.
				if rel := attrOf(t, "rel"); cur != nil && cur.url == "" && (rel == "" || rel == "alternate") {
					cur.url = attrOf(t, "href")
				}
			}
			field = name
			text.Reset()
		case xml.CharData:
			if text.Len() < 4096 {
				text.Write(t)
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			v := strings.TrimSpace(text.String())
			if cur != nil && name == field {
				switch name {
				case "loc", "link", "guid":
					if cur.url == "" && (name != "guid" || strings.HasPrefix(v, "http")) {
						cur.url = v
					}
				case "lastmod", "publication_date", "pubdate", "updated", "published", "date":
					if cur.date == "" {
						cur.date = v
					}
				case "title":
					cur.title = norm.NFC.String(v)
				}
			}
			switch name {
			case "url", "sitemap", "item", "entry":
				if cur != nil && cur.url != "" {
					out = append(out, *cur)
				}
				cur = nil
			}
			text.Reset()
		}
	}
	return out
}

func attrOf(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
