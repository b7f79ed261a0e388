package parse

import (
	"fmt"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"golang.org/x/text/unicode/norm"
)

// The longest value, in characters (runes), that each field of a record
// may hold. Each is several times the longest value of its kind in the
// test corpora (a title of 309 characters, a task of 1,160, an issuer's
// name of 123), so that only junk is cut: a line of megabytes without a
// space, a page's whole text in its <title>. A longer value is cut at a
// character boundary (never inside a letter and its combining marks, so
// the text stays NFC) and the record's warnings say which field was cut.
// Paths and URLs are addresses and are never cut.
const (
	// MaxTitleChars bounds titles: the document's (trích yếu), the
	// page's and those of the documents it cites.
	MaxTitleChars = 1000
	// MaxPersonChars bounds the names of people: the signer, the author.
	MaxPersonChars = 200
	// MaxPlaceChars bounds place names: the place of issue, provinces.
	MaxPlaceChars = 200
	// MaxPositionChars bounds a signer's position, the authority he signs
	// for (KT., TM., TL.) and the body he signs on behalf of.
	MaxPositionChars = 300
	// MaxIssuerChars bounds the names of bodies: the issuer, the issuers
	// of cited documents, the site's name.
	MaxIssuerChars = 500
	// MaxTaskChars bounds the text of one task (a paragraph of the body).
	MaxTaskChars = 20000
	// MaxRecipientChars bounds one line of recipients (Nơi nhận).
	MaxRecipientChars = 500
	// MaxCampaignChars bounds the names of campaigns, launches and
	// themes.
	MaxCampaignChars = 1000
	// MaxFileNameChars bounds the name of an attached file.
	MaxFileNameChars = 500
	// MaxCodeChars bounds short codes: numbers, kinds, dates, levels,
	// task labels, campaign IDs, periods.
	MaxCodeChars = 100
	// MaxSignatureChars bounds what a digital signature states: the
	// signer's name and distinguished name, the certificate's issuer,
	// serial, reason, error.
	MaxSignatureChars = 2000
)

// bound cuts every field of rec that is longer than its maximum, with a
// warning per field. analyze runs it last, so every reader (Text, HTML,
// PDF, URL) returns bounded records; HTML runs it again after merging an
// attachment. Running it again changes nothing.
func bound(rec *directive.Record) {
	b := bounder{}
	s := &rec.Source
	b.cut("source.site", &s.Site, MaxIssuerChars)
	b.cut("source.title", &s.Title, MaxTitleChars)
	b.cut("source.published", &s.Published, MaxCodeChars)
	b.cut("source.author", &s.Author, MaxPersonChars)
	b.cut("source.format", &s.Format, MaxCodeChars)

	d := &rec.Directive
	b.cut("directive.kind", &d.Kind, MaxCodeChars)
	b.cut("directive.kind_name", &d.KindName, MaxCodeChars)
	b.cut("directive.number", &d.Number, MaxCodeChars)
	b.cut("directive.issued", &d.Issued, MaxCodeChars)
	b.cut("directive.place", &d.Place, MaxPlaceChars)
	b.cut("directive.issuer.name", &d.Issuer.Name, MaxIssuerChars)
	b.cut("directive.issuer.province", &d.Issuer.Province, MaxPlaceChars)
	b.cut("directive.issuer.province_current", &d.Issuer.ProvinceCurrent, MaxPlaceChars)
	b.cut("directive.signer.name", &d.Signer.Name, MaxPersonChars)
	b.cut("directive.signer.position", &d.Signer.Position, MaxPositionChars)
	b.cut("directive.signer.authority", &d.Signer.Authority, MaxPositionChars)
	b.cut("directive.signer.on_behalf_of", &d.Signer.On, MaxPositionChars)
	b.cut("directive.title", &d.Title, MaxTitleChars)
	b.tasks(d.Tasks)
	for i := range d.Citations {
		c := &d.Citations[i]
		b.cut("directive.citations.kind", &c.Kind, MaxCodeChars)
		b.cut("directive.citations.number", &c.Number, MaxCodeChars)
		b.cut("directive.citations.issued", &c.Issued, MaxCodeChars)
		b.cut("directive.citations.issuer", &c.Issuer, MaxIssuerChars)
		b.cut("directive.citations.title", &c.Title, MaxTitleChars)
	}
	for i := range d.Campaigns {
		b.cut("directive.campaigns.id", &d.Campaigns[i].ID, MaxCodeChars)
		b.cut("directive.campaigns.name", &d.Campaigns[i].Name, MaxCampaignChars)
	}
	for i := range d.Launches {
		l := &d.Launches[i]
		b.cut("directive.launches.name", &l.Name, MaxCampaignChars)
		b.cut("directive.launches.kind", &l.Kind, MaxCodeChars)
		b.cut("directive.launches.from", &l.From, MaxCodeChars)
		b.cut("directive.launches.to", &l.To, MaxCodeChars)
		b.cut("directive.launches.period", &l.Period, MaxCodeChars)
		b.cut("directive.launches.id", &l.ID, MaxCodeChars)
	}
	for i := range d.Themes {
		b.cut("directive.themes", &d.Themes[i], MaxCampaignChars)
	}
	for i := range d.Recipients {
		b.cut("directive.recipients", &d.Recipients[i], MaxRecipientChars)
	}
	for i := range d.Attachments {
		b.cut("directive.attachments.name", &d.Attachments[i].Name, MaxFileNameChars)
	}
	for i := range rec.Signatures {
		g := &rec.Signatures[i]
		for _, f := range []struct {
			name string
			s    *string
		}{
			{"field", &g.Field}, {"signer_cn", &g.SignerCN}, {"signer_dn", &g.SignerDN}, {"issuer", &g.Issuer},
			{"serial", &g.Serial}, {"signing_time", &g.SigningTime}, {"reason", &g.Reason}, {"error", &g.Error},
		} {
			b.cut("signatures."+f.name, f.s, MaxSignatureChars)
		}
	}
	for _, c := range b.cuts {
		rec.Warnings = append(rec.Warnings, c.warning())
	}
}

// bounder cuts the fields of one record and remembers what it cut, in the
// order of the fields.
type bounder struct {
	cuts []*fieldCut
}

// fieldCut is what was cut from the values of one field.
type fieldCut struct {
	field   string
	max     int
	n       int // values cut
	longest int // characters of the longest one
}

func (c *fieldCut) warning() string {
	if c.n == 1 {
		return fmt.Sprintf("trường %s dài %d ký tự, đã cắt còn %d / field %s of %d characters cut to %d", c.field, c.longest, c.max, c.field, c.longest, c.max)
	}
	return fmt.Sprintf("%d giá trị của trường %s dài quá %d ký tự (dài nhất %d), đã cắt / %d values of field %s over %d characters (the longest %d) cut", c.n, c.field, c.max, c.longest, c.n, c.field, c.max, c.longest)
}

// cut shortens *s to at most limit characters.
func (b *bounder) cut(field string, s *string, limit int) {
	if len(*s) <= limit {
		return // no more bytes than limit: no more characters either
	}
	n := utf8.RuneCountInString(*s)
	if n <= limit {
		return
	}
	*s = cutChars(*s, limit)
	var c *fieldCut
	for _, x := range b.cuts {
		if x.field == field {
			c = x
		}
	}
	if c == nil {
		c = &fieldCut{field: field, max: limit}
		b.cuts = append(b.cuts, c)
	}
	c.n++
	c.longest = max(c.longest, n)
}

// tasks bounds the tasks and their items, at any depth.
func (b *bounder) tasks(ts []directive.Task) {
	for i := range ts {
		b.cut("directive.tasks.label", &ts[i].Label, MaxCodeChars)
		b.cut("directive.tasks.text", &ts[i].Text, MaxTaskChars)
		b.tasks(ts[i].Items)
	}
}

// cutChars returns the first limit characters of s, less the last letter
// when the cut would part it from its combining marks, so that NFC text
// stays NFC.
func cutChars(s string, limit int) string {
	i, n := 0, 0
	for i < len(s) && n < limit {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	if i >= len(s) {
		return s
	}
	// The text goes on with a combining mark: go back to the start of
	// the last letter.
	if !norm.NFC.PropertiesString(s[i:]).BoundaryBefore() {
		if j := norm.NFC.LastBoundary([]byte(s[:i])); j >= 0 {
			i = j
		}
	}
	return s[:i]
}
