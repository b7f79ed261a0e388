package directive

// Record is what thidua extracts from one input: the document itself and
// what the page or file that carried it says about it. Its JSON form is the
// contract of `thidua parse --format json`.
type Record struct {
	Source     Source      `json:"source"`
	Directive  Directive   `json:"directive"`
	Signatures []Signature `json:"signatures,omitempty"`
	Warnings   []string    `json:"warnings"`
	// Text is the document's body as read: NFC, without the site's menus
	// and without the headline repeated.
	Text string `json:"text,omitempty"`
}

// Source describes the container of a document: a file, a portal page or a
// PDF. Author is the byline of a news article, never the signer.
type Source struct {
	Path      string `json:"path"`
	URL       string `json:"url"`
	Site      string `json:"site"`
	Title     string `json:"title"`
	Published string `json:"published"` // RFC 3339 or YYYY-MM-DD
	Author    string `json:"author"`
	Format    string `json:"format,omitempty"` // text, html or pdf
	// Fetched is when the input was fetched, RFC 3339 in UTC, when that
	// is known from where it was read (the WARC-Date of a WARC record).
	Fetched string `json:"fetched,omitempty"`
}

// Directive is one administrative or Party document as Decree 30/2020
// describes it. A field the text does not state is left empty.
type Directive struct {
	Kind        string       `json:"kind"`      // Decree 30/2020 abbreviation: CT, KH, QĐ, ...
	KindName    string       `json:"kind_name"` // Vietnamese name: Chỉ thị, Kế hoạch, ...
	Number      string       `json:"number"`    // số, ký hiệu as written, normalised: 08/CT-UBND
	Issued      string       `json:"issued"`    // YYYY-MM-DD
	Place       string       `json:"place"`     // địa danh: Hưng Yên
	Issuer      Issuer       `json:"issuer"`
	Signer      Signer       `json:"signer"`
	Title       string       `json:"title"` // trích yếu
	Tasks       []Task       `json:"tasks"`
	Citations   []Citation   `json:"citations"`
	Campaigns   []Campaign   `json:"campaigns"`
	Launches    []Launch     `json:"launches,omitempty"`
	Themes      []string     `json:"themes,omitempty"`
	Recipients  []string     `json:"recipients"`
	Attachments []Attachment `json:"attachments"`
	// Span is where a news article names the document by its number
	// (Record.Text), and Refs where the text refers to it by its kind
	// alone ("Chỉ thị này", "Kế hoạch này").
	Span Span   `json:"span,omitzero"`
	Refs []Span `json:"refs,omitempty"`
}

// Issuer is the body that issued a document, as written, with its level of
// government and the province it belongs to.
type Issuer struct {
	Name            string `json:"name"`
	Level           Level  `json:"level"`
	Province        string `json:"province"`
	ProvinceCurrent string `json:"province_current,omitempty"`
}

// Signer is the person who signed a document and the position written
// above the name. Authority is the signing mode of Decree 30/2020 (KT., TM.,
// Q., TL., TUQ.) and On is the position signed for ("Chủ tịch" in
// "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
type Signer struct {
	Name      string `json:"name"`
	Position  string `json:"position"`
	Authority string `json:"authority,omitempty"`
	On        string `json:"on_behalf_of,omitempty"`
}

// Task is one numbered, lettered or bulleted item of a document's
// operative part. Sub-items (a), b), ...) stay inside their parent.
type Task struct {
	Label string `json:"label"`
	Text  string `json:"text"`
	Items []Task `json:"items,omitempty"`
}

// Citation is another document that a document cites.
type Citation struct {
	Kind   string `json:"kind"`
	Number string `json:"number"`
	Issued string `json:"issued"`
	Issuer string `json:"issuer"`
	Title  string `json:"title"`
	// Span is where the text first names it (kind and number, or a law's
	// name and year), and Refs where it refers to it again by a short
	// form ("Nghị định trên", "Kế hoạch nêu trên").
	Span Span   `json:"span,omitzero"`
	Refs []Span `json:"refs,omitempty"`
}

// Campaign is a phong trào thi đua a document names. ID is the stable id of
// a national campaign of package campaign, or empty for a local one.
type Campaign struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Span is where the text first names it, as written.
	Span Span `json:"span,omitzero"`
}

// Launch is a campaign that a document itself launches (phát động), as
// opposed to one it merely mentions.
type Launch struct {
	Name   string `json:"name"`
	Kind   string `json:"kind,omitempty"` // thuong_xuyen, theo_dot, chuyen_de
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Period string `json:"period,omitempty"` // the period as written
	ID     string `json:"id,omitempty"`     // national campaign it serves, when stated
	// Span is the words that launch it ("phong trào thi đua ..."), as
	// written.
	Span Span `json:"span,omitzero"`
}

// Attachment is a file attached to or named by a document.
type Attachment struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

// Signature is one digital signature found in a PDF.
type Signature struct {
	Field       string `json:"field"`
	SignerCN    string `json:"signer_cn"`
	SignerDN    string `json:"signer_dn"`
	Issuer      string `json:"issuer"`
	Serial      string `json:"serial"`
	SigningTime string `json:"signing_time"`
	Reason      string `json:"reason"`
	DigestOK    bool   `json:"digest_ok"`
	CoversWhole bool   `json:"covers_whole_file"`
	Trusted     *bool  `json:"trusted,omitempty"`
	Error       string `json:"error,omitempty"`
}
