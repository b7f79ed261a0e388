package nomination

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

// Trace is what a finding weighed: the rule's values in the regime of the
// year (Need, Want, the period From–To) and the facts found (Have, Got,
// Years). It makes a finding checkable by hand, in the way of OpenFisca's
// /trace: "need 3 consecutive CSTD_CS ending 2024; have 2 (2023, 2024)" is
//
//	{"test": "consecutive", "of": "CSTD_CS", "need": 3, "have": 2,
//	 "from": 2021, "to": 2024, "years": [2023, 2024], "next_eligible": 2025}
//
// Test says how the facts were weighed:
//
//   - "consecutive": Need consecutive years holding Of, ending at To (From:
//     the first year that may count, after the last award of the same kind);
//     Have is the length of the run, Years its years.
//   - "count": at least Need of Of in From–To; Have found, in Years.
//   - "rating": the rating of the year To is Want or better; Got is the
//     rating found ("" when none).
//   - "every_year": every year From–To rated Want or better; Need years in
//     the period, Have of them met it, Years lists those that did not.
//   - "interval": Of held at least Need years before To; Years holds the
//     year of the one found, Have the years since.
//   - "share": at least Need of Base members are Of; Have are.
//   - "cap": at most Need of Of may be proposed for the Base nominations
//     of Want in the batch; Have are (Got "no_cap": no cap is encoded).
//   - "present": Of is recorded for the year To: Have 1 when it is, Need 1.
//   - "none": no Of in From–To (Need 0); Have found, in Years.
//   - "months": at least Need months worked in the year To; Have worked.
//   - "days": fewer than Need working days of uncounted absence in the year
//     To; Have counted.
//   - "value": the stated value Got is one of Want (a subject kind, a
//     conferrer level, a ground, a catalogue code).
//   - "regime": the year To falls under the regime Got.
//
// Of names a catalogue code (CSTD_CS), an input field ("ratings",
// "members.advanced") or an initiative scope ("initiatives:bo_tinh").
// NextEligible, set on the findings of chain rules that fail, is the
// earliest year the same subject can meet the rule if the chain goes on:
// every later year brings what the chain counts (the yearly title, the
// rating the rule asks).
type Trace struct {
	Test         string `json:"test"`
	Of           string `json:"of,omitempty"`
	Need         int    `json:"need,omitempty"`
	Have         int    `json:"have,omitempty"`
	Base         int    `json:"base,omitempty"`
	Want         string `json:"want,omitempty"`
	Got          string `json:"got,omitempty"`
	From         int    `json:"from,omitempty"`
	To           int    `json:"to,omitempty"`
	Years        Years  `json:"years,omitzero"`
	NextEligible int    `json:"next_eligible,omitempty"`
}

// Years is a set of years MinYear–MaxYear, held in place (a Trace is a
// plain value: copying a Finding copies it whole). Its JSON form is the
// ascending array of its years.
type Years [3]uint64

// yearsOne is the set {y}.
func yearsOne(y int) Years {
	var s Years
	s.Add(y)
	return s
}

// Add puts y in the set; a year outside MinYear–MaxYear is ignored.
func (s *Years) Add(y int) {
	if inYears(y) {
		i := y - MinYear
		s[i>>6] |= 1 << (i & 63)
	}
}

// Has tells whether y is in the set.
func (s Years) Has(y int) bool {
	if !inYears(y) {
		return false
	}
	i := y - MinYear
	return s[i>>6]&(1<<(i&63)) != 0
}

func leadingZeros(x uint64) int { return bits.LeadingZeros64(x) }

// Len is the number of years in the set.
func (s Years) Len() int {
	return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) + bits.OnesCount64(s[2])
}

// List returns the years in ascending order (nil for none).
func (s Years) List() []int {
	var out []int
	for w, x := range s {
		for x != 0 {
			b := bits.TrailingZeros64(x)
			out = append(out, MinYear+w*64+b)
			x &^= 1 << b
		}
	}
	return out
}

// MarshalJSON writes the years as an ascending array.
func (s Years) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	for i, y := range s.List() {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(y), 10)
	}
	return append(b, ']'), nil
}

// UnmarshalJSON reads an array of years; one outside MinYear–MaxYear is
// an error.
func (s *Years) UnmarshalJSON(b []byte) error {
	var ys []int
	if err := json.Unmarshal(b, &ys); err != nil {
		return fmt.Errorf("nomination: trace years: %w", err)
	}
	*s = Years{}
	for _, y := range ys {
		if !inYears(y) {
			return fmt.Errorf("nomination: trace years: %d is outside %d–%d", y, MinYear, MaxYear)
		}
		s.Add(y)
	}
	return nil
}

// trace starts the trace of f, a finding just added (its Trace is zero).
func (c *checker) trace(f *Finding, test, of string) *Trace {
	f.Trace.Test, f.Trace.Of = test, of
	return &f.Trace
}

// yearsOf returns the years from..to in which keep holds.
func (c *checker) yearsOf(from, to int, keep func(int) bool) Years {
	var s Years
	for y := from; y <= to; y++ {
		if keep(y) {
			s.Add(y)
		}
	}
	return s
}

// Text says the trace as a reviewer writes it, in Vietnamese or, with lang
// "en", in English: "cần 3 lần liên tục Chiến sĩ thi đua cơ sở đến năm
// 2024; có 2 (2023, 2024)".
func (t *Trace) Text(lang string) string {
	if t.Test == "" {
		return ""
	}
	en := lang == "en"
	of := factName(t.Of, lang)
	want := valueName(t.Want, lang)
	var b strings.Builder
	w := func(vi, e string) {
		if en {
			b.WriteString(e)
		} else {
			b.WriteString(vi)
		}
	}
	n, h := strconv.Itoa(t.Need), strconv.Itoa(t.Have)
	to, from := strconv.Itoa(t.To), strconv.Itoa(t.From)
	period := from + "–" + to
	if t.From == t.To {
		period = to
	}
	switch t.Test {
	case "consecutive":
		w("cần "+n+" lần liên tục "+of+" đến năm "+to+"; có "+h, "need "+n+" consecutive "+of+" ending "+to+"; have "+h)
		yearList(&b, t.Years)
	case "count":
		if t.Of == "ratings" && t.Want != "" {
			of = map[bool]string{false: "năm ", true: "years "}[en] + want
		}
		w("cần "+n+" "+of+" trong "+period+"; có "+h, "need "+n+" "+of+" in "+period+"; have "+h)
		yearList(&b, t.Years)
	case "rating":
		got := valueName(t.Got, lang)
		if t.Got == "" {
			got = map[bool]string{false: "không có", true: "none"}[en]
		}
		w("cần xếp loại năm "+to+" từ "+want+" trở lên; có "+got, "need a rating of "+want+" or better for "+to+"; have "+got)
	case "every_year":
		w("cần mọi năm "+period+" xếp loại từ "+want+" trở lên; đạt "+h+"/"+n+" năm", "need every year "+period+" rated "+want+" or better; "+h+" of "+n+" years are")
		if t.Years.Len() > 0 {
			w("; chưa đạt", "; not")
			yearList(&b, t.Years)
		}
	case "interval":
		if t.Years.Len() == 0 {
			w("cần "+of+" từ "+n+" năm trước năm "+to+"; không có", "need "+of+" at least "+n+" years before "+to+"; have none")
		} else {
			y := strconv.Itoa(t.Years.List()[0])
			w("cần "+of+" từ "+n+" năm trước năm "+to+"; có năm "+y+" ("+h+" năm)", "need "+of+" at least "+n+" years before "+to+"; have "+y+" ("+h+" years)")
		}
	case "cap":
		base := factName(t.Want, lang)
		if t.Got == "no_cap" {
			w("đề nghị "+h+" "+of+" trên "+strconv.Itoa(t.Base)+" "+base+"; không có tỷ lệ trần được mã hóa", "proposed "+h+" "+of+" for "+strconv.Itoa(t.Base)+" "+base+"; no cap encoded")
		} else {
			w("tối đa "+n+" "+of+" trên "+strconv.Itoa(t.Base)+" "+base+"; đề nghị "+h, "at most "+n+" "+of+" for "+strconv.Itoa(t.Base)+" "+base+"; proposed "+h)
		}
	case "share":
		w("cần ít nhất "+n+"/"+strconv.Itoa(t.Base)+" thành viên "+of+"; có "+h, "need at least "+n+" of "+strconv.Itoa(t.Base)+" members "+of+"; have "+h)
	case "present":
		if t.Have > 0 {
			w("cần "+of+" năm "+to+"; có", "need "+of+" for "+to+"; have it")
		} else {
			w("cần "+of+" năm "+to+"; không có", "need "+of+" for "+to+"; have none")
		}
	case "none":
		w("không được có "+of+" trong "+period+"; có "+h, "no "+of+" allowed in "+period+"; have "+h)
		yearList(&b, t.Years)
	case "months":
		w("cần "+n+" tháng công tác trong năm "+to+"; có "+h, "need "+n+" months worked in "+to+"; have "+h)
	case "days":
		w("dưới "+n+" ngày làm việc nghỉ không được tính trong năm "+to+"; có "+h, "fewer than "+n+" working days of uncounted absence in "+to+"; have "+h)
	case "value":
		got := valueName(t.Got, lang)
		if t.Got == "" {
			got = map[bool]string{false: "không ghi", true: "not stated"}[en]
		}
		w(of+": cần "+want+"; có "+got, of+": need "+want+"; have "+got)
	case "regime":
		w("năm thành tích "+to+" thuộc chế độ "+t.Got, "achievement year "+to+" falls under regime "+t.Got)
	default:
		w(t.Test, t.Test)
	}
	if t.NextEligible != 0 {
		w("; sớm nhất năm "+strconv.Itoa(t.NextEligible)+" nếu chuỗi tiếp tục", "; earliest "+strconv.Itoa(t.NextEligible)+" if the chain goes on")
	}
	return b.String()
}

// yearList writes " (2023, 2024)".
func yearList(b *strings.Builder, s Years) {
	ys := s.List()
	if len(ys) == 0 {
		return
	}
	b.WriteString(" (")
	for i, y := range ys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(y))
	}
	b.WriteString(")")
}

// factName names what a trace counts: a catalogue title by its name, an
// input field in words.
func factName(of, lang string) string {
	if a := Default().Lookup(of); a != nil {
		return a.Name(lang)
	}
	en := lang == "en"
	if s, ok := strings.CutPrefix(of, "initiatives:"); ok {
		if en {
			return "initiatives of scope " + valueName(s, lang)
		}
		return "sáng kiến phạm vi " + valueName(s, lang)
	}
	vi, e := of, of
	switch of {
	case "ratings":
		vi, e = "xếp loại", "ratings"
	case "disciplines":
		vi, e = "kỷ luật", "discipline"
	case "members.advanced":
		vi, e = "đạt Lao động tiên tiến/Chiến sĩ tiên tiến", "Advanced Workers/Soldiers"
	case "members.completed":
		vi, e = "hoàn thành nhiệm vụ", "who completed their duties"
	case "members.fighters":
		vi, e = "đạt Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighters"
	case "members.disciplined":
		vi, e = "bị kỷ luật từ cảnh cáo", "disciplined with a warning or heavier"
	case "bloc_leading":
		vi, e = "dẫn đầu cụm, khối thi đua", "the lead of an emulation bloc"
	case "subject.kind":
		vi, e = "loại đối tượng", "subject kind"
	case "subject.armed_forces":
		vi, e = "lực lượng vũ trang", "armed forces"
	case "conferrer":
		vi, e = "cấp quyết định", "conferring authority"
	case "ground":
		vi, e = "căn cứ khen", "ground"
	case "history":
		vi, e = "lịch sử khen thưởng", "award history"
	case "leaves":
		vi, e = "nghỉ", "leave"
	case "employed_from":
		vi, e = "ngày tuyển dụng", "recruitment date"
	}
	if en {
		return e
	}
	return vi
}

// valueName says a coded value in words: ratings, scopes, kinds, levels.
func valueName(v, lang string) string {
	en := lang == "en"
	pick := func(vi, e string) string {
		if en {
			return e
		}
		return vi
	}
	switch v {
	case RatingExcellent:
		return pick("hoàn thành xuất sắc nhiệm vụ", "excellent ("+v+")")
	case RatingGood:
		return pick("hoàn thành tốt nhiệm vụ", "completed well ("+v+")")
	case RatingCompleted:
		return pick("hoàn thành nhiệm vụ", "completed ("+v+")")
	case RatingFailed:
		return pick("không hoàn thành nhiệm vụ", "not completed ("+v+")")
	case ScopeGrassroots:
		return pick("cơ sở", "grassroots")
	case ScopeMinistryProvince:
		return pick("bộ, ban, ngành, tỉnh", "ministry/province")
	case ScopeNational:
		return pick("toàn quốc", "nationwide")
	case ConferrerUnit:
		return pick("thủ trưởng cơ quan, đơn vị (unit)", "head of the unit (unit)")
	case ConferrerMinistryProvince:
		return pick("bộ trưởng, chủ tịch UBND tỉnh (ministry_province)", "minister or provincial chair (ministry_province)")
	case ConferrerPrimeMinister:
		return pick("Thủ tướng Chính phủ (prime_minister)", "the Prime Minister (prime_minister)")
	case ConferrerPresident:
		return pick("Chủ tịch nước (president)", "the President (president)")
	case Individual:
		return pick("cá nhân", "individual")
	case Collective:
		return pick("tập thể", "collective")
	case Household:
		return pick("hộ gia đình", "household")
	}
	return v
}

// ratingCode is the code of a rating level, "" for none or an unknown one.
func ratingCode(lvl int) string {
	switch lvl {
	case rExcellent:
		return RatingExcellent
	case rGood:
		return RatingGood
	case rCompleted:
		return RatingCompleted
	case rFailed:
		return RatingFailed
	}
	return ""
}
