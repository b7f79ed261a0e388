package nomination

import (
	"errors"
	"strconv"
	"strings"
)

// ErrInput is wrapped by every InputError.
var ErrInput = errors.New("nomination: invalid input")

// InputError reports input that cannot be judged at all: an unknown award
// code, a year out of range, a subject kind that does not exist, a
// malformed date. Facts that are merely missing are findings, not errors.
//
// Err, when set, is the kind of problem: ErrOutOfRange (a year, count or
// cap outside its bounds) or ErrTooLarge (an input, batch or list above
// MaxInput, MaxNominations or MaxEntries); both wrap ErrInput.
type InputError struct {
	Field   string // JSON path of the offending field, e.g. "subject.kind", "nominations[3].members.total"
	Problem string
	Err     error
}

func (e *InputError) Error() string { return "nomination: " + e.Field + ": " + e.Problem }

// Unwrap returns Err, or ErrInput: errors.Is(err, ErrInput) matches every
// InputError, errors.Is(err, ErrOutOfRange) those of values out of range.
func (e *InputError) Unwrap() error {
	if e.Err != nil {
		return e.Err
	}
	return ErrInput
}

// Validate judges one nomination against the law in force for its year.
func Validate(n *Nomination, opts ...Option) (Result, error) {
	var r Result
	err := ValidateTo(&r, n, opts...)
	return r, err
}

// ValidateTo is Validate writing into r, reusing r.Findings' storage: a
// caller that validates many nominations with one Result allocates almost
// nothing. Messages are static strings; the specifics (year, counts, the
// fact concerned) are in Finding's fields and its Trace.
func ValidateTo(r *Result, n *Nomination, opts ...Option) error {
	r.Findings, r.Alternatives = r.Findings[:0], r.Alternatives[:0]
	r.Award, r.Year, r.Subject, r.Eligible, r.Regime, r.NextEligible = n.Award, n.Year, n.Subject.Name, false, "", 0
	a := Default().Lookup(n.Award)
	if a == nil {
		a = Default().Lookup(Default().Canonical(n.Award))
	}
	if a != nil {
		r.Award = a.Code
	}
	if a == nil {
		return &InputError{Field: "award", Problem: "mã danh hiệu, hình thức khen thưởng không có trong danh mục / unknown award code " + strconv.Quote(clip(n.Award))}
	}
	if !inYears(n.Year) {
		return yearError("year", n.Year)
	}
	switch n.Subject.Kind {
	case Individual, Collective, Household:
	default:
		return &InputError{Field: "subject.kind", Problem: "phải là individual, collective hoặc household / must be individual, collective or household, got " + strconv.Quote(clip(n.Subject.Kind))}
	}
	c := checker{n: n, a: a, r: r}
	if n.AsOf != "" {
		y, m, d, ok := splitDate(n.AsOf)
		if !ok {
			return &InputError{Field: "as_of", Problem: "ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD, got " + strconv.Quote(clip(n.AsOf))}
		}
		if !inYears(y) {
			return dateError("as_of", n.AsOf)
		}
		c.asOf = civil(y, m, d)
		// A yearly achievement cannot be proposed before its year has
		// begun: a year after the proposal date is impossible input.
		if n.Year > y {
			return &InputError{Field: "year", Problem: "năm thành tích sau ngày đề nghị (as_of) / achievement year after the proposal date: " + strconv.Itoa(n.Year) + " > " + strconv.Itoa(y)}
		}
	}
	switch n.Ground {
	case "", "regular", "campaign", "sudden", "dedication":
	default:
		return &InputError{Field: "ground", Problem: "phải là regular, campaign, sudden hoặc dedication / must be regular, campaign, sudden or dedication"}
	}
	// checkBounds, with the years of history and ratings checked by the
	// pass that indexes them
	if err := checkLists(n); err != nil {
		return err
	}
	if err := c.x.index(n); err != nil {
		return err
	}
	if err := checkRest(n, &c.x); err != nil {
		return err
	}
	c.run()
	r.Eligible = true
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Severity == Error {
			r.Eligible = false
			if f.Trace.NextEligible > r.NextEligible {
				r.NextEligible = f.Trace.NextEligible
			}
		}
	}
	if !r.Eligible && len(opts) > 0 {
		var o options
		for _, opt := range opts {
			opt(&o)
		}
		if o.alternatives {
			alternatives(r, n, a)
		}
	}
	return nil
}

func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}

type checker struct {
	n     *Nomination
	a     *Award
	r     *Result
	reg   string
	p     *params
	asOf  date
	basis []Citation // the award's legal basis in the regime
	x     facts
}

func (c *checker) add(sev Severity, rule string, cite Citation, vi, en string) *Finding {
	fs := c.r.Findings
	if len(fs) < cap(fs) {
		fs = fs[:len(fs)+1]
	} else {
		fs = append(fs, Finding{})
	}
	c.r.Findings = fs
	// field by field, in place: a Finding is large and most of it stays
	// zero
	f := &fs[len(fs)-1]
	f.Rule, f.Severity, f.Citation, f.Message, f.MessageEn = rule, sev, cite, vi, en
	f.Fact, f.Year, f.Have, f.Need = "", 0, 0, 0
	if f.Trace.Test != "" {
		f.Trace = Trace{}
	}
	return f
}

// cite returns the award's i-th legal basis in the current regime.
func (c *checker) cite(i int) Citation {
	b := c.basis
	if i < len(b) {
		return b[i]
	}
	if len(b) > 0 {
		return b[0]
	}
	return Citation{Document: docLaw2022}
}

func (c *checker) is22() bool { return c.reg == Regime2022 }

// law cites the regime's law.
func (c *checker) law(art, cl int, pt string, verified bool) Citation {
	doc := docLaw2003
	if c.is22() {
		doc = docLaw2022
	}
	return Citation{Document: doc, Article: art, Clause: cl, Point: pt, Verified: verified}
}

func (c *checker) run() {
	n := c.n
	c.reg = RegimeFor(n.Year)
	c.p = regimeParams[c.reg]
	c.basis = c.a.Basis[c.reg]
	c.r.Regime = c.reg
	if c.is22() {
		f := c.add(Info, "regime", Citation{Document: docLaw2022, Article: 94, Clause: 1, Verified: true},
			"Thành tích từ năm 2024 được xét theo Luật Thi đua, khen thưởng số 06/2022/QH15 (hiệu lực từ 01/01/2024).",
			"Achievements from 2024 on are judged under Law No. 06/2022/QH15 (in force from 2024-01-01).")
		f.Year = n.Year
		t := c.trace(f, "regime", "year")
		t.Got, t.To = c.reg, n.Year
		if c.asOf != 0 && c.asOf >= decree152From {
			c.p = params152
			c.add(Info, "detailing_decree", Citation{Document: docDec152, Article: 59, Clause: 2, Verified: true},
				"Đề nghị từ 01/7/2025: văn bản quy định chi tiết là Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP).",
				"Proposals from 2025-07-01: the detailing decree is Decree 152/2025/NĐ-CP (replacing Decree 98/2023/NĐ-CP).")
		}
	} else {
		f := c.add(Info, "regime", Citation{Document: docLaw2022, Article: 94, Clause: 2, Verified: true},
			"Thành tích trước năm 2024 được xét theo Luật Thi đua, khen thưởng năm 2003 (sửa đổi 2005, 2009, 2013) và Nghị định 91/2017/NĐ-CP.",
			"Achievements before 2024 are judged under the 2003 Law on Emulation and Commendation as amended and Decree 91/2017/NĐ-CP.")
		f.Year = n.Year
		t := c.trace(f, "regime", "year")
		t.Got, t.To = c.reg, n.Year
	}
	c.checkRecipient()
	k := len(c.r.Findings)
	c.checkAuthority()
	c.traceAuthority(k)
	c.checkDuplicate()
	switch c.a.Code {
	case "LDTT", "CSTT":
		c.yearlyIndividual()
	case "CSTD_CS":
		c.grassrootsFighter()
	case "CSTD_BO_TINH":
		c.ministryFighter()
	case "CSTD_TQ":
		c.nationalFighter()
	case "TTLDTT", "DVTT":
		c.advancedCollective()
	case "TTLDXS", "DVQT":
		c.excellentCollective()
	case "CO_BO_TINH":
		c.ministryFlag()
	case "CO_CP":
		c.governmentFlag()
	case "BK_BO_TINH":
		c.ministryMerit()
	case "BK_TTG":
		c.primeMinisterMerit()
	case "GIAY_KHEN":
		c.commendation()
	case "HC_LD_3":
		c.labourThird()
	case "HC_LD_2":
		c.labourSecond()
	case "HC_LD_1":
		c.ladder("HC_LD_2")
	case "HC_DL_3":
		if !c.is22() {
			// Law 15/2003 Art. 38 (read on thuvienphapluat.vn) sets no
			// lower-class prerequisite: a First Class Labour Order only
			// shortens a collective's required history from 20 to 15 years.
			c.disciplineWindow(n.Year, n.Year, c.cite(0))
			c.notEncoded()
			break
		}
		c.ladder("HC_LD_1")
	case "HC_DL_2":
		c.ladder("HC_DL_3")
	case "HC_DL_1":
		c.ladder("HC_DL_2")
	default:
		c.disciplineWindow(n.Year, n.Year, c.cite(0))
		c.notEncoded()
	}
}

func (c *checker) notEncoded() {
	c.add(Warning, "criteria_not_encoded", c.cite(0),
		"Tiêu chuẩn về thành tích của hình thức này không kiểm tra được từ dữ liệu đầu vào; cần đối chiếu hồ sơ thành tích.",
		"The achievement criteria of this award cannot be checked from the input facts; the achievement report must be examined.")
}

func (c *checker) checkRecipient() {
	n, a := c.n, c.a
	if !a.Accepts(n.Subject.Kind) {
		f := c.add(Error, "recipient", c.cite(0),
			"Danh hiệu, hình thức khen thưởng này không dành cho loại đối tượng được đề nghị.",
			"This title or award is not given to subjects of this kind.")
		f.Fact = "subject.kind"
		c.recipientTrace(f)
		return
	}
	f := c.add(Info, "recipient", c.cite(0), "Đối tượng thuộc diện được xét tặng.", "The subject is of a kind that may receive it.")
	f.Fact = "subject.kind"
	c.recipientTrace(f)
	armed := func(f *Finding, want string) {
		f.Fact = "subject.armed_forces"
		t := c.trace(f, "value", "subject.armed_forces")
		t.Want, t.Got = want, strconv.FormatBool(n.Subject.ArmedForces)
	}
	switch a.ArmedForces {
	case "only":
		if !n.Subject.ArmedForces {
			armed(c.add(Error, "armed_forces", c.cite(0),
				"Danh hiệu, hình thức này chỉ dành cho lực lượng vũ trang nhân dân (với đối tượng khác: Lao động tiên tiến, Tập thể lao động tiên tiến, Tập thể lao động xuất sắc).",
				"This title is for the people's armed forces only (civilian equivalents: LDTT, TTLDTT, TTLDXS)."), "true")
		}
	case "never":
		if n.Subject.ArmedForces {
			armed(c.add(Error, "armed_forces", c.cite(0),
				"Đối tượng thuộc lực lượng vũ trang được xét danh hiệu tương ứng: Chiến sĩ tiên tiến, Đơn vị tiên tiến, Đơn vị quyết thắng.",
				"Armed-forces subjects receive the corresponding title: CSTT, DVTT, DVQT."), "false")
		}
	}
}

// recipientTrace traces the subject kind against the award's recipients.
func (c *checker) recipientTrace(f *Finding) {
	t := c.trace(f, "value", "subject.kind")
	t.Got, t.Want = c.n.Subject.Kind, c.n.Subject.Kind
	if f.Severity == Error {
		t.Want = strings.Join(c.a.Recipients, ", ")
	}
}

func (c *checker) checkAuthority() {
	want := conferrerLevel(c.a.Conferrer)
	cite := c.p.authority[want]
	if c.a.Code == "CO_CP" && c.is22() {
		cite.Clause = 1 // the Government, not the Prime Minister, confers its flag
	}
	if c.n.Conferrer == "" {
		c.add(Warning, "authority", cite,
			"Hồ sơ không ghi cấp quyết định; không kiểm tra được thẩm quyền.",
			"The proposal does not state the conferring authority; authority not checked.").Fact = "conferrer"
		return
	}
	got := conferrerLevel(c.n.Conferrer)
	if cf := c.n.Conferrer; (cf == ConferrerDistrict || cf == ConferrerCommune) && c.checkLocalAuthority(want == levelUnit) {
		return
	}
	switch {
	case got == levelNone:
		c.add(Error, "authority", cite,
			"Cấp quyết định không hợp lệ (unit, district, commune, ministry_province, prime_minister, president).",
			"Unknown conferring authority (unit, district, commune, ministry_province, prime_minister, president).").Fact = "conferrer"
	case got == levelMinistryProvince && want == levelUnit && c.a.Category == "danh_hieu_thi_dua" && c.a.Code != "GIA_DINH_VH" && c.a.Code != "THON_TDP_VH":
		// Ministers and provincial chairs also confer the grassroots titles
		// on units without legal personality, or delegate it (Law 06/2022,
		// reported by skhcn.kontum.gov.vn; article UNVERIFIED).
		c.add(Info, "authority", c.p.authority[levelMinistryProvince],
			"Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định tặng danh hiệu cấp cơ sở cho đơn vị không có tư cách pháp nhân thuộc quyền quản lý.",
			"Ministers and provincial chairs confer grassroots titles on units without legal personality under them.").Fact = "conferrer"
	case got != want:
		f := c.add(Error, "authority", cite,
			"Cấp đề nghị quyết định không có thẩm quyền tặng danh hiệu, hình thức khen thưởng này.",
			"The stated authority has no power to confer this title or award.")
		f.Fact = "conferrer"
	default:
		c.add(Info, "authority", cite, "Đúng thẩm quyền quyết định.", "The conferring authority is competent.").Fact = "conferrer"
	}
}

// traceAuthority traces the authority findings from the k-th on: the
// conferrer stated against the award's.
func (c *checker) traceAuthority(k int) {
	for i := k; i < len(c.r.Findings); i++ {
		if f := &c.r.Findings[i]; f.Rule == "authority" && f.Trace.Test == "" {
			t := c.trace(f, "value", "conferrer")
			t.Want, t.Got = c.a.Conferrer, c.n.Conferrer
		}
	}
}

func (c *checker) checkDuplicate() {
	n := c.n
	cat := Default()
	// a small cache of codes already found: histories repeat a few codes
	var known [4]string
	dup := false
	// only the entries index found odd can yield a finding: a code it
	// does not index, a year from the nomination's on
	k := c.x.nOdd
	if c.x.oddAll {
		k = len(n.History)
	}
	for j := 0; j < k; j++ {
		i := j
		if !c.x.oddAll {
			i = int(c.x.odd[j])
		}
		g := &n.History[i]
		slot := histSlot(g.Award)
		hit := slot > 0
		for j := 0; j < len(known) && !hit; j++ {
			hit = known[j] == g.Award && known[j] != ""
		}
		if !hit && cat.Lookup(g.Award) != nil {
			copy(known[1:], known[:3])
			known[0], hit = g.Award, true
		}
		if !hit {
			f := c.add(Warning, "history_unknown_award", c.cite(0),
				"Lịch sử khen thưởng có mã không có trong danh mục; mục này bị bỏ qua.",
				"The history holds a code missing from the catalogue; the entry is ignored.")
			f.Fact, f.Year = "history", g.Year
			t := c.trace(f, "value", "history")
			t.Want, t.Got, t.To = "catalogue", g.Award, g.Year
			continue
		}
		if g.Year > n.Year {
			f := c.add(Warning, "history_after_year", c.cite(0),
				"Lịch sử khen thưởng có mục sau năm xét; chỉ thành tích đến năm xét được tính.",
				"The history holds an entry after the year considered; only achievements up to that year count.")
			f.Fact, f.Year = "history", g.Year
			t := c.trace(f, "count", g.Award)
			t.Have, t.From, t.To = 1, n.Year+1, g.Year
			continue
		}
		if g.Year != n.Year {
			continue
		}
		if g.Award == c.a.Code {
			if !dup {
				f := c.add(Error, "one_achievement_one_award", c.p.oneAward,
					"Đối tượng đã được tặng chính danh hiệu, hình thức này cho thành tích cùng năm; không khen thưởng nhiều lần cho một thành tích.",
					"The subject already received this same title or award for the same year's achievement; one achievement is rewarded once.")
				f.Fact, f.Year = "history", n.Year
				c.noneTrace(f, g.Award, n.Year)
			}
			dup = true
			continue
		}
		o := slotAward(slot)
		if slot == 0 {
			o = cat.Lookup(g.Award)
		}
		if o != nil && o.Category == c.a.Category && o.Category != "danh_hieu_thi_dua" {
			f := c.add(Warning, "one_achievement_one_award", c.p.oneAward,
				"Cùng năm đã có một hình thức khen thưởng cùng loại; phải là thành tích khác, không khen nhiều hình thức cho một thành tích.",
				"Another award of the same kind was given for the same year; it must reward a different achievement.")
			f.Fact, f.Year = "history", n.Year
			c.noneTrace(f, g.Award, n.Year)
		}
	}
}

// noneTrace traces an award of year y that should not be there.
func (c *checker) noneTrace(f *Finding, code string, y int) {
	t := c.trace(f, "none", code)
	t.Have, t.From, t.To = 1, y, y
	t.Years = yearsOne(y)
}

// --- facts -----------------------------------------------------------------

func (c *checker) has(code string, year int) bool {
	if s := histSlot(code); s > 0 {
		return c.x.hist[s].Has(year)
	}
	h := c.n.History
	for i := range h {
		if h[i].Year == year && h[i].Award == code {
			return true
		}
	}
	return false
}

// last returns the latest year <= upTo with the award, or 0.
func (c *checker) last(code string, upTo int) int {
	if s := histSlot(code); s > 0 {
		return c.x.hist[s].Last(upTo)
	}
	best := 0
	h := c.n.History
	for i := range h {
		if h[i].Award == code && h[i].Year <= upTo && h[i].Year > best {
			best = h[i].Year
		}
	}
	return best
}

// streak counts consecutive years ending at end (going back, years > after)
// in which the subject holds code.
func (c *checker) streak(code string, end, after int) int {
	k := 0
	for y := end; y > after && c.has(code, y); y-- {
		k++
	}
	return k
}

// rating returns the rating level of a year: rNone if absent, rInvalid if
// the value is unknown.
func (c *checker) rating(year int) int {
	if !inYears(year) {
		return rNone
	}
	return int(c.x.rat[year-MinYear])
}

// initiatives counts initiatives in [from, to] of at least the given scope.
func (c *checker) initiatives(from, to, minScope int) int {
	k := 0
	in := c.n.Initiatives
	for i := range in {
		if in[i].Year >= from && in[i].Year <= to && scopeLevel(in[i].Scope) >= minScope {
			k++
		}
	}
	return k
}

// needRating checks the rating of one year against a minimum level and
// reports a missing or insufficient rating. It returns true when met.
func (c *checker) needRating(year, min int, cite Citation, vi, en string) bool {
	lvl := c.rating(year)
	switch {
	case lvl == rNone:
		f := c.add(Error, "missing_fact", cite,
			"Thiếu dữ kiện quyết định: kết quả đánh giá, xếp loại của năm.",
			"Missing decisive fact: the year's assessment rating.")
		f.Fact, f.Year, f.Need = "ratings", year, min
		c.ratingTrace(f, year, min)
		return false
	case lvl == rInvalid:
		f := c.add(Error, "missing_fact", cite,
			"Kết quả xếp loại không hợp lệ (HTXSNV, HTTNV, HTNV, KHTNV).",
			"Invalid rating value (HTXSNV, HTTNV, HTNV, KHTNV).")
		f.Fact, f.Year = "ratings", year
		c.ratingTrace(f, year, min)
		return false
	case lvl < min:
		f := c.add(Error, "rating", cite, vi, en)
		f.Fact, f.Year, f.Have, f.Need = "ratings", year, lvl, min
		c.ratingTrace(f, year, min)
		return false
	}
	return true
}

// ratingOK sets the year of a finding that the year's rating met min, and
// its trace.
func (c *checker) ratingOK(f *Finding, year, min int) {
	f.Year = year
	c.ratingTrace(f, year, min)
}

// ratingTrace traces the rating of one year against a minimum level.
func (c *checker) ratingTrace(f *Finding, year, min int) {
	t := c.trace(f, "rating", "ratings")
	t.Want, t.To, t.From = ratingCode(min), year, year
	t.Need = min
	switch lvl := c.rating(year); lvl {
	case rNone:
	case rInvalid:
		rs := c.n.Ratings
		for i := range rs {
			if rs[i].Year == year {
				t.Got = rs[i].Rating
			}
		}
	default:
		t.Got, t.Have = ratingCode(lvl), lvl
	}
}

// disciplineWindow reports discipline decided in [from, to] for
// individuals.
func (c *checker) disciplineWindow(from, to int, cite Citation) bool {
	if c.n.Subject.Kind != Individual {
		return true
	}
	if c.is22() {
		// From 2024 the bar on disciplined people is a principle of every
		// commendation: Decree 98/2023/NĐ-CP Art. 4(4).
		cite = c.p.disciplineCite
	}
	ok := true
	for i := range c.n.Disciplines {
		d := &c.n.Disciplines[i]
		y, valid := c.x.disciplineYear(i, d)
		if !valid || !knownDiscipline(d.Form) {
			f := c.add(Error, "missing_fact", cite,
				"Thông tin kỷ luật không đầy đủ hoặc không hợp lệ (hình thức, ngày quyết định YYYY-MM-DD).",
				"Discipline record incomplete or invalid (form, decision date YYYY-MM-DD).")
			f.Fact = "disciplines"
			t := c.trace(f, "value", "disciplines")
			t.Want, t.Got = "form + YYYY-MM-DD", d.Form+" "+d.Date
			ok = false
			continue
		}
		if y >= from && y <= to {
			f := c.add(Error, "discipline", cite,
				"Cá nhân bị kỷ luật trong thời gian xét thành tích thì không được xét tặng.",
				"A person disciplined during the period of the achievement cannot receive it.")
			f.Fact, f.Year = "disciplines", y
			t := c.trace(f, "none", "disciplines")
			t.Have, t.Got, t.From, t.To = 1, d.Form, from, to
			t.Years = yearsOne(y)
			ok = false
		} else if y == from-1 && c.is22() {
			// Decree 98/2023/NĐ-CP Art. 4(4): achievements count only once
			// the discipline period is over; its length is not an input.
			f := c.add(Warning, "discipline_period", cite,
				"Kỷ luật năm trước: thành tích chỉ được tính sau khi chấp hành xong thời hạn kỷ luật; cần đối chiếu thời hạn kỷ luật.",
				"Discipline in the year before: achievements count only after the discipline period ends; check its length.")
			f.Fact, f.Year = "disciplines", y
			t := c.trace(f, "none", "disciplines")
			t.Have, t.Got, t.From, t.To = 1, d.Form, y, y
			t.Years = yearsOne(y)
		}
	}
	if ok {
		f := c.add(Info, "discipline", cite, "Không có kỷ luật trong thời gian xét.", "No discipline in the period.")
		f.Fact = "disciplines"
		t := c.trace(f, "none", "disciplines")
		t.From, t.To = from, to
	}
	return ok
}

func knownDiscipline(s string) bool {
	return s == DisciplineReprimand || s == DisciplineWarning || s == DisciplineSalary ||
		s == DisciplineDemotion || s == DisciplineDismissal || s == DisciplineFiring
}

// --- yearly individual titles ------------------------------------------------

// yearlyIndividual checks the Lao động tiên tiến / Chiến sĩ tiên tiến
// standard for the nomination's year: rating, time worked and leave,
// discipline.
func (c *checker) yearlyIndividual() bool {
	y := c.n.Year
	// Art. 24(1)(a), both laws: "hoàn thành tốt nhiệm vụ" (2003 as amended
	// 2013: "hoàn thành tốt nhiệm vụ được giao"); clause 2 gives the armed
	// forces' title for the same standard. For a CSTĐ cơ sở nomination the
	// provision applied is Art. 23(1): "đạt tiêu chuẩn danh hiệu LĐTT/CSTT"
	// (Law 06/2022 and Law 15/2003 as amended 2013 alike).
	cite := c.law(24, 1, "a", true)
	if c.a.Code == "CSTD_CS" {
		cite = c.law(23, 1, "", true)
	}
	if c.a.Code == "CSTD_CS" && c.rating(y) == rNone && (c.has("LDTT", y) || c.has("CSTT", y)) {
		// the yearly title already conferred establishes the standard
		f := c.add(Info, "rating", cite, "Đã được công nhận Lao động tiên tiến/Chiến sĩ tiên tiến trong năm.", "Already recognised as Advanced Worker/Soldier for the year.")
		f.Year = y
		code := "LDTT"
		if !c.has(code, y) {
			code = "CSTT"
		}
		t := c.trace(f, "present", code)
		t.Need, t.Have, t.To = 1, 1, y
		ok := c.timeWorked(y)
		return c.disciplineWindow(y, y, c.p.disciplineCite) && ok
	}
	ok := c.needRating(y, rGood, cite,
		"Chưa đạt tiêu chuẩn Lao động tiên tiến/Chiến sĩ tiên tiến: phải hoàn thành tốt nhiệm vụ trở lên.",
		"Below the Advanced Worker/Soldier standard: duties must be completed well or better.")
	if ok {
		c.ratingOK(c.add(Info, "rating", cite, "Hoàn thành tốt nhiệm vụ trở lên trong năm.", "Duties completed well or better in the year."), y, rGood)
	}
	ok = c.timeWorked(y) && ok
	ok = c.disciplineWindow(y, y, c.p.disciplineCite) && ok
	return ok
}

func (c *checker) timeWorked(y int) bool {
	n, p := c.n, c.p
	ok := true
	if n.EmployedFrom == "" {
		f := c.add(Info, "time_worked", p.hireCite,
			"Không ghi ngày tuyển dụng: coi như đã công tác trước năm xét.",
			"No recruitment date: taken as employed before the year.")
		f.Fact = "employed_from"
		c.monthsTrace(f, y, 12)
	} else if d, valid := parseDate(n.EmployedFrom); !valid {
		f := c.add(Error, "missing_fact", p.hireCite, "Ngày tuyển dụng không hợp lệ (YYYY-MM-DD).", "Invalid recruitment date (YYYY-MM-DD).")
		f.Fact = "employed_from"
		t := c.trace(f, "value", "employed_from")
		t.Want, t.Got = "YYYY-MM-DD", n.EmployedFrom
		ok = false
	} else {
		months := 12
		if hy := d.year(); hy > y {
			months = 0
		} else if hy == y {
			months = monthsLeft(d, y)
		}
		if months < p.minMonthsNewHire {
			f := c.add(Error, "time_worked", p.hireCite,
				"Cá nhân mới tuyển dụng chưa đủ thời gian công tác tối thiểu trong năm để xét danh hiệu.",
				"A recruit without the minimum time worked in the year cannot receive the title.")
			f.Fact, f.Year, f.Have, f.Need = "employed_from", y, months, p.minMonthsNewHire
			c.monthsTrace(f, y, months)
			ok = false
		} else {
			f := c.add(Info, "time_worked", p.hireCite, "Đủ thời gian công tác trong năm.", "Enough time worked in the year.")
			f.Fact, f.Have, f.Need = "employed_from", months, p.minMonthsNewHire
			c.monthsTrace(f, y, months)
		}
	}
	start, end := civil(y, 1, 1), civil(y, 12, 31)
	absent := 0
	maternity, injury, study, longStudy := false, false, false, false
	for i := range n.Leaves {
		l := &n.Leaves[i]
		from, to, valid := c.x.leaveDays(i, l)
		if !valid || to < from {
			f := c.add(Error, "missing_fact", p.leaveCite, "Thời gian nghỉ không hợp lệ (from, to dạng YYYY-MM-DD, from ≤ to).", "Invalid leave period (from, to as YYYY-MM-DD, from ≤ to).")
			f.Fact = "leaves"
			t := c.trace(f, "value", "leaves")
			t.Want, t.Got = "from ≤ to, YYYY-MM-DD", l.From+" – "+l.To
			ok = false
			continue
		}
		long := l.Kind == LeaveStudy && to-from >= 365
		if long {
			longStudy = true
		}
		if from < start {
			from = start
		}
		if to > end {
			to = end
		}
		if to < from {
			continue
		}
		switch l.Kind {
		case LeaveMaternity:
			maternity = true
		case LeaveMilitary:
			injury = true
		case LeaveStudy:
			study = study || !long
		case LeaveSick, LeaveUnpaid:
			absent += weekdays(from, to)
		default:
			f := c.add(Error, "missing_fact", p.leaveCite, "Loại nghỉ không hợp lệ (maternity, study, sick, military, unpaid).", "Unknown leave kind (maternity, study, sick, military, unpaid).")
			f.Fact = "leaves"
			t := c.trace(f, "value", "leaves")
			t.Want, t.Got = "maternity, study, sick, military, unpaid", l.Kind
			ok = false
		}
	}
	if maternity {
		c.leaveNote(c.add(Info, "leave_counted", p.maternityCite,
			"Thời gian nghỉ thai sản theo quy định được tính để bình xét danh hiệu.",
			"Maternity leave counts as time worked for the title."), LeaveMaternity, y)
	}
	if injury {
		c.leaveNote(c.add(Info, "leave_counted", p.injuryCite,
			"Thời gian điều trị, điều dưỡng thương tích do chiến đấu, phục vụ chiến đấu, cứu người, cứu tài sản được tính để bình xét danh hiệu.",
			"Treatment of injuries suffered in combat or rescue counts as time worked for the title."), LeaveMilitary, y)
	}
	if study {
		c.leaveNote(c.add(Info, "leave_counted", p.studyCite,
			"Thời gian đào tạo, bồi dưỡng dưới 01 năm được tính vào thời gian công tác để bình xét danh hiệu.",
			"Training of under a year counts as time worked for the title."), LeaveStudy, y)
	}
	if longStudy {
		c.leaveNote(c.add(Info, "leave_counted", p.longStudyCite,
			"Thời gian đào tạo, bồi dưỡng từ 01 năm trở lên được tính để bình xét danh hiệu.",
			"Training of a year or more counts for the title."), LeaveStudy, y)
	}
	if longStudy && !c.is22() {
		c.leaveNote(c.add(Warning, "study_result", p.leaveCite,
			"Đào tạo từ 01 năm trở lên chỉ được tính khi chấp hành tốt quy định và có kết quả học tập từ loại khá trở lên; cần đối chiếu kết quả học tập.",
			"Training of a year or more counts only with good conduct and a result of 'khá' or better; check the result."), LeaveStudy, y)
	}
	if absent < absenceDays && !c.is22() && y <= absenceRuleLastYear {
		f := c.add(Info, "leave", Citation{Document: absenceCite.Document, Article: absenceCite.Article, Clause: absenceCite.Clause, Verified: y >= 2014},
			"Số ngày nghỉ không được tính (ốm, không lương) dưới 40 ngày làm việc.", "Fewer than 40 working days of uncounted absence.")
		f.Fact, f.Have, f.Need = "leaves", absent, absenceDays
		c.daysTrace(f, y, absent)
	}
	if absent >= absenceDays {
		if !c.is22() && y <= absenceRuleLastYear {
			f := c.add(Error, "leave", Citation{Document: absenceCite.Document, Article: absenceCite.Article, Clause: absenceCite.Clause, Verified: y >= 2014},
				"Nghỉ từ 40 ngày làm việc trở lên trong năm (không kể thai sản, thương tích, đào tạo) thì không xét danh hiệu.",
				"Absent 40 working days or more in the year (besides maternity, injury, training): no title.")
			f.Fact, f.Year, f.Have, f.Need = "leaves", y, absent, absenceDays
			c.daysTrace(f, y, absent)
			ok = false
		} else {
			// Silence, not permission: no provision in force was found
			// that excludes the title for long sick or unpaid leave (only
			// recruits under the minimum months are excluded), so the
			// verdict stays with the rating and the finding says so.
			f := c.add(Warning, "leave", absenceCite,
				"Nghỉ (ốm, không lương) từ 40 ngày làm việc trở lên: quy định loại trừ của Nghị định 65/2014/NĐ-CP đã bị bãi bỏ từ Nghị định 91/2017/NĐ-CP; văn bản hiện hành không quy định về thời gian nghỉ này (chỉ loại trừ người mới tuyển dụng chưa đủ thời gian), kết quả xếp loại của năm quyết định; cần đối chiếu quy chế thi đua, khen thưởng của cơ quan, đơn vị.",
				"Absent (sick, unpaid) 40 working days or more: Decree 65/2014/NĐ-CP's exclusion was repealed by Decree 91/2017/NĐ-CP; the texts in force are silent on such absence (only recruits short of the minimum time are excluded), so the year's rating decides; check the unit's emulation rules.")
			f.Fact, f.Year, f.Have = "leaves", y, absent
			c.daysTrace(f, y, absent)
		}
	}
	return ok
}

// monthsTrace traces the months worked in year y against the regime's
// minimum for recruits.
func (c *checker) monthsTrace(f *Finding, y, months int) {
	t := c.trace(f, "months", "employed_from")
	t.Need, t.Have, t.From, t.To = c.p.minMonthsNewHire, months, y, y
}

// daysTrace traces the working days of uncounted absence in year y.
func (c *checker) daysTrace(f *Finding, y, days int) {
	t := c.trace(f, "days", "leaves")
	t.Need, t.Have, t.From, t.To = absenceDays, days, y, y
}

// leaveNote sets the fact of a note on leave of a kind counted as time
// worked in year y, and its trace.
func (c *checker) leaveNote(f *Finding, kind string, y int) {
	f.Fact = "leaves"
	t := c.trace(f, "value", "leaves")
	t.Got, t.Want, t.From, t.To = kind, kind, y, y
}

// monthsLeft counts whole months from d to the end of year y.
func monthsLeft(d date, y int) int {
	// find month and day of d by walking the months of y (no allocation)
	m, day := 1, int(d-civil(y, 1, 1))+1
	for m <= 12 && day > daysIn(y, m) {
		day -= daysIn(y, m)
		m++
	}
	if day == 1 {
		return 13 - m
	}
	return 12 - m
}

func (c *checker) grassrootsFighter() {
	y := c.n.Year
	c.yearlyIndividual()
	if c.is22() {
		cite := c.law(23, 2, "", true)
		if c.rating(y) == rExcellent {
			c.ratingOK(c.add(Info, "excellence_or_initiative", cite, "Hoàn thành xuất sắc nhiệm vụ trong năm.", "Duties completed excellently in the year."), y, rExcellent)
			return
		}
		if k := c.initiatives(y, y, 1); k > 0 {
			f := c.add(Info, "excellence_or_initiative", cite, "Có sáng kiến, đề tài được công nhận trong năm.", "A recognised initiative or research work in the year.")
			f.Year, f.Have = y, k
			c.initiativeTrace(f, y, y, 1, 1, rExcellent)
			return
		}
		f := c.add(Error, "excellence_or_initiative", cite,
			"Chưa hoàn thành xuất sắc nhiệm vụ và không có sáng kiến, đề tài khoa học được công nhận trong năm.",
			"Neither excellent completion of duties nor a recognised initiative or research work in the year.")
		f.Fact, f.Year = "ratings, initiatives", y
		c.initiativeTrace(f, y, y, 1, 1, rExcellent)
		return
	}
	cite := c.law(23, 2, "", true)
	if k := c.initiatives(y, y, 1); k > 0 {
		f := c.add(Info, "initiative", cite, "Có sáng kiến, đề tài được cơ sở công nhận trong năm.", "A grassroots-recognised initiative or research work in the year.")
		f.Year, f.Have = y, k
		c.initiativeTrace(f, y, y, 1, 1, 0)
		return
	}
	f := c.add(Error, "initiative", cite,
		"Trước năm 2024, Chiến sĩ thi đua cơ sở bắt buộc có sáng kiến hoặc đề tài khoa học được cơ sở công nhận trong năm.",
		"Before 2024 the Grassroots Emulation Fighter title required a recognised initiative or research work in the year.")
	f.Fact, f.Year, f.Need = "initiatives", y, 1
	c.initiativeTrace(f, y, y, 1, 1, 0)
}

// initiativeScopes are the Of of initiative traces, by scope level.
var initiativeScopes = [...]string{1: "initiatives:" + ScopeGrassroots, 2: "initiatives:" + ScopeMinistryProvince, 3: "initiatives:" + ScopeNational}

// initiativeTrace traces a count of initiatives of at least the given
// scope in [from, to] against need; orRating, when not 0, is a rating of
// the year to that meets the rule instead.
func (c *checker) initiativeTrace(f *Finding, from, to, scope, need, orRating int) *Trace {
	t := c.trace(f, "count", initiativeScopes[scope])
	t.Need, t.From, t.To = need, from, to
	t.Have = c.initiatives(from, to, scope)
	t.Years = c.yearsOf(from, to, func(y int) bool { return c.initiatives(y, y, scope) > 0 })
	if orRating != 0 {
		t.Want = ratingCode(orRating)
		t.Got = ratingCode(c.rating(to))
	}
	return t
}

// consecutiveTrace traces a run of k consecutive years holding code ending
// at end, of the need the rule asks, counted after the year after; when
// short, next is the year the run reaches need if it goes on.
func (c *checker) consecutiveTrace(f *Finding, code string, end, after, k, need int) *Trace {
	t := c.trace(f, "consecutive", code)
	t.Need, t.Have, t.From, t.To = need, k, after+1, end
	if after == 0 {
		t.From = 0
	}
	for yy := end - k + 1; yy <= end; yy++ {
		t.Years.Add(yy)
	}
	if k < need {
		t.NextEligible = end + need - k
	}
	return t
}

func (c *checker) ministryFighter() {
	y := c.n.Year
	after := c.last("CSTD_BO_TINH", y-1)
	k := c.streak("CSTD_CS", y, after)
	cite := c.law(22, 1, "a", true)
	if !c.is22() {
		cite = c.law(22, 0, "", true)
	}
	if k < 3 {
		f := c.add(Error, "consecutive_prerequisite", cite,
			"Chưa đủ 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở đến năm xét (sau lần được tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh gần nhất).",
			"Fewer than 3 consecutive Grassroots Emulation Fighter titles up to the year (since the last Ministry/Province Emulation Fighter).")
		f.Fact, f.Year, f.Have, f.Need = "history", y, k, 3
		c.consecutiveTrace(f, "CSTD_CS", y, after, k, 3)
		if k == 0 && c.streak("CSTD_CS", y-1, after) >= 3 {
			g := c.add(Info, "timing", cite,
				"Chuỗi 03 lần Chiến sĩ thi đua cơ sở kết thúc ở năm trước: danh hiệu được xét cho năm đạt lần thứ ba.",
				"The chain of three grassroots titles ended the year before: the title is considered for the year of the third.")
			g.Fact, g.Year = "year", y-1
			c.consecutiveTrace(g, "CSTD_CS", y-1, after, c.streak("CSTD_CS", y-1, after), 3)
		}
	} else {
		f := c.add(Info, "consecutive_prerequisite", cite, "Đủ 03 lần liên tục đạt Chiến sĩ thi đua cơ sở.", "Three consecutive Grassroots Emulation Fighter titles.")
		f.Have, f.Need = k, 3
		c.consecutiveTrace(f, "CSTD_CS", y, after, k, 3)
		c.transition(y - k + 1)
	}
	// Before 2024 the initiative's ministry/province-wide effect is
	// required by Decree 91/2017/NĐ-CP Art. 9(2) (Law 15/2003 Art. 22 only
	// asks for three consecutive grassroots titles).
	ic := c.law(22, 1, "b", true)
	if !c.is22() {
		ic = Citation{Document: docDec91, Article: 9, Clause: 2, Verified: true}
	}
	c.scopeInitiative(y-2, y, 2, ic)
	c.disciplineWindow(y, y, c.p.disciplineCite)
}

func (c *checker) scopeInitiative(from, to, scope int, cite Citation) {
	k := c.initiatives(from, to, scope)
	if k == 0 {
		vi, en := "Không có sáng kiến, đề tài có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh trong thời gian xét.",
			"No initiative or research work of ministry/province-wide effect in the period."
		if scope == 3 {
			vi, en = "Không có sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc trong thời gian xét.",
				"No initiative or research work of nationwide effect in the period."
		}
		f := c.add(Error, "initiative_scope", cite, vi, en)
		f.Fact, f.Year, f.Need = "initiatives", to, 1
		c.initiativeTrace(f, from, to, scope, 1, 0)
		return
	}
	f := c.add(Info, "initiative_scope", cite, "Có sáng kiến, đề tài đạt phạm vi ảnh hưởng yêu cầu.", "An initiative or research work of the required scope.")
	f.Have = k
	c.initiativeTrace(f, from, to, scope, 1, 0)
}

// bothFighterChainsBroken tells whether the CSTĐ bộ, tỉnh titles of years
// b1 < b2 are not consecutive. When the history lists CSTĐ cơ sở titles in
// [b1-2, b2], the grassroots chain must run unbroken through those years.
// When it lists none there, each CSTĐ bộ, tỉnh of year Y is taken to stand
// on the CSTĐ cơ sở of Y-2..Y it required (Art. 22(1)(a)), and only the
// years between the two windows (b1+1..b2-3) would need listing: titles
// three years apart are consecutive.
func (c *checker) bothFighterChainsBroken(b1, b2 int) bool {
	listed := false
	for y := b1 - 2; y <= b2 && !listed; y++ {
		listed = c.has("CSTD_CS", y)
	}
	if listed {
		return c.streak("CSTD_CS", b2, b1-3) < b2-b1+3
	}
	return b2-b1 > 3
}

func (c *checker) nationalFighter() {
	y := c.n.Year
	prevTQ := c.last("CSTD_TQ", y-1)
	b2 := c.last("CSTD_BO_TINH", y)
	b1 := 0
	if b2 > 0 {
		b1 = c.last("CSTD_BO_TINH", b2-1)
	}
	cite := c.law(21, 1, "a", true)
	switch {
	case b2 == 0 || b1 == 0 || b1 <= prevTQ:
		f := c.add(Error, "consecutive_prerequisite", cite,
			"Chưa đủ 02 lần được tặng danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh (sau lần được tặng Chiến sĩ thi đua toàn quốc gần nhất).",
			"Fewer than 2 Ministry/Province Emulation Fighter titles (since the last National Emulation Fighter).")
		f.Fact, f.Year, f.Need = "history", y, 2
		if b2 > 0 {
			f.Have = 1
		}
		t := c.countTrace(f, "CSTD_BO_TINH", prevTQ+1, y, 2)
		t.NextEligible = c.nextNational(b2, prevTQ)
	case y-b2 > 1:
		f := c.add(Error, "timing", cite,
			"Danh hiệu Chiến sĩ thi đua toàn quốc được xét vào năm hoặc năm liền sau lần thứ hai được tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh.",
			"The national title is considered in the year of, or the year after, the second ministry/province title.")
		f.Fact, f.Year = "history", b2
		t := c.countTrace(f, "CSTD_BO_TINH", y-1, y, 1)
		t.NextEligible = c.nextNational(b2, prevTQ)
	case c.bothFighterChainsBroken(b1, b2):
		f := c.add(Error, "consecutive_prerequisite", cite,
			"Hai lần Chiến sĩ thi đua bộ, ban, ngành, tỉnh không liên tục: chuỗi Chiến sĩ thi đua cơ sở giữa hai lần bị gián đoạn.",
			"The two ministry/province titles are not consecutive: the chain of grassroots titles between them is broken.")
		f.Fact, f.Year, f.Have, f.Need = "history", b2, c.streak("CSTD_CS", b2, b1-3), b2-b1+3
		t := c.consecutiveTrace(f, "CSTD_CS", b2, b1-3, f.Have, f.Need)
		t.NextEligible = c.nextNational(b2, prevTQ)
	default:
		f := c.add(Info, "consecutive_prerequisite", cite, "Đủ 02 lần liên tục đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh.", "Two consecutive ministry/province titles.")
		f.Have, f.Need = 2, 2
		c.countTrace(f, "CSTD_BO_TINH", prevTQ+1, y, 2)
		c.transition(b1 - 2)
	}
	from := b1 - 2
	if b1 == 0 {
		from = y - 5
	}
	// Before 2024: Decree 91/2017/NĐ-CP Art. 9(1) (clause inferred from
	// Art. 9(2), 9(3), which were read; UNVERIFIED).
	ic := c.law(21, 1, "b", true)
	if !c.is22() {
		ic = Citation{Document: docDec91, Article: 9, Clause: 1, Verified: false}
	}
	c.scopeInitiative(from, y, 3, ic)
	c.disciplineWindow(y, y, c.p.disciplineCite)
}

// nextNational is the earliest year after the nomination's in which the
// subject can hold two consecutive CSTĐ bộ, tỉnh (the national title's
// chain) if the grassroots chain goes on, given b2, the last CSTĐ bộ, tỉnh
// up to the year (0: none), and the last national title prevTQ. A CSTĐ bộ,
// tỉnh comes with the third consecutive CSTĐ cơ sở after the previous one.
func (c *checker) nextNational(b2, prevTQ int) int {
	y := c.n.Year
	if b2 <= prevTQ {
		// none since the last national title: two to earn
		k := c.streak("CSTD_CS", y, max(prevTQ, b2))
		return max(y, y+3-k) + 3
	}
	// b2 counts if the grassroots chain runs unbroken from it to the year
	if k := c.streak("CSTD_CS", y, b2); k == y-b2 {
		return max(b2+3, y+1)
	} else {
		return max(y, y+3-k) + 3
	}
}

// countTrace traces the years in [from, to] holding code against need.
func (c *checker) countTrace(f *Finding, code string, from, to, need int) *Trace {
	t := c.trace(f, "count", code)
	t.Need, t.From, t.To = need, from, to
	t.Years = c.yearsOf(from, to, func(y int) bool { return c.has(code, y) })
	t.Have = t.Years.Len()
	return t
}

// --- collectives --------------------------------------------------------------

func (c *checker) members(cite Citation) *Members {
	m := c.n.Members
	if m == nil || m.Total <= 0 {
		f := c.add(Error, "missing_fact", cite,
			"Thiếu dữ kiện quyết định: số thành viên của tập thể và kết quả của họ trong năm.",
			"Missing decisive fact: the collective's members and their results in the year.")
		f.Fact, f.Year = "members", c.n.Year
		t := c.trace(f, "present", "members")
		t.Need, t.To = 1, c.n.Year
		return nil
	}
	if m.Completed > m.Total || m.Advanced > m.Total || m.Fighters > m.Total || m.Disciplined > m.Total || m.Completed < 0 || m.Advanced < 0 || m.Fighters < 0 || m.Disciplined < 0 {
		f := c.add(Error, "missing_fact", cite, "Số liệu thành viên không hợp lệ (vượt quá tổng số hoặc âm).", "Member counts are inconsistent (above the total or negative).")
		f.Fact = "members"
		t := c.trace(f, "value", "members")
		t.Want, t.Base = "0 ≤ count ≤ total", m.Total
		return nil
	}
	return m
}

func (c *checker) advancedCollective() {
	y := c.n.Year
	// Law 15/2003 Art. 28 (as amended 2013): 1. TTLĐTT: a) hoàn thành tốt
	// nhiệm vụ; c) trên 50% LĐTT and no member disciplined with a warning
	// or heavier; 2. ĐVTT: points a, b, d of clause 1 and over 50% CSTT (no
	// discipline criterion). Law 06/2022 Art. 28: its text was not read;
	// the same layout is inferred (clause 1 TTLĐTT with a) the rating and
	// c) the share, clause 2 ĐVTT), as Art. 27 of the same Law keeps the
	// 2003 layout (1 TTLĐXS, points a-đ; 2 ĐVQT by reference to clause 1).
	// The inferred clause and point are cited unverified.
	cite, share := c.law(28, 1, "a", true), c.law(28, 1, "c", true)
	if c.a.Code == "DVTT" {
		cite, share = c.law(28, 2, "", true), c.law(28, 2, "", true)
	}
	if c.is22() {
		cite.Verified, share.Verified = false, false
	}
	if c.needRating(y, rGood, cite,
		"Tập thể chưa hoàn thành tốt nhiệm vụ trong năm.", "The collective did not complete its duties well in the year.") {
		c.ratingOK(c.add(Info, "rating", cite, "Tập thể hoàn thành tốt nhiệm vụ trở lên.", "The collective completed its duties well or better."), y, rGood)
	}
	m := c.members(share)
	if m == nil {
		return
	}
	cite = share
	// more than half: advanced > total - advanced (0 ≤ advanced ≤ total,
	// so neither side can overflow)
	if m.Advanced <= m.Total-m.Advanced {
		f := c.add(Error, "advanced_share", cite,
			"Không có trên 50% cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến/Chiến sĩ tiên tiến.",
			"Not more than 50% of members are Advanced Workers/Soldiers.")
		f.Fact, f.Have, f.Need = "members.advanced", m.Advanced, m.Total/2+1
		c.shareTrace(f, "members.advanced", m.Advanced, m.Total/2+1, m.Total)
	} else {
		f := c.add(Info, "advanced_share", cite, "Trên 50% cá nhân đạt Lao động tiên tiến/Chiến sĩ tiên tiến.", "More than 50% Advanced Workers/Soldiers.")
		f.Have, f.Need = m.Advanced, m.Total/2+1
		c.shareTrace(f, "members.advanced", m.Advanced, m.Total/2+1, m.Total)
	}
	if c.is22() || c.a.Code != "DVTT" {
		c.noDisciplinedMember(m, cite, !c.is22())
	}
}

// noDisciplinedMember checks that no member was disciplined with a warning
// or heavier; hard false reports a breach as a warning (a criterion of the
// old law whose survival in the 2022 text could not be verified).
func (c *checker) noDisciplinedMember(m *Members, cite Citation, hard bool) {
	if m.Disciplined > 0 {
		sev, vi, en := Error, "Có cá nhân trong tập thể bị kỷ luật từ hình thức cảnh cáo trở lên.", "A member was disciplined with a warning or heavier."
		if !hard {
			sev, vi, en = Warning,
				"Có cá nhân trong tập thể bị kỷ luật từ hình thức cảnh cáo trở lên; tiêu chuẩn này của Luật 2003 chưa đối chiếu được với Luật 2022.",
				"A member was disciplined with a warning or heavier; this criterion of the 2003 Law could not be checked against the 2022 text."
		}
		f := c.add(sev, "member_discipline", cite, vi, en)
		f.Fact, f.Have = "members.disciplined", m.Disciplined
		c.memberDisciplineTrace(f, m)
		return
	}
	f := c.add(Info, "member_discipline", cite, "Không có cá nhân bị kỷ luật từ cảnh cáo trở lên.", "No member disciplined with a warning or heavier.")
	f.Fact = "members.disciplined"
	c.memberDisciplineTrace(f, m)
}

// memberDisciplineTrace traces the members disciplined in the year.
func (c *checker) memberDisciplineTrace(f *Finding, m *Members) {
	t := c.trace(f, "none", "members.disciplined")
	t.Have, t.Base, t.From, t.To = m.Disciplined, m.Total, c.n.Year, c.n.Year
}

// shareTrace traces a count of members against the need out of total.
func (c *checker) shareTrace(f *Finding, of string, have, need, total int) {
	t := c.trace(f, "share", of)
	t.Have, t.Need, t.Base, t.To = have, need, total, c.n.Year
}

func (c *checker) excellentCollective() {
	y := c.n.Year
	// 2022 Law Art. 27(1): a) excellent completion, c) 100% completed and
	// at least 70% LĐTT, d) a CSTĐ cơ sở; Art. 27(2) for armed units.
	// Before 2024 (Law 15/2003 Art. 27, wording UNVERIFIED) also no member
	// disciplined with a warning or heavier.
	pt := func(point string) Citation {
		if !c.is22() {
			return c.law(27, 0, "", false)
		}
		if c.a.Code == "DVQT" {
			return c.law(27, 2, "", true)
		}
		return c.law(27, 1, point, true)
	}
	if c.needRating(y, rExcellent, pt("a"),
		"Tập thể chưa hoàn thành xuất sắc nhiệm vụ trong năm.", "The collective did not complete its duties excellently.") {
		c.ratingOK(c.add(Info, "rating", pt("a"), "Tập thể hoàn thành xuất sắc nhiệm vụ.", "The collective completed its duties excellently."), y, rExcellent)
	}
	m := c.members(pt("c"))
	if m == nil {
		return
	}
	if m.Completed < m.Total {
		f := c.add(Error, "members_completed", pt("c"), "Không phải 100% cá nhân trong tập thể hoàn thành nhiệm vụ.", "Not every member completed their duties.")
		f.Fact, f.Have, f.Need = "members.completed", m.Completed, m.Total
		c.shareTrace(f, "members.completed", m.Completed, m.Total, m.Total)
	} else {
		f := c.add(Info, "members_completed", pt("c"), "100% cá nhân hoàn thành nhiệm vụ.", "Every member completed their duties.")
		f.Fact = "members.completed"
		c.shareTrace(f, "members.completed", m.Completed, m.Total, m.Total)
	}
	// at least 70%: ceil(7 × total / 10), computed as 7 × (total / 10)
	// plus the ceiling of the remainder's share, which cannot overflow for
	// any total (checkBounds keeps it ≤ MaxCount anyway).
	need := m.Total/10*7 + (m.Total%10*7+9)/10
	if m.Advanced < need {
		f := c.add(Error, "advanced_share", pt("c"), "Dưới 70% cá nhân đạt Lao động tiên tiến/Chiến sĩ tiên tiến.", "Fewer than 70% of members are Advanced Workers/Soldiers.")
		f.Fact, f.Have, f.Need = "members.advanced", m.Advanced, need
		c.shareTrace(f, "members.advanced", m.Advanced, need, m.Total)
	} else {
		f := c.add(Info, "advanced_share", pt("c"), "Ít nhất 70% cá nhân đạt Lao động tiên tiến/Chiến sĩ tiên tiến.", "At least 70% Advanced Workers/Soldiers.")
		f.Have, f.Need = m.Advanced, need
		c.shareTrace(f, "members.advanced", m.Advanced, need, m.Total)
	}
	if m.Fighters < 1 {
		f := c.add(Error, "grassroots_fighter", pt("d"), "Không có cá nhân đạt Chiến sĩ thi đua cơ sở.", "No member is a Grassroots Emulation Fighter.")
		f.Fact, f.Need = "members.fighters", 1
		c.shareTrace(f, "members.fighters", m.Fighters, 1, m.Total)
	} else {
		f := c.add(Info, "grassroots_fighter", pt("d"), "Có cá nhân đạt Chiến sĩ thi đua cơ sở.", "At least one Grassroots Emulation Fighter.")
		f.Have = m.Fighters
		c.shareTrace(f, "members.fighters", m.Fighters, 1, m.Total)
	}
	if !c.is22() {
		c.noDisciplinedMember(m, pt(""), true)
	}
}

func (c *checker) leading(cite Citation) bool {
	y := c.n.Year
	seen := false
	for _, b := range c.n.BlocResults {
		if b.Year != y {
			continue
		}
		seen = true
		if b.Leading || b.Rank == 1 {
			f := c.add(Info, "bloc_leading", cite, "Tập thể dẫn đầu cụm, khối thi đua trong năm.", "The collective led its emulation bloc in the year.")
			f.Year = y
			t := c.trace(f, "present", "bloc_leading")
			t.Need, t.Have, t.To, t.Got = 1, 1, y, b.Bloc
			return true
		}
	}
	if !seen {
		f := c.add(Error, "missing_fact", cite,
			"Thiếu dữ kiện quyết định: kết quả bình xét của cụm, khối thi đua trong năm (bloc_results).",
			"Missing decisive fact: the emulation bloc result of the year (bloc_results).")
		f.Fact, f.Year = "bloc_results", y
		t := c.trace(f, "present", "bloc_results")
		t.Need, t.To = 1, y
		return false
	}
	f := c.add(Error, "bloc_leading", cite,
		"Tập thể không dẫn đầu cụm, khối thi đua trong năm.",
		"The collective did not lead its emulation bloc in the year.")
	f.Fact, f.Year = "bloc_results", y
	t := c.trace(f, "present", "bloc_leading")
	t.Need, t.To = 1, y
	return false
}

func (c *checker) ministryFlag() {
	y := c.n.Year
	cite := c.law(26, 1, "", true)
	if !c.is22() {
		cite = Citation{Document: docDec91, Article: 12, Verified: true}
	}
	c.leading(cite)
	rc := c.law(26, 1, "", false)
	if c.needRating(y, rExcellent, rc,
		"Tập thể chưa hoàn thành xuất sắc, vượt mức nhiệm vụ trong năm.", "The collective did not complete its duties excellently in the year.") {
		c.ratingOK(c.add(Info, "rating", rc, "Tập thể hoàn thành xuất sắc nhiệm vụ.", "The collective completed its duties excellently."), y, rExcellent)
	}
}

func (c *checker) governmentFlag() {
	y := c.n.Year
	if c.is22() {
		// Art. 25(1): among the collectives leading the blocs organised by
		// ministries/provinces (or Art. 25(2): leading a bloc of the
		// Central Council), a) exceeding the year's targets.
		cite := c.law(25, 1, "", true)
		c.leading(cite)
		rc := c.law(25, 1, "a", true)
		if c.needRating(y, rExcellent, rc,
			"Tập thể chưa có thành tích xuất sắc, hoàn thành vượt mức chỉ tiêu, nhiệm vụ trong năm.", "The collective did not exceed its targets in the year.") {
			c.ratingOK(c.add(Info, "rating", rc, "Tập thể hoàn thành xuất sắc, vượt mức nhiệm vụ.", "The collective exceeded its targets."), y, rExcellent)
		}
		return
	}
	// Decree 91/2017 Art. 11(1): chosen among the collectives meeting the
	// ministry/province flag standard; Law 15/2003 Art. 25(1): exceeding
	// the year's targets.
	pc := Citation{Document: docDec91, Article: 11, Clause: 1, Verified: true}
	if !c.has("CO_BO_TINH", y) {
		f := c.add(Error, "prerequisite", pc,
			"Cờ thi đua của Chính phủ được xét trong số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh cùng năm; hồ sơ không có.",
			"The Government flag is chosen among collectives meeting the same year's ministry/province flag standard; none is recorded.")
		f.Fact, f.Year = "history", y
		t := c.trace(f, "present", "CO_BO_TINH")
		t.Need, t.To = 1, y
	} else {
		f := c.add(Info, "prerequisite", pc, "Đạt Cờ thi đua cấp bộ, ngành, tỉnh trong năm.", "Holds the ministry/province flag of the year.")
		f.Year = y
		t := c.trace(f, "present", "CO_BO_TINH")
		t.Need, t.Have, t.To = 1, 1, y
	}
	rc := c.law(25, 1, "", true)
	if c.needRating(y, rExcellent, rc,
		"Tập thể chưa hoàn thành vượt mức chỉ tiêu, nhiệm vụ trong năm.", "The collective did not exceed its targets in the year.") {
		c.ratingOK(c.add(Info, "rating", rc, "Tập thể hoàn thành vượt mức nhiệm vụ.", "The collective exceeded its targets."), y, rExcellent)
	}
}

// --- Bằng khen, Giấy khen, Huân chương ------------------------------------------

func (c *checker) regular() bool {
	if c.n.Ground == "" || c.n.Ground == "regular" {
		return true
	}
	f := c.add(Warning, "ground_not_checked", c.cite(0),
		"Khen theo phong trào thi đua, đột xuất hoặc quá trình cống hiến: tiêu chuẩn thành tích phải đối chiếu hồ sơ, không kiểm tra từ dữ liệu.",
		"Campaign, sudden or career ground: the achievement must be checked in the dossier, not from the input facts.")
	f.Fact = "ground"
	t := c.trace(f, "value", "ground")
	t.Want, t.Got = "regular", c.n.Ground
	c.disciplineWindow(c.n.Year, c.n.Year, c.cite(0))
	return false
}

func (c *checker) ministryMerit() {
	if !c.regular() {
		return
	}
	y := c.n.Year
	after := c.last("BK_BO_TINH", y-1)
	switch c.n.Subject.Kind {
	case Individual:
		cite := c.cite(0)
		if c.is22() {
			if k := c.streak("CSTD_CS", y, after); k >= 2 {
				f := c.add(Info, "consecutive_prerequisite", cite, "02 lần liên tục đạt Chiến sĩ thi đua cơ sở.", "Two consecutive Grassroots Emulation Fighter titles.")
				f.Have, f.Need = k, 2
				c.consecutiveTrace(f, "CSTD_CS", y, after, k, 2)
				c.transition(y - 1)
				c.disciplineWindow(y-1, y, cite)
				return
			}
		}
		ok := true
		// if the chain goes on, the next certificate comes the year after
		// the nomination's when that year counts, else a year later
		next := y + 2
		if y > after && (c.rating(y) == rExcellent || c.is22() && c.has("CSTD_CS", y)) {
			next = y + 1
		}
		for yy := y - 1; yy <= y; yy++ {
			if yy <= after {
				f := c.add(Error, "one_achievement_one_award", c.p.oneAward,
					"Năm này đã được tính cho Bằng khen lần trước.", "This year already counted for the previous certificate.")
				f.Fact, f.Year = "history", yy
				t := c.trace(f, "interval", "BK_BO_TINH")
				t.Need, t.Have, t.To, t.NextEligible = 2, y-after, y, next
				t.Years = yearsOne(after)
				ok = false
				continue
			}
			if !c.needRating(yy, rExcellent, cite,
				"Chưa đủ 02 năm liên tục hoàn thành xuất sắc nhiệm vụ (và không có 02 lần liên tục Chiến sĩ thi đua cơ sở).",
				"Not 2 consecutive years of excellent completion (nor 2 consecutive Grassroots Emulation Fighter titles).") {
				c.chainNext(next)
				ok = false
			}
		}
		if k := c.initiatives(y-1, y, 1); k < 2 {
			f := c.add(Error, "initiatives", cite,
				"Chưa có 02 sáng kiến (hoặc đề tài) được công nhận, áp dụng hiệu quả trong phạm vi cơ sở trong 02 năm xét.",
				"Fewer than 2 grassroots initiatives (or research works) in the 2 years.")
			f.Fact, f.Have, f.Need = "initiatives", k, 2
			c.initiativeTrace(f, y-1, y, 1, 2, 0)
			ok = false
		} else if ok {
			f := c.add(Info, "initiatives", cite, "02 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 02 sáng kiến cấp cơ sở.", "Two consecutive excellent years with 2 grassroots initiatives.")
			f.Have, f.Need = k, 2
			c.initiativeTrace(f, y-1, y, 1, 2, 0)
		}
		c.disciplineWindow(y-1, y, cite)
	case Collective:
		cite := c.law(74, 2, "", false)
		if !c.is22() {
			cite = Citation{Document: docDec91, Article: 39, Clause: 2, Verified: false}
		}
		next := y + 2
		if c.rating(y) == rExcellent {
			next = y + 1
		}
		for yy := y - 1; yy <= y; yy++ {
			if c.needRating(yy, rExcellent, cite,
				"Tập thể chưa đủ 02 năm liên tục hoàn thành xuất sắc nhiệm vụ.", "The collective lacks 2 consecutive excellent years.") {
				c.ratingOK(c.add(Info, "rating", cite, "Tập thể hoàn thành xuất sắc nhiệm vụ.", "The collective completed its duties excellently."), yy, rExcellent)
			} else {
				c.chainNext(next)
			}
		}
	default:
		c.notEncoded()
	}
}

// chainNext sets, on the finding just added when it is an error of rule
// "rating" (a rating below the chain's: not a missing one), the year the
// chain can be met if it goes on.
func (c *checker) chainNext(next int) {
	f := &c.r.Findings[len(c.r.Findings)-1]
	if f.Severity == Error && f.Rule == "rating" {
		f.Trace.NextEligible = next
	}
}

// window checks the years after a prerequisite award: all of (p, y] must be
// rated at least min, and there must be at least span of them. It returns
// the number of excellent years and CSTĐ cơ sở titles in the window.
func (c *checker) window(prev string, span, min int, cite Citation) (ok bool, excellent, fighters, from int) {
	y := c.n.Year
	lastSelf := c.last(c.a.Code, y-1)
	p := 0
	for i := range c.n.History {
		g := &c.n.History[i]
		if g.Award == prev && g.Year <= y-span && g.Year >= lastSelf && g.Year > p {
			p = g.Year
		}
	}
	if p == 0 {
		f := c.add(Error, "prerequisite", cite,
			"Chưa được tặng hình thức khen thưởng liền dưới ít nhất 05 năm trước năm xét (sau lần khen thưởng cùng hình thức gần nhất).",
			"The next lower award was not received at least 5 years before the year (since the last award of this kind).")
		f.Fact, f.Need = "history", span
		t := c.trace(f, "interval", prev)
		t.Need, t.To = span, y
		// if the chain goes on: span years after the lower award held since
		// the last of this kind, or after one conferred for this year
		t.NextEligible = y + span
		if q := c.last(prev, y); q > 0 {
			f.Year, f.Have = q, y-q
			t.Have = y - q
			t.Years = yearsOne(q)
			if q >= lastSelf {
				t.NextEligible = q + span
			}
		}
		return false, 0, 0, 0
	}
	f := c.add(Info, "prerequisite", cite, "Đã có hình thức khen thưởng liền dưới và đủ khoảng cách thời gian.", "Holds the next lower award with the required interval.")
	f.Year, f.Have, f.Need = p, y-p, span
	t := c.trace(f, "interval", prev)
	t.Need, t.Have, t.To = span, y-p, y
	t.Years = yearsOne(p)
	c.transition(p)
	ok = true
	for yy := p + 1; yy <= y; yy++ {
		lvl := c.rating(yy)
		if lvl == rExcellent {
			excellent++
		}
		if c.has("CSTD_CS", yy) {
			fighters++
		}
		if lvl < min {
			if lvl == rNone || lvl == rInvalid {
				g := c.add(Error, "missing_fact", cite,
					"Thiếu dữ kiện quyết định: kết quả xếp loại của một năm trong thời gian xét.",
					"Missing decisive fact: the rating of a year in the period.")
				g.Fact, g.Year, g.Need = "ratings", yy, min
				c.ratingTrace(g, yy, min)
			} else {
				g := c.add(Error, "continuity", cite,
					"Thời gian xét không liên tục đạt mức xếp loại yêu cầu.",
					"The period is not continuously rated at the required level.")
				g.Fact, g.Year, g.Have, g.Need = "ratings", yy, lvl, min
				c.ratingTrace(g, yy, min)
				// the chain starts again: span years after a lower award
				// held after the break, or else one conferred for this
				// year at the soonest (the years before are past)
				g.Trace.NextEligible = y + span
				if q := c.last(prev, y); q > yy {
					g.Trace.NextEligible = q + span
				}
			}
			ok = false
		}
	}
	return ok, excellent, fighters, p + 1
}

// windowTrace traces the ratings of the window from..y against min on the
// finding that sums the window up.
func (c *checker) windowTrace(f *Finding, from, min int) {
	y := c.n.Year
	t := c.trace(f, "every_year", "ratings")
	t.Want, t.From, t.To, t.Need = ratingCode(min), from, y, y-from+1
	t.Years = c.yearsOf(from, y, func(yy int) bool { return c.rating(yy) < min })
	t.Have = t.Need - t.Years.Len()
}

// windowOK sets the length of the window from..y on the finding that sums
// it up, and its trace.
func (c *checker) windowOK(f *Finding, from, min int) {
	f.Have = c.n.Year - from + 1
	c.windowTrace(f, from, min)
}

// excellentTrace traces the excellent years of the window from..y against
// need and, when short, the year it reaches need if the chain goes on.
func (c *checker) excellentTrace(f *Finding, from, need int) {
	y := c.n.Year
	t := c.trace(f, "count", "ratings")
	t.Want, t.Need, t.From, t.To = RatingExcellent, need, from, y
	t.Years = c.yearsOf(from, y, func(yy int) bool { return c.rating(yy) == rExcellent })
	t.Have = t.Years.Len()
	if t.Have < need {
		t.NextEligible = y + need - t.Have
	}
}

// windowCount traces a count of code in the window from..y and, when short,
// the year it reaches need if the chain goes on (one more a year).
func (c *checker) windowCount(f *Finding, code string, from, need int) {
	t := c.countTrace(f, code, from, c.n.Year, need)
	if t.Have < need {
		t.NextEligible = c.n.Year + need - t.Have
	}
}

func (c *checker) primeMinisterMerit() {
	if !c.regular() {
		return
	}
	y := c.n.Year
	cite := c.cite(0)
	if c.n.Subject.Kind == Household {
		c.notEncoded()
		return
	}
	if c.is22() {
		min := rGood
		if c.n.Subject.Kind == Collective {
			min = rExcellent
		}
		ok, exc, fighters, from := c.window("BK_BO_TINH", 5, min, cite)
		if from == 0 {
			return
		}
		_ = exc
		if c.n.Subject.Kind == Individual {
			// Art. 73(1)(b): 3 CSTĐ cơ sở in the period.
			if fighters < 3 {
				f := c.add(Error, "grassroots_fighters", cite, "Trong thời gian xét chưa có 03 lần được tặng Chiến sĩ thi đua cơ sở.", "Fewer than 3 Grassroots Emulation Fighter titles in the period.")
				f.Fact, f.Have, f.Need = "history", fighters, 3
				c.windowCount(f, "CSTD_CS", from, 3)
				ok = false
			}
		} else {
			c.add(Warning, "criteria_partly_encoded", cite,
				"Tiêu chuẩn Bằng khen của Thủ tướng Chính phủ đối với tập thể chưa đối chiếu được; chỉ kiểm tra Bằng khen bộ, ban, ngành, tỉnh và 05 năm liên tục hoàn thành xuất sắc nhiệm vụ.",
				"The collective criteria could not be checked against the text; only the prior certificate and 5 consecutive excellent years are checked.")
		}
		if ok {
			c.windowOK(c.add(Info, "window", cite, "Thời gian xét sau Bằng khen bộ, ban, ngành, tỉnh đạt tiêu chuẩn.", "The period after the ministry/province certificate meets the standard."), from, min)
		}
		c.disciplineWindow(from, y, cite)
		return
	}
	if c.n.Subject.Kind == Collective {
		// Decree 91/2017/NĐ-CP Art. 38(1) is for individuals (point c read
		// on lawnet.vn); the collectives' clause was not read.
		cite = Citation{Document: docDec91, Article: 38, Clause: 2, Verified: false}
	}
	ok, _, _, from := c.window("BK_BO_TINH", 5, rExcellent, cite)
	if from == 0 {
		return
	}
	if c.n.Subject.Kind == Individual {
		if k := c.initiatives(from, y, 1); k < 5 {
			f := c.add(Error, "initiatives", cite, "Chưa có 05 sáng kiến được công nhận, áp dụng hiệu quả trong phạm vi cơ sở trong thời gian xét.", "Fewer than 5 grassroots initiatives in the period.")
			f.Fact, f.Have, f.Need = "initiatives", k, 5
			c.initiativeTrace(f, from, y, 1, 5, 0)
			ok = false
		}
	}
	if ok {
		c.windowOK(c.add(Info, "window", cite, "05 năm liên tục hoàn thành xuất sắc nhiệm vụ sau Bằng khen bộ, ngành, tỉnh.", "Five consecutive excellent years after the ministry/province certificate."), from, rExcellent)
	}
	c.disciplineWindow(from, y, cite)
}

// commendation checks a Giấy khen. Its criteria are delegated to each
// ministry/province (Law 06/2022 Art. 75(2)), so the rating is only
// compared with the usual floor (HTTNV) and reported as a warning.
func (c *checker) commendation() {
	y := c.n.Year
	cite := c.cite(0)
	if c.n.Subject.Kind != Household {
		switch lvl := c.rating(y); {
		case lvl >= rGood:
			c.ratingOK(c.add(Info, "rating", cite, "Hoàn thành tốt nhiệm vụ trở lên.", "Duties completed well or better."), y, rGood)
		case lvl == rNone:
			f := c.add(Warning, "rating", cite, "Không có kết quả xếp loại của năm; quy chế khen thưởng của bộ, ngành, tỉnh thường yêu cầu hoàn thành tốt nhiệm vụ trở lên.", "No rating for the year; ministry/province rules usually require 'completed well' or better.")
			f.Fact, f.Year = "ratings", y
			c.ratingTrace(f, y, rGood)
		default:
			f := c.add(Warning, "rating", cite, "Xếp loại dưới mức hoàn thành tốt nhiệm vụ; cần đối chiếu quy chế khen thưởng của bộ, ngành, tỉnh.", "Rated below 'completed well'; check the ministry/province rules.")
			f.Fact, f.Year, f.Have, f.Need = "ratings", y, lvl, rGood
			c.ratingTrace(f, y, rGood)
		}
	}
	c.disciplineWindow(y, y, cite)
	c.add(Info, "criteria_delegated", cite,
		"Tiêu chuẩn chi tiết của Giấy khen do bộ, ban, ngành, tỉnh quy định; cần đối chiếu quy chế của đơn vị.",
		"Detailed criteria of the Certificate of Commendation are set by each ministry/province; check the unit's rules.")
}

func (c *checker) labourThird() {
	if !c.regular() {
		return
	}
	y := c.n.Year
	cite := c.cite(0)
	if c.n.Subject.Kind == Household {
		c.notEncoded()
		return
	}
	if c.is22() && c.n.Subject.Kind == Individual {
		ok, exc, fighters, from := c.window("BK_TTG", 5, rGood, cite)
		if from == 0 {
			return
		}
		if exc < 1 {
			f := c.add(Error, "excellent_years", cite, "Trong thời gian xét không có năm nào hoàn thành xuất sắc nhiệm vụ.", "No year of excellent completion in the period.")
			f.Fact, f.Need = "ratings", 1
			c.excellentTrace(f, from, 1)
			ok = false
		}
		if fighters < 3 {
			f := c.add(Error, "grassroots_fighters", cite, "Trong thời gian xét chưa có 03 lần đạt Chiến sĩ thi đua cơ sở.", "Fewer than 3 Grassroots Emulation Fighter titles in the period.")
			f.Fact, f.Have, f.Need = "history", fighters, 3
			c.windowCount(f, "CSTD_CS", from, 3)
			ok = false
		}
		if ok {
			c.windowOK(c.add(Info, "window", cite, "Sau Bằng khen của Thủ tướng Chính phủ: 05 năm liên tục hoàn thành tốt nhiệm vụ trở lên, có năm hoàn thành xuất sắc và 03 lần Chiến sĩ thi đua cơ sở.", "After the Prime Minister's certificate: 5 consecutive years completed well, an excellent year and 3 grassroots titles."), from, rGood)
		}
		c.disciplineWindow(from, y, cite)
		return
	}
	_, _, _, from := c.window("BK_TTG", 5, rExcellent, cite)
	if from == 0 {
		return
	}
	c.disciplineWindow(from, y, cite)
	c.add(Warning, "criteria_partly_encoded", cite,
		"Chỉ kiểm tra điều kiện Bằng khen của Thủ tướng Chính phủ và 05 năm liên tục hoàn thành xuất sắc nhiệm vụ; các tiêu chuẩn khác của đối tượng này chưa được kiểm chứng.",
		"Only the prior Prime Minister's certificate and 5 consecutive excellent years are checked; the other criteria for this subject are not verified.")
}

// ladder checks a class of an order against the next lower class: received
// at least 5 years earlier and every year since rated at least "completed
// well" (2022) or "excellent" (before 2024).
func (c *checker) ladder(prev string) {
	if !c.regular() {
		return
	}
	y := c.n.Year
	cite := c.cite(0)
	if c.n.Subject.Kind == Collective && cite.Clause == 1 {
		cite = Citation{Document: cite.Document, Article: cite.Article, Verified: false} // clause 1 is for individuals
	}
	fullCollective := false
	if c.a.Code == "HC_LD_1" && !c.is22() {
		// Law 15/2003 Art. 42 as amended by Law 39/2013/QH13 Art. 1(18)
		// (thuvienphapluat.vn): 1(a) individuals: the Second Class, then 5
		// years of nationwide excellent achievements (not checkable: the
		// excellent rating is the proxy); 2(b) collectives: the Second
		// Class, then 5 consecutive years of excellent completion.
		cite = c.law(42, 1, "a", true)
		if c.n.Subject.Kind == Collective {
			cite, fullCollective = c.law(42, 2, "b", true), true
		}
	}
	min := rGood
	if !c.is22() || c.n.Subject.Kind == Collective {
		min = rExcellent
	}
	ok, _, _, from := c.window(prev, 5, min, cite)
	if from == 0 {
		return
	}
	c.disciplineWindow(from, y, cite)
	if fullCollective {
		if ok {
			c.windowOK(c.add(Info, "window", cite, "Sau Huân chương Lao động hạng Nhì: 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ.", "After the Second Class: 5 further consecutive years of excellent completion."), from, min)
		}
		return
	}
	c.add(Warning, "criteria_partly_encoded", cite,
		"Chỉ kiểm tra hạng liền dưới, khoảng cách 05 năm và xếp loại liên tục (UNVERIFIED); các tiêu chuẩn thành tích khác phải đối chiếu hồ sơ.",
		"Only the lower class, the 5-year interval and continuous ratings are checked (UNVERIFIED); other achievement criteria must be checked in the dossier.")
}

// labourSecond: Law 06/2022 Art. 43(1): the Labour Order Third Class, then
// at least 5 consecutive years completed well or better, including at least
// 2 excellent years and one CSTĐ bộ, ban, ngành, tỉnh.
func (c *checker) labourSecond() {
	if !c.is22() || c.n.Subject.Kind != Individual {
		c.ladder("HC_LD_3")
		return
	}
	if !c.regular() {
		return
	}
	y := c.n.Year
	// Art. 43(1)(đ): the fifth of the six points of clause 1 as quoted by
	// thuvienphapluat.vn (letters a, b, c, d, đ, e in order).
	cite := c.law(43, 1, "đ", true)
	ok, exc, _, from := c.window("HC_LD_3", 5, rGood, cite)
	if from == 0 {
		return
	}
	if exc < 2 {
		f := c.add(Error, "excellent_years", cite, "Trong thời gian xét chưa có 02 năm hoàn thành xuất sắc nhiệm vụ.", "Fewer than 2 years of excellent completion in the period.")
		f.Fact, f.Have, f.Need = "ratings", exc, 2
		c.excellentTrace(f, from, 2)
		ok = false
	}
	if k := c.count("CSTD_BO_TINH", from, y); k < 1 {
		f := c.add(Error, "ministry_fighter", cite, "Trong thời gian xét chưa được tặng Chiến sĩ thi đua bộ, ban, ngành, tỉnh.", "No Ministry/Province Emulation Fighter title in the period.")
		f.Fact, f.Need = "history", 1
		t := c.countTrace(f, "CSTD_BO_TINH", from, y, 1)
		// the next CSTĐ bộ, tỉnh comes with the third consecutive CSTĐ cơ
		// sở after the last one
		t.NextEligible = y + max(1, 3-c.streak("CSTD_CS", y, c.last("CSTD_BO_TINH", y)))
		ok = false
	}
	if ok {
		c.windowOK(c.add(Info, "window", cite, "Sau Huân chương Lao động hạng Ba: 05 năm liên tục hoàn thành tốt nhiệm vụ trở lên, 02 năm hoàn thành xuất sắc và 01 lần Chiến sĩ thi đua bộ, ban, ngành, tỉnh.", "After the Third Class: 5 consecutive good years, 2 excellent years and a ministry/province fighter title."), from, rGood)
	}
	c.disciplineWindow(from, y, cite)
}

// count counts the years in [from, to] in which the subject holds code.
func (c *checker) count(code string, from, to int) int {
	k := 0
	h := c.n.History
	if s := histSlot(code); s > 0 {
		for y := max(from, MinYear); y <= min(to, MaxYear); y++ {
			if c.x.hist[s].Has(y) {
				k++
			}
		}
		return k
	}
	for i := range h {
		if h[i].Award == code && h[i].Year >= from && h[i].Year <= to {
			k++
		}
	}
	return k
}

// transition notes, under the 2022 regime, that titles and awards of years
// before 2024 count in a chain: the State keeps recognising what was given
// under the old law (Law 06/2022 Art. 95).
func (c *checker) transition(from int) {
	if !c.is22() || from <= 0 || from >= firstYear22 {
		return
	}
	f := c.add(Info, "transition", Citation{Document: docLaw2022, Article: 95, Verified: true},
		"Danh hiệu, hình thức khen thưởng được tặng trước năm 2024 theo Luật cũ tiếp tục được công nhận và được tính trong thời gian xét.",
		"Titles and awards received before 2024 under the old law remain recognised and count in the period.")
	f.Year = from
}
