package serve

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/nomination"
	"github.com/vnthidua/thidua/store"
)

//go:embed web/*.html
var webFS embed.FS

// pages are the web page's templates, one set per page, each with the
// layout and the shared parts, parsed on first use (not at package init).
var pages = sync.OnceValue(func() map[string]*template.Template {
	funcs := template.FuncMap{"sev": severityLabel, "cite": func(lang string, c nomination.Citation) string { return c.Text(lang) }, "fact": factText,
		"trace": func(lang string, f nomination.Finding) string { return f.Trace.Text(lang) },
		"award": func(lang, code string) string {
			if a := nomination.Default().Lookup(code); a != nil {
				return a.Name(lang) + " (" + code + ")"
			}
			return code
		}}
	base := template.Must(template.New("").Funcs(funcs).ParseFS(webFS, "web/layout.html"))
	out := map[string]*template.Template{}
	for _, name := range []string{"home", "doc", "check", "records", "record", "error"} {
		t := template.Must(base.Clone())
		out[name] = template.Must(t.ParseFS(webFS, "web/"+name+".html"))
	}
	return out
})

// dict is the page's words, Vietnamese first.
var dict = map[string][2]string{
	"title":          {"Thi đua, khen thưởng", "Emulation and commendation"},
	"nav":            {"Mục chính", "Main sections"},
	"nav_doc":        {"Đọc văn bản", "Read a document"},
	"nav_check":      {"Kiểm tra hồ sơ", "Check a nomination"},
	"nav_records":    {"Kho bản ghi", "Records"},
	"other":          {"English", "Tiếng Việt"},
	"footer":         {"thidua — dữ liệu thi đua, khen thưởng. API cho các hệ thống khác:", "thidua — emulation and commendation as data. API for other systems:"},
	"home_h":         {"Văn bản và hồ sơ thi đua, khen thưởng", "Emulation and commendation documents and nominations"},
	"home_intro":     {"Dán hoặc tải lên một văn bản (chỉ thị, kế hoạch, quyết định) để xem số, ký hiệu, văn bản viện dẫn và phong trào thi đua; kiểm tra một hồ sơ đề nghị khen thưởng theo Luật Thi đua, khen thưởng.", "Paste or upload a document (directive, plan, decision) to see its number, the documents it cites and its campaigns; check a nomination against the Law on Emulation and Commendation."},
	"doc_h":          {"Đọc văn bản", "Read a document"},
	"doc_hint":       {"Dán nội dung văn bản, hoặc chọn tệp HTML, PDF, TXT (tối đa 64 MB).", "Paste the document's text, or choose an HTML, PDF or TXT file (at most 64 MB)."},
	"doc_text":       {"Nội dung văn bản", "Document text"},
	"doc_file":       {"Hoặc tệp (HTML, PDF, TXT)", "Or a file (HTML, PDF, TXT)"},
	"doc_submit":     {"Đọc văn bản", "Read the document"},
	"doc_result_h":   {"Kết quả đọc văn bản", "The document as read"},
	"check_h":        {"Kiểm tra hồ sơ đề nghị khen thưởng", "Check a nomination"},
	"check_hint":     {"Một hồ sơ, các thông tin chính. Để trống những gì không có.", "One nomination, the main facts. Leave empty what you do not have."},
	"check_not":      {"Mẫu này không có: nghỉ phép, số liệu thành viên của tập thể, kết quả cụm, khối thi đua, lô hồ sơ. Dùng API POST /v1/validate cho các trường hợp đó.", "This form leaves out leaves, a collective's member counts, emulation bloc results and batches. Use the API, POST /v1/validate, for those."},
	"check_submit":   {"Kiểm tra", "Check"},
	"check_result_h": {"Kết quả kiểm tra hồ sơ", "Verdict on the nomination"},
	"award":          {"Danh hiệu, hình thức khen thưởng", "Title or award"},
	"kind":           {"Đối tượng", "Subject"},
	"name":           {"Tên cá nhân, tập thể", "Name of the person or collective"},
	"year":           {"Năm thành tích", "Year of the achievement"},
	"as_of":          {"Ngày đề nghị", "Date of the proposal"},
	"conferrer":      {"Cấp quyết định", "Conferred by"},
	"employed_from":  {"Ngày tuyển dụng (nếu trong năm xét)", "Recruitment date (if within the year)"},
	"armed":          {"Thuộc lực lượng vũ trang nhân dân", "In the People's Army or Public Security"},
	"years_h":        {"Xếp loại và danh hiệu đã nhận theo năm", "Ratings and titles received by year"},
	"years_hint":     {"Danh hiệu đã nhận: mã trong danh mục, cách nhau bởi dấu phẩy (LDTT, CSTD_CS, BK_BO_TINH, ...).", "Titles received: catalogue codes separated by commas (LDTT, CSTD_CS, BK_BO_TINH, ...)."},
	"col_year":       {"Năm", "Year"},
	"col_rating":     {"Xếp loại", "Rating"},
	"col_history":    {"Danh hiệu đã nhận", "Titles received"},
	"init_year":      {"Năm có sáng kiến được công nhận", "Year of a recognised initiative"},
	"init_scope":     {"Phạm vi ảnh hưởng của sáng kiến", "Scope of the initiative"},
	"disc_form":      {"Hình thức kỷ luật (nếu có)", "Discipline (if any)"},
	"disc_date":      {"Ngày quyết định kỷ luật", "Date of the discipline decision"},
	"eligible":       {"ĐỦ ĐIỀU KIỆN", "ELIGIBLE"},
	"not_eligible":   {"KHÔNG ĐỦ ĐIỀU KIỆN", "NOT ELIGIBLE"},
	"regime":         {"chế độ", "regime"},
	"col_sev":        {"Mức", "Level"},
	"col_finding":    {"Nhận xét", "Finding"},
	"col_article":    {"Căn cứ", "Provision"},
	"next_eligible":  {"Nếu chuỗi thành tích tiếp tục, có thể đề nghị lại sớm nhất cho thành tích năm", "If the chain goes on, it can be proposed again for the achievements of"},
	"alternatives_h": {"Với cùng dữ kiện, có thể xét", "On the same facts"},
	"col_award":      {"Danh hiệu, hình thức", "Title or award"},
	"col_verdict":    {"Kết quả", "Verdict"},
	"col_why":        {"Lý do", "Why"},
	"input_error":    {"Hồ sơ chưa kiểm tra được", "The nomination cannot be checked"},
	"as_json":        {"Hồ sơ dạng JSON (gửi tới POST /v1/validate)", "The nomination as JSON (for POST /v1/validate)"},
	"r_kind":         {"Loại văn bản", "Kind"},
	"r_number":       {"Số, ký hiệu", "Number"},
	"r_issued":       {"Ngày ban hành", "Issued"},
	"r_issuer":       {"Cơ quan ban hành", "Issuer"},
	"r_signer":       {"Người ký", "Signed by"},
	"r_title":        {"Trích yếu", "Title"},
	"r_subject":      {"Văn bản này", "This document"},
	"r_citations":    {"Văn bản viện dẫn", "Documents cited"},
	"r_campaigns":    {"Phong trào thi đua", "Campaigns"},
	"r_launches":     {"Phong trào được phát động", "Campaigns launched"},
	"r_warnings":     {"Lưu ý khi đọc", "Warnings"},
	"r_text":         {"Toàn văn", "Full text"},
	"r_legend":       {"Đánh dấu:", "Highlighted:"},
	"none":           {"Không có.", "None."},
	"records_h":      {"Kho bản ghi", "Records"},
	"records_link":   {"Duyệt và tìm bản ghi", "Browse and search the records"},
	"records_found":  {"bản ghi", "records"},
	"record_h":       {"Bản ghi", "Record"},
	"no_store":       {"Máy chủ không có kho bản ghi (chạy thidua serve --store FILE).", "No store is configured (run thidua serve --store FILE)."},
	"q":              {"Từ khoá", "Search words"},
	"province":       {"Tỉnh, thành phố", "Province"},
	"since":          {"Ban hành từ ngày", "Issued since"},
	"search":         {"Tìm", "Search"},
	"error_h":        {"Không thực hiện được", "That did not work"},
	"back":           {"Về trang đầu", "Back to the start"},
}

// words returns the dictionary in one language.
func words(lang string) map[string]string {
	i := 0
	if lang == "en" {
		i = 1
	}
	m := make(map[string]string, len(dict))
	for k, v := range dict {
		m[k] = v[i]
	}
	return m
}

var wordsVi, wordsEn = words("vi"), words("en")

// option is one choice of a select.
type option struct{ Value, Label string }

// pageData is what every page template reads.
type pageData struct {
	Lang, OtherLang, OtherURL, Title string
	L                                map[string]string
	HasStore                         bool

	// The nomination form.
	Awards      []nomination.Award
	Kinds       []option
	Conferrers  []option
	Ratings     []option
	Scopes      []option
	Disciplines []option
	Form        checkForm

	// A verdict, or the input error that prevented one.
	Result   *nomination.Result
	InputErr *apiError
	JSON     string

	// A record and its text cut into highlighted spans.
	Rec   *directive.Record
	Spans []span
	ID    int64

	// Records found.
	Query   recordQuery
	Records []*store.Record

	Err *apiError
}

// langOf is the page's language: ?lang= or the form's lang, Vietnamese
// unless "en".
func langOf(r *http.Request) string {
	if r.URL.Query().Get("lang") == "en" {
		return "en"
	}
	return "vi"
}

func (s *Server) newPage(r *http.Request, lang string) *pageData {
	p := &pageData{Lang: lang, L: wordsVi, OtherLang: "en", HasStore: s.store != nil}
	if lang == "en" {
		p.L, p.OtherLang = wordsEn, "vi"
	}
	p.Title = p.L["title"]
	// The switch keeps a GET page's query (a search) in the other
	// language; a form's result switches to the start page.
	q := url.Values{}
	path := "/"
	if r.Method == http.MethodGet {
		q = r.URL.Query()
		path = r.URL.Path
	}
	q.Set("lang", p.OtherLang)
	p.OtherURL = path + "?" + q.Encode()
	pick := func(vi, en string) string {
		if lang == "en" {
			return en
		}
		return vi
	}
	p.Awards = nomination.Default().Awards
	p.Kinds = []option{{nomination.Individual, pick("Cá nhân", "Individual")}, {nomination.Collective, pick("Tập thể", "Collective")}, {nomination.Household, pick("Hộ gia đình", "Household")}}
	p.Conferrers = []option{{"", pick("(không ghi)", "(not given)")},
		{nomination.ConferrerUnit, pick("Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã", "Head of the agency or unit; commune chair")},
		{nomination.ConferrerMinistryProvince, pick("Bộ trưởng; Chủ tịch UBND cấp tỉnh", "Minister; provincial chair")},
		{nomination.ConferrerPrimeMinister, pick("Thủ tướng Chính phủ", "Prime Minister")},
		{nomination.ConferrerPresident, pick("Chủ tịch nước", "President")}}
	p.Ratings = []option{{"", pick("(không có)", "(none)")},
		{nomination.RatingExcellent, pick("Hoàn thành xuất sắc nhiệm vụ", "Completed with excellence")},
		{nomination.RatingGood, pick("Hoàn thành tốt nhiệm vụ", "Completed well")},
		{nomination.RatingCompleted, pick("Hoàn thành nhiệm vụ", "Completed")},
		{nomination.RatingFailed, pick("Không hoàn thành nhiệm vụ", "Not completed")}}
	p.Scopes = []option{{"", pick("(không có)", "(none)")},
		{nomination.ScopeGrassroots, pick("Cơ sở", "Grassroots (the unit)")},
		{nomination.ScopeMinistryProvince, pick("Bộ, ngành, tỉnh", "Ministry or province")},
		{nomination.ScopeNational, pick("Toàn quốc", "Nationwide")}}
	p.Disciplines = []option{{"", pick("(không có)", "(none)")},
		{nomination.DisciplineReprimand, pick("Khiển trách", "Reprimand")},
		{nomination.DisciplineWarning, pick("Cảnh cáo", "Warning")},
		{nomination.DisciplineSalary, pick("Hạ bậc lương", "Salary reduction")},
		{nomination.DisciplineDemotion, pick("Giáng chức", "Demotion")},
		{nomination.DisciplineDismissal, pick("Cách chức", "Dismissal")},
		{nomination.DisciplineFiring, pick("Buộc thôi việc", "Firing")}}
	p.Form = defaultForm(lang)
	return p
}

// render writes a page; a template error is a bug, logged.
func (s *Server) render(w http.ResponseWriter, status int, name string, p *pageData) {
	var b bytes.Buffer
	if err := pages()[name].ExecuteTemplate(&b, "layout", p); err != nil {
		s.log.Error("template", "page", name, "error", err)
		http.Error(w, "template error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, lang string, e *apiError) {
	p := s.newPage(r, lang)
	p.Err = e
	s.render(w, e.Status, "error", p)
}

func (s *Server) webHome(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "home", s.newPage(r, langOf(r)))
}

// webDoc reads the document of the page's form: a file when one is
// chosen, else the pasted text. The multipart body is read part by part,
// each bounded by the parse limit, so nothing lands in temporary files.
func (s *Server) webDoc(w http.ResponseWriter, r *http.Request) {
	lang := langOf(r)
	body := http.MaxBytesReader(w, r.Body, s.maxParse+1<<20)
	var text, file []byte
	var fileType string
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch {
	case err == nil && mt == "multipart/form-data":
		mr := multipart.NewReader(body, params["boundary"])
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				s.renderError(w, r, lang, formReadError(err))
				return
			}
			b, err := io.ReadAll(io.LimitReader(part, s.maxParse+1))
			if err != nil {
				s.renderError(w, r, lang, formReadError(err))
				return
			}
			if int64(len(b)) > s.maxParse {
				s.renderError(w, r, lang, formReadError(&http.MaxBytesError{Limit: s.maxParse}))
				return
			}
			switch part.FormName() {
			case "lang":
				if string(b) == "en" {
					lang = "en"
				}
			case "text":
				text = b
			case "file":
				file, fileType = b, part.Header.Get("Content-Type")
			}
		}
	case err == nil && mt == "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			s.renderError(w, r, lang, formReadError(err))
			return
		}
		text = []byte(r.PostForm.Get("text"))
		if r.PostForm.Get("lang") == "en" {
			lang = "en"
		}
	default:
		s.renderError(w, r, lang, errf(http.StatusUnsupportedMediaType, "unsupported_media_type", "",
			"gửi mẫu của trang (multipart/form-data)", "send the page's form (multipart/form-data)"))
		return
	}
	in, inType := text, "text/plain; charset=utf-8"
	if len(bytes.TrimSpace(file)) > 0 {
		in, inType = file, fileType
	}
	mt, _, _ = mime.ParseMediaType(inType)
	switch mt {
	case "text/html", "application/xhtml+xml", "application/pdf", "text/plain":
	default:
		// Browsers label files as they please: sniff them.
		mt, inType = "", ""
	}
	if mt == "text/plain" && len(file) == 0 {
		mt = "" // pasted: a page's HTML source is read as HTML
	}
	rec, ae := s.parseBytes(r, in, mt, inType, "")
	if ae != nil {
		s.renderError(w, r, lang, ae)
		return
	}
	p := s.newPage(r, lang)
	p.Rec, p.Spans = rec, highlight(rec)
	s.render(w, http.StatusOK, "doc", p)
}

func formReadError(err error) *apiError {
	if ae := contextError(err); ae != nil {
		return ae
	}
	if ae := readError(err); ae.Code != "bad_body" {
		return ae
	}
	return errf(http.StatusBadRequest, "bad_form", "", "không đọc được mẫu gửi lên: "+err.Error(), "cannot read the form: "+err.Error())
}

// formRows is the number of years the form asks about: the year and the
// four before it, enough for the chains of the common titles (CSTĐ cơ sở,
// Bằng khen, CSTĐ bộ/tỉnh).
const formRows = 5

// checkForm is the nomination form's values.
type checkForm struct {
	Award, Kind, Name, AsOf, Conferrer, EmployedFrom string
	Year                                             int
	Armed                                            bool
	Rows                                             []yearRow
	InitYear                                         int
	InitScope, DiscForm, DiscDate                    string
}

// yearRow is one year of ratings and titles received.
type yearRow struct {
	Year          int
	Label, Rating string
	History       string
}

func defaultForm(lang string) checkForm {
	f := checkForm{Award: "LDTT", Kind: nomination.Individual, Year: time.Now().Year() - 1, Conferrer: nomination.ConferrerUnit}
	f.Rows = rows(f.Year, lang)
	return f
}

func rows(year int, lang string) []yearRow {
	out := make([]yearRow, formRows)
	for i := range out {
		out[i].Year = year - i
		out[i].Label = strconv.Itoa(year - i)
		if i == 0 {
			if lang == "en" {
				out[i].Label += " (the year)"
			} else {
				out[i].Label += " (năm xét)"
			}
		}
	}
	return out
}

// readCheckForm reads the form into its values and the nomination they
// make. A year that is not a number is 0, which Validate refuses with a
// message naming the field.
func readCheckForm(v url.Values, lang string) (checkForm, *nomination.Nomination) {
	f := checkForm{Award: v.Get("award"), Kind: v.Get("kind"), Name: strings.TrimSpace(v.Get("name")), AsOf: v.Get("as_of"),
		Conferrer: v.Get("conferrer"), EmployedFrom: v.Get("employed_from"), Armed: v.Get("armed") != "",
		InitScope: v.Get("init_scope"), DiscForm: v.Get("disc_form"), DiscDate: v.Get("disc_date")}
	f.Year, _ = strconv.Atoi(strings.TrimSpace(v.Get("year")))
	f.InitYear, _ = strconv.Atoi(strings.TrimSpace(v.Get("init_year")))
	f.Rows = rows(f.Year, lang)
	n := &nomination.Nomination{Award: f.Award, Year: f.Year, AsOf: f.AsOf, Conferrer: f.Conferrer, EmployedFrom: f.EmployedFrom,
		Subject: nomination.Subject{Kind: f.Kind, Name: f.Name, ArmedForces: f.Armed}}
	for i := range f.Rows {
		row := &f.Rows[i]
		row.Rating = v.Get("rating" + strconv.Itoa(i))
		row.History = v.Get("history" + strconv.Itoa(i))
		if row.Rating != "" {
			n.Ratings = append(n.Ratings, nomination.Rating{Year: row.Year, Rating: row.Rating})
		}
		for _, code := range strings.FieldsFunc(row.History, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
			n.History = append(n.History, nomination.Grant{Award: code, Year: row.Year})
		}
	}
	if f.InitScope != "" || f.InitYear != 0 {
		n.Initiatives = []nomination.Initiative{{Year: f.InitYear, Scope: f.InitScope}}
	}
	if f.DiscForm != "" || f.DiscDate != "" {
		n.Disciplines = []nomination.Discipline{{Form: f.DiscForm, Date: f.DiscDate}}
	}
	nomination.Normalize(n)
	return f, n
}

func (s *Server) webCheck(w http.ResponseWriter, r *http.Request) {
	lang := langOf(r)
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, lang, formReadError(err))
		return
	}
	if r.PostForm.Get("lang") == "en" {
		lang = "en"
	}
	p := s.newPage(r, lang)
	f, n := readCheckForm(r.PostForm, lang)
	p.Form = f
	js, _ := json.MarshalIndent(n, "", "  ")
	p.JSON = string(js)
	res, err := nomination.Validate(n, nomination.WithAlternatives())
	if err != nil {
		p.InputErr = nominationError(err)
		s.render(w, p.InputErr.Status, "check", p)
		return
	}
	p.Result = &res
	s.render(w, http.StatusOK, "check", p)
}

func (s *Server) webRecords(w http.ResponseWriter, r *http.Request) {
	lang := langOf(r)
	if s.store == nil {
		s.renderError(w, r, lang, errNoStore())
		return
	}
	q, ae := readRecordQuery(r.URL.Query())
	if ae != nil {
		s.renderError(w, r, lang, ae)
		return
	}
	recs, ae := s.findRecords(r, q)
	if ae != nil {
		s.renderError(w, r, lang, ae)
		return
	}
	p := s.newPage(r, lang)
	p.Query, p.Records = q, recs
	s.render(w, http.StatusOK, "records", p)
}

func (s *Server) webRecord(w http.ResponseWriter, r *http.Request) {
	lang := langOf(r)
	rec, ae := s.getRecord(r)
	if ae != nil {
		s.renderError(w, r, lang, ae)
		return
	}
	p := s.newPage(r, lang)
	p.ID, p.Rec, p.Spans = rec.ID, rec.Record, highlight(rec.Record)
	s.render(w, http.StatusOK, "record", p)
}

// span is a piece of a record's text, highlighted when Class is set.
type span struct{ Text, Class string }

// highlight cuts a record's text into spans, marking where the analysis
// found the subject document ("subject": its number, and its short forms
// such as "Chỉ thị này"), each citation and its short forms ("Nghị định
// trên"), each campaign and each launch: the spans of the record
// (directive.Span), byte offsets into record.Text.
//
// A record without any span (one stored before the analysis gave them)
// is marked by plain string search for the citations' numbers and the
// campaigns' and launches' names instead.
func highlight(rec *directive.Record) []span {
	if rec == nil || rec.Text == "" {
		return nil
	}
	text := rec.Text
	var marks []mark
	add := func(sp directive.Span, class string) {
		if sp.IsZero() || sp.Of(text) == "" || !utf8.RuneStart(text[sp.Start]) || (sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
			return
		}
		marks = append(marks, mark{sp.Start, sp.End, class})
	}
	d := &rec.Directive
	add(d.Span, "subject")
	for _, r := range d.Refs {
		add(r, "subject")
	}
	for _, c := range d.Citations {
		add(c.Span, "citation")
		for _, r := range c.Refs {
			add(r, "citation")
		}
	}
	for _, c := range d.Campaigns {
		add(c.Span, "campaign")
	}
	for _, l := range d.Launches {
		add(l.Span, "launch")
	}
	if len(marks) == 0 {
		marks = searchMarks(rec)
	}
	// Earliest first, the longest of those starting together; a mark
	// overlapping one kept is dropped.
	sort.Slice(marks, func(i, j int) bool {
		if marks[i].from != marks[j].from {
			return marks[i].from < marks[j].from
		}
		return marks[i].to > marks[j].to
	})
	var out []span
	at := 0
	for _, m := range marks {
		if m.from < at {
			continue
		}
		if m.from > at {
			out = append(out, span{Text: text[at:m.from]})
		}
		out = append(out, span{Text: text[m.from:m.to], Class: m.class})
		at = m.to
	}
	if at < len(text) {
		out = append(out, span{Text: text[at:]})
	}
	return out
}

// mark is a range of a record's text to highlight, with its class.
type mark struct {
	from, to int
	class    string
}

// searchMarks finds, for a record without spans, every occurrence of the
// citations' numbers and of the campaigns' and launches' names.
func searchMarks(rec *directive.Record) []mark {
	text := rec.Text
	var marks []mark
	find := func(needle, class string) {
		if len(needle) < 3 {
			return
		}
		for i := 0; i < len(text); {
			k := strings.Index(text[i:], needle)
			if k < 0 {
				return
			}
			marks = append(marks, mark{i + k, i + k + len(needle), class})
			i += k + len(needle)
		}
	}
	for _, c := range rec.Directive.Citations {
		find(c.Number, "citation")
	}
	for _, c := range rec.Directive.Campaigns {
		find(c.Name, "campaign")
	}
	for _, l := range rec.Directive.Launches {
		find(l.Name, "launch")
	}
	return marks
}

func severityLabel(lang string, s nomination.Severity) string {
	labels := map[nomination.Severity][2]string{
		nomination.Error:   {"✗ Không đạt", "✗ Fails"},
		nomination.Warning: {"! Lưu ý", "! Check"},
		nomination.Info:    {"✓ Đạt", "✓ Meets"},
	}
	l, ok := labels[s]
	if !ok {
		return string(s)
	}
	if lang == "en" {
		return l[1]
	}
	return l[0]
}

// factText is the fact a finding is about: "ratings 2024: 2/3".
func factText(f nomination.Finding) string {
	if f.Fact == "" {
		return ""
	}
	s := f.Fact
	if f.Year != 0 {
		s += " " + strconv.Itoa(f.Year)
	}
	if f.Need != 0 {
		s += fmt.Sprintf(": %d/%d", f.Have, f.Need)
	}
	return s
}
