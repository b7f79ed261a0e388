package nomination

import "strconv"

// Subject kinds accepted in Subject.Kind.
const (
	Individual = "individual"
	Collective = "collective"
	Household  = "household"
)

// Conferrer levels accepted in Nomination.Conferrer and reported in the
// catalogue: who signs the decision.
const (
	ConferrerUnit             = "unit"              // head of the agency/unit, chair of the commune People's Committee
	ConferrerMinistryProvince = "ministry_province" // minister, head of a central body, chair of a provincial People's Committee
	ConferrerPrimeMinister    = "prime_minister"
	ConferrerPresident        = "president"
)

// Nomination is one proposal (đề nghị) of a title or award for one subject,
// with the facts the law needs to judge it. Its JSON form is the input
// contract of `thidua validate`; unknown fields are ignored. Every year
// (and the year of every well-formed date) lies in MinYear–MaxYear, every
// list holds at most MaxEntries entries: Validate refuses others with an
// *InputError naming the field.
type Nomination struct {
	Award        string       `json:"award"`           // catalogue code: CSTD_CS, BK_TTG, ...
	Year         int          `json:"year"`            // year of the achievement being rewarded
	AsOf         string       `json:"as_of,omitempty"` // YYYY-MM-DD, date of the proposal; chooses the detailing decree
	Subject      Subject      `json:"subject"`
	History      []Grant      `json:"history"`     // titles and awards already received
	Ratings      []Rating     `json:"ratings"`     // yearly quality ratings (đánh giá, xếp loại)
	Initiatives  []Initiative `json:"initiatives"` // recognised initiatives or research works
	Disciplines  []Discipline `json:"disciplines"`
	Leaves       []Leave      `json:"leaves"`
	Conferrer    string       `json:"conferrer,omitempty"`     // unit, district, commune, ministry_province, prime_minister or president
	DecisionDate string       `json:"decision_date,omitempty"` // YYYY-MM-DD, date of the conferring decision; empty: as_of (decides whether the district level still exists)
	EmployedFrom string       `json:"employed_from,omitempty"` // YYYY-MM-DD, date of recruitment; empty: before the year
	// Ground is the ground of a Bằng khen or other award: "regular" (the
	// default: yearly achievements, the chain the law counts), "campaign",
	// "sudden" (đột xuất) or "dedication" (quá trình cống hiến). Only the
	// regular ground can be checked from the facts above.
	Ground      string       `json:"ground,omitempty"`
	Members     *Members     `json:"members,omitempty"`      // collectives: counts of members in the year
	BlocResults []BlocResult `json:"bloc_results,omitempty"` // collectives: emulation bloc (cụm, khối) results
}

// Subject is who would receive the title or award.
type Subject struct {
	Kind        string `json:"kind"` // individual, collective or household
	Name        string `json:"name"`
	ID          string `json:"id,omitempty"` // optional stable id; batches use it to find duplicates
	ArmedForces bool   `json:"armed_forces"` // People's Army or People's Public Security
}

// Grant is a title or award already received, by catalogue code and the
// year of the achievement it rewarded.
type Grant struct {
	Award string `json:"award"`
	Year  int    `json:"year"`
}

// Rating values: the yearly assessment of cadres, civil servants, public
// employees and collectives.
const (
	RatingExcellent = "HTXSNV" // hoàn thành xuất sắc nhiệm vụ
	RatingGood      = "HTTNV"  // hoàn thành tốt nhiệm vụ
	RatingCompleted = "HTNV"   // hoàn thành nhiệm vụ
	RatingFailed    = "KHTNV"  // không hoàn thành nhiệm vụ
)

// Rating is the assessment of one year.
type Rating struct {
	Year   int    `json:"year"`
	Rating string `json:"rating"`
}

// Initiative scopes, narrowest first.
const (
	ScopeGrassroots       = "co_so"     // recognised by the agency/unit
	ScopeMinistryProvince = "bo_tinh"   // effect across a ministry or province
	ScopeNational         = "toan_quoc" // nationwide effect
)

// Initiative is a recognised initiative (sáng kiến) or accepted research work
// and the widest scope of its recognised effect.
type Initiative struct {
	Year  int    `json:"year"`
	Scope string `json:"scope"`
}

// Discipline forms, lightest first (Law on Cadres and Civil Servants,
// Labour Code).
const (
	DisciplineReprimand = "khien_trach"
	DisciplineWarning   = "canh_cao"
	DisciplineSalary    = "ha_bac_luong"
	DisciplineDemotion  = "giang_chuc"
	DisciplineDismissal = "cach_chuc"
	DisciplineFiring    = "buoc_thoi_viec"
)

// Discipline is one disciplinary measure and the date of its decision.
type Discipline struct {
	Form string `json:"form"`
	Date string `json:"date"`
}

// Leave kinds. Maternity, military (treatment of injuries from combat or
// rescue) and study leave count as time worked; sick and unpaid leave do not.
const (
	LeaveMaternity = "maternity"
	LeaveStudy     = "study"
	LeaveSick      = "sick"
	LeaveMilitary  = "military"
	LeaveUnpaid    = "unpaid"
)

// Leave is a period away from work, both ends included.
type Leave struct {
	Kind string `json:"kind"`
	From string `json:"from"`
	To   string `json:"to"`
}

// Members gives the counts a collective title needs, for the year of the
// nomination. Each count lies in 0–MaxCount (10 million): another is an
// input error wrapping ErrOutOfRange, so the shares are computed exactly.
type Members struct {
	Total       int `json:"total"`
	Completed   int `json:"completed"`   // members who completed their duties (HTNV or better)
	Advanced    int `json:"advanced"`    // members with Lao động tiên tiến / Chiến sĩ tiên tiến
	Fighters    int `json:"fighters"`    // members with Chiến sĩ thi đua cơ sở
	Disciplined int `json:"disciplined"` // members disciplined with a warning (cảnh cáo) or heavier
}

// BlocResult is a collective's result in its emulation bloc (cụm, khối thi
// đua) for one year, as the bloc's scoring (package campaign) produces it.
// Leading is true for the collective that led the bloc (dẫn đầu), the fact
// the Cờ thi đua rules use.
type BlocResult struct {
	Year    int    `json:"year"`
	Bloc    string `json:"bloc"`
	Rank    int    `json:"rank"`
	Leading bool   `json:"leading"`
}

// Severity of a finding.
type Severity string

// Severities. Any error makes the nomination ineligible.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Citation points at the provision a finding applies: document number,
// article (Điều), clause (khoản) and point (điểm). Verified is false when
// the article number or wording could not be checked against the text.
type Citation struct {
	Document string `json:"document"`
	Article  int    `json:"article"`
	Clause   int    `json:"clause,omitempty"`
	Point    string `json:"point,omitempty"`
	Verified bool   `json:"verified"`
}

// Text names the provision for a reader, in Vietnamese ("Điều 24 khoản 1
// điểm a 06/2022/QH15") or, with lang "en", in English ("Art. 24 cl. 1
// pt. a 06/2022/QH15"); an unverified citation says so.
func (c Citation) Text(lang string) string {
	art, cl, pt, unv := "Điều", "khoản", "điểm", "chưa kiểm chứng"
	if lang == "en" {
		art, cl, pt, unv = "Art.", "cl.", "pt.", "unverified"
	}
	s := art + " " + strconv.Itoa(c.Article)
	if c.Clause != 0 {
		s += " " + cl + " " + strconv.Itoa(c.Clause)
	}
	if c.Point != "" {
		s += " " + pt + " " + c.Point
	}
	s += " " + c.Document
	if !c.Verified {
		s += ", " + unv
	}
	return s
}

// Finding is one conclusion of a check. Fact names the input fact a finding
// is about, for example "ratings[2024]"; Have and Need give counts where a
// rule counts something (omitted when zero).
type Finding struct {
	Rule      string   `json:"rule"`
	Severity  Severity `json:"severity"`
	Citation  Citation `json:"citation"`
	Message   string   `json:"message"`
	MessageEn string   `json:"message_en"`
	Fact      string   `json:"fact,omitempty"`
	Year      int      `json:"year,omitempty"`
	Have      int      `json:"have,omitempty"`
	Need      int      `json:"need,omitempty"`
	// Trace is what the finding weighed: the rule's values and the facts
	// found (see Trace). Findings that only note something (a criterion
	// not encoded, the old law still counting) have none.
	Trace Trace `json:"trace,omitzero"`
}

// Result is the verdict on one nomination.
type Result struct {
	Award    string    `json:"award"`
	Year     int       `json:"year"`
	Subject  string    `json:"subject,omitempty"`
	Eligible bool      `json:"eligible"`
	Regime   string    `json:"regime"`
	Findings []Finding `json:"findings"`
	// NextEligible, on an ineligible result whose failing rules include a
	// chain (consecutive titles, a prior award and the years since), is
	// the earliest year the same subject can meet every failing chain rule
	// if the chain goes on; the other failing rules (a discipline, a
	// missing fact) are not foreseen. 0 otherwise.
	NextEligible int `json:"next_eligible,omitempty"`
	// Alternatives, when asked for (WithAlternatives) and the result is
	// ineligible, are what the same facts earn: the same-level titles for
	// this subject and the awards down the ladder, nearest first, down to
	// the first one earned (see Ladders).
	Alternatives []Alternative `json:"alternatives,omitempty"`
}

// Alternative is the verdict on another award for the same facts.
type Alternative struct {
	Award        string    `json:"award"`
	Eligible     bool      `json:"eligible"`
	NextEligible int       `json:"next_eligible,omitempty"`
	Findings     []Finding `json:"findings"`
}
