package nomination

import "sync"

// Option changes what Validate computes beyond the verdict.
type Option func(*options)

type options struct {
	alternatives bool
}

// WithAlternatives asks, for an ineligible result, what the same facts
// earn instead (Result.Alternatives). It costs a validation per
// alternative; eligible results are not affected.
func WithAlternatives() Option {
	return func(o *options) { o.alternatives = true }
}

// Step is one rung of a ladder: Below are the awards one step below Award
// (the civilian and the armed-forces variant where there are two; a subject
// is offered those it may receive), Peers the awards of the same level
// given to other subjects for the same standard. Verified tells whether the
// order was read in the law (a chain rule the validator checks: the lower
// award is a prerequisite) or is the order of the catalogue's classes and
// titles (Note says which).
type Step struct {
	Award    string
	Below    []string
	Peers    []string
	Verified bool
	Note     string
}

// ladders is the order of the catalogue's titles and awards, as data: the
// alternatives follow it. The chains the validator checks come first.
var ladders = []Step{
	// Individual titles: Law 06/2022 Art. 21(1)(a), 22(1)(a), 23(1) (the
	// national title stands on two CSTĐ bộ, tỉnh, that on three CSTĐ cơ
	// sở, that on the LĐTT/CSTT standard).
	{Award: "CSTD_TQ", Below: []string{"CSTD_BO_TINH"}, Verified: true, Note: "06/2022/QH15 Art. 21(1)(a)"},
	{Award: "CSTD_BO_TINH", Below: []string{"CSTD_CS"}, Verified: true, Note: "06/2022/QH15 Art. 22(1)(a)"},
	{Award: "CSTD_CS", Below: []string{"LDTT", "CSTT"}, Verified: true, Note: "06/2022/QH15 Art. 23(1)"},
	{Award: "LDTT", Peers: []string{"CSTT"}, Verified: true, Note: "06/2022/QH15 Art. 24(1), (2): the same standard"},
	{Award: "CSTT", Peers: []string{"LDTT"}, Verified: true, Note: "06/2022/QH15 Art. 24(1), (2): the same standard"},
	// Collective titles: Law 06/2022 Art. 25–28; the Government's flag is
	// chosen among the ministries' and provinces' (Decree 91/2017 Art.
	// 11(1) before 2024).
	{Award: "CO_CP", Below: []string{"CO_BO_TINH"}, Verified: true, Note: "91/2017/NĐ-CP Art. 11(1)"},
	{Award: "CO_BO_TINH", Below: []string{"TTLDXS", "DVQT"}, Note: "order of the collective titles, Law 06/2022 Art. 25–28"},
	{Award: "TTLDXS", Below: []string{"TTLDTT"}, Peers: []string{"DVQT"}, Note: "order of the collective titles, Law 06/2022 Art. 27–28"},
	{Award: "DVQT", Below: []string{"DVTT"}, Peers: []string{"TTLDXS"}, Note: "order of the collective titles, Law 06/2022 Art. 27–28"},
	{Award: "TTLDTT", Peers: []string{"DVTT"}, Note: "Law 06/2022 Art. 28(1), (2)"},
	{Award: "DVTT", Peers: []string{"TTLDTT"}, Note: "Law 06/2022 Art. 28(1), (2)"},
	// Certificates: the Prime Minister's stands on the ministry's or
	// province's (Law 06/2022 Art. 73(1)), the Labour Order Third Class on
	// the Prime Minister's (Art. 44(1)), each class on the one below.
	{Award: "BK_TTG", Below: []string{"BK_BO_TINH"}, Verified: true, Note: "06/2022/QH15 Art. 73(1)"},
	{Award: "BK_BO_TINH", Below: []string{"GIAY_KHEN"}, Note: "order of the certificates, Law 06/2022 Art. 72–75"},
	{Award: "HC_LD_3", Below: []string{"BK_TTG"}, Verified: true, Note: "06/2022/QH15 Art. 44(1)"},
	{Award: "HC_LD_2", Below: []string{"HC_LD_3"}, Verified: true, Note: "06/2022/QH15 Art. 43(1)"},
	{Award: "HC_LD_1", Below: []string{"HC_LD_2"}, Verified: true, Note: "06/2022/QH15 Art. 42; 15/2003/QH11 Art. 42 as amended"},
	{Award: "HC_DL_3", Below: []string{"HC_LD_1"}, Note: "the validator's chain (catalogue: PARTLY_VERIFIED)"},
	{Award: "HC_DL_2", Below: []string{"HC_DL_3"}, Note: "the validator's chain (catalogue: UNVERIFIED)"},
	{Award: "HC_DL_1", Below: []string{"HC_DL_2"}, Note: "the validator's chain (catalogue: UNVERIFIED)"},
	// Classes of the other orders and medals, and the people's and
	// meritorious honorary titles: the order of the classes only.
	{Award: "HC_SAO_VANG", Below: []string{"HC_HCM"}, Note: "order of the orders, Law 06/2022 Art. 33"},
	{Award: "HC_HCM", Below: []string{"HC_DL_1"}, Note: "order of the orders, Law 06/2022 Art. 33"},
	{Award: "HC_QC_1", Below: []string{"HC_QC_2"}, Note: "order of the classes"},
	{Award: "HC_QC_2", Below: []string{"HC_QC_3"}, Note: "order of the classes"},
	{Award: "HC_BVTQ_1", Below: []string{"HC_BVTQ_2"}, Note: "order of the classes"},
	{Award: "HC_BVTQ_2", Below: []string{"HC_BVTQ_3"}, Note: "order of the classes"},
	{Award: "HC_CC_1", Below: []string{"HC_CC_2"}, Note: "order of the classes"},
	{Award: "HC_CC_2", Below: []string{"HC_CC_3"}, Note: "order of the classes"},
	{Award: "HCH_CSVV_1", Below: []string{"HCH_CSVV_2"}, Note: "order of the classes"},
	{Award: "HCH_CSVV_2", Below: []string{"HCH_CSVV_3"}, Note: "order of the classes"},
	{Award: "NGND", Below: []string{"NGUT"}, Note: "people's and meritorious titles, Law 06/2022 Art. 63–69"},
	{Award: "TTND", Below: []string{"TTUT"}, Note: "people's and meritorious titles, Law 06/2022 Art. 63–69"},
	{Award: "NSND", Below: []string{"NSUT"}, Note: "people's and meritorious titles, Law 06/2022 Art. 63–69"},
	{Award: "NNND", Below: []string{"NNUT"}, Note: "people's and meritorious titles, Law 06/2022 Art. 63–69"},
	{Award: "GT_HCM", Below: []string{"GT_NN"}, Note: "order of the prizes, Law 06/2022 Art. 70–71"},
}

// Ladders returns the order of titles and awards the alternatives follow,
// one Step per award that has something below it or a peer.
func Ladders() []Step {
	out := make([]Step, len(ladders))
	for i, s := range ladders {
		s.Below = append([]string(nil), s.Below...)
		s.Peers = append([]string(nil), s.Peers...)
		out[i] = s
	}
	return out
}

func stepOf(code string) *Step {
	for i := range ladders {
		if ladders[i].Award == code {
			return &ladders[i]
		}
	}
	return nil
}

// fits tells whether an award may go to this subject: its kind, and the
// armed-forces or civilian variant.
func fits(a *Award, s *Subject) bool {
	if a == nil || !a.Accepts(s.Kind) {
		return false
	}
	switch a.ArmedForces {
	case "only":
		return s.ArmedForces
	case "never":
		return !s.ArmedForces
	}
	return true
}

// scratch holds the results the alternatives are judged into.
var scratch = sync.Pool{New: func() any { return new(Result) }}

// maxAlternatives bounds the alternatives of one result: the peers and a
// walk down the longest ladder.
const maxAlternatives = 12

// once tells whether an award is conferred once (each class of an order or
// medal, an honorary title, a prize): one already held is no alternative.
func once(a *Award) bool {
	switch a.Category {
	case "huan_chuong", "huy_chuong", "danh_hieu_vinh_du", "giai_thuong":
		return true
	}
	return false
}

// alternatives fills r.Alternatives for the nomination n of award a: the
// peers of a this subject may receive, then the awards below, nearest
// first, going further down until one is earned. An award conferred once
// and already held is passed over (the walk goes on below it).
func alternatives(r *Result, n *Nomination, a *Award) {
	cat := Default()
	seen := []string{a.Code}
	// try judges code for the same facts; ok is false when code is not
	// for this subject or was seen already
	try := func(code string) (eligible, ok bool) {
		for _, s := range seen {
			if s == code {
				return false, false
			}
		}
		seen = append(seen, code)
		b := cat.Lookup(code)
		if !fits(b, &n.Subject) {
			return false, false
		}
		if once(b) {
			for _, g := range n.History {
				if g.Award == code && g.Year <= n.Year {
					return false, true
				}
			}
		}
		if len(r.Alternatives) >= maxAlternatives {
			return false, false
		}
		m := *n
		m.Award = code
		if m.Conferrer != "" {
			m.Conferrer = b.Conferrer // who would confer it
		}
		ar := scratch.Get().(*Result)
		defer scratch.Put(ar)
		if err := ValidateTo(ar, &m); err != nil {
			return false, false // cannot happen: n was valid input
		}
		// the findings copied at their size: the scratch result is reused
		fs := append([]Finding(nil), ar.Findings...)
		r.Alternatives = append(r.Alternatives, Alternative{Award: code, Eligible: ar.Eligible, NextEligible: ar.NextEligible, Findings: fs})
		return ar.Eligible, true
	}
	step := stepOf(a.Code)
	if step == nil {
		return
	}
	for _, p := range step.Peers {
		try(p)
	}
	for step != nil {
		var next *Step
		earned := false
		for _, b := range step.Below {
			e, ok := try(b)
			if ok && next == nil {
				next = stepOf(b)
			}
			earned = earned || e
		}
		if earned || next == nil {
			return
		}
		step = next
	}
}
