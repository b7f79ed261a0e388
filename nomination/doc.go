// Package nomination holds the catalogue of Vietnam's emulation titles and
// commendation awards (danh hiệu thi đua, hình thức khen thưởng) and checks
// a nomination (đề nghị khen thưởng) against the law in force for the year
// of the achievement it rewards, article by article.
//
// The law is data: the catalogue (data/catalogue.json, embedded) gives each
// title and award a stable code (LDTT, CSTD_CS, BK_TTG, HC_LD_3, ...), its
// Vietnamese and English names, who may receive it, who confers it, its
// criteria and its legal basis per regime, with a VERIFIED / UNVERIFIED
// status; the numbers the rules use (months worked, caps, windows) sit in
// per-regime parameters next to the provision they come from.
//
// Two regimes are encoded, chosen by the achievement year (RegimeFor):
//
//   - "2022": Law No. 06/2022/QH15 (in force 2024-01-01), Decree
//     98/2023/NĐ-CP and, for proposals from 2025-07-01, Decree
//     152/2025/NĐ-CP (dated 2025-06-14; phân cấp, phân quyền; replaces
//     Decree 98/2023), Circular 01/2024/TT-BNV;
//   - "2013": Law No. 15/2003/QH11 as amended (2005, 2009, 2013), Decree
//     91/2017/NĐ-CP, Circular 12/2019/TT-BNV.
//
// Validate returns a Result: eligible or not, and findings. Every error
// cites document, article, clause and point; a missing decisive fact is an
// error naming the fact (rule "missing_fact"); an eligible result lists
// what was checked as info findings. Citation.Verified is false where the
// article number or wording could not be checked against the legal text.
// Every finding carries a Trace: the rule's values in the regime of the
// year and the facts it weighed ("need 3 consecutive CSTD_CS ending 2024;
// have 2 (2023, 2024)"), with, on a failing chain rule, NextEligible: the
// earliest year the subject can meet it if the chain goes on
// (Result.NextEligible for all of them). WithAlternatives adds, to an
// ineligible result, what the same facts earn: the same-level titles for
// the subject and the awards down the ladder (Ladders), nearest first.
//
// ValidateBatch checks a unit's list for one year: duplicates, caps
// (quotas) and authority; BatchStream.Validate does the same one
// nomination at a time, in memory bounded by the input's size.
//
// Input is bounded (MaxInput bytes, MaxNominations nominations, MaxEntries
// entries in any list, years MinYear–MaxYear, counts 0–MaxCount, caps in
// [0, 1]); a value out of bounds is an *InputError naming its JSON path and
// wrapping ErrOutOfRange or ErrTooLarge, both of which wrap ErrInput.
//
// BlocResult carries a collective's emulation-bloc result (produced by
// package campaign); the Cờ thi đua rules use it.
package nomination
