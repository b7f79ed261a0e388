package nomination

import (
	_ "embed"
	"encoding/json"
	"sort"
	"strings"
	"sync"
)

//go:embed data/catalogue.json
var catalogueJSON []byte

// Award is one entry of the catalogue: a danh hiệu thi đua or a hình thức
// khen thưởng. Codes are a stable contract.
type Award struct {
	Code        string                `json:"code"`
	NameVi      string                `json:"name_vi"`
	NameEn      string                `json:"name_en"`
	Category    string                `json:"category"`     // danh_hieu_thi_dua, huan_chuong, huy_chuong, danh_hieu_vinh_du, giai_thuong, ky_niem_chuong, bang_khen, giay_khen
	Recipients  []string              `json:"recipients"`   // individual, collective, household
	ArmedForces string                `json:"armed_forces"` // any, only (armed forces only) or never (civilian variant)
	Conferrer   string                `json:"conferrer"`    // unit, ministry_province, prime_minister, president
	Basis       map[string][]Citation `json:"basis"`        // legal basis by regime id
	CriteriaVi  string                `json:"criteria_vi"`
	CriteriaEn  string                `json:"criteria_en"`
	// Status is VERIFIED when every provision was read in its text,
	// PARTLY_VERIFIED or UNVERIFIED otherwise; Note says what was not.
	Status string `json:"status"`
	Note   string `json:"note,omitempty"`
}

// Source is one legal document the catalogue draws on.
type Source struct {
	Document string `json:"document"`
	TitleVi  string `json:"title_vi"`
	Issued   string `json:"issued,omitempty"`
	InForce  string `json:"in_force,omitempty"`
	Until    string `json:"until,omitempty"`
}

// Catalogue is the list of titles and awards with their legal sources.
type Catalogue struct {
	Version string   `json:"version"`
	Sources []Source `json:"sources"`
	Awards  []Award  `json:"awards"`

	byCode map[string]*Award
}

var (
	catOnce sync.Once
	cat     *Catalogue
)

// Default returns the catalogue embedded in the package. It is shared: do
// not modify it.
func Default() *Catalogue {
	catOnce.Do(func() {
		c := new(Catalogue)
		if err := json.Unmarshal(catalogueJSON, c); err != nil {
			panic("nomination: embedded catalogue is broken: " + err.Error())
		}
		c.byCode = make(map[string]*Award, len(c.Awards))
		for i := range c.Awards {
			c.byCode[c.Awards[i].Code] = &c.Awards[i]
		}
		cat = c
	})
	return cat
}

// Lookup returns the award with the given code, or nil.
func (c *Catalogue) Lookup(code string) *Award {
	return c.byCode[code]
}

// Canonical returns the catalogue's spelling of a code matched without
// regard to case and surrounding space, or "" if there is none.
func (c *Catalogue) Canonical(code string) string {
	code = strings.TrimSpace(code)
	if c.byCode[code] != nil {
		return code
	}
	for i := range c.Awards {
		if strings.EqualFold(c.Awards[i].Code, code) {
			return c.Awards[i].Code
		}
	}
	return ""
}

// Codes returns every award code, sorted.
func (c *Catalogue) Codes() []string {
	out := make([]string, 0, len(c.Awards))
	for _, a := range c.Awards {
		out = append(out, a.Code)
	}
	sort.Strings(out)
	return out
}

// Accepts reports whether the award may be given to a subject of this kind.
func (a *Award) Accepts(kind string) bool {
	for _, r := range a.Recipients {
		if r == kind {
			return true
		}
	}
	return false
}

// Name returns the award's name in Vietnamese, or in English for lang "en".
func (a *Award) Name(lang string) string {
	if lang == "en" {
		return a.NameEn
	}
	return a.NameVi
}
