// Package directive holds the model of a Vietnamese administrative or Party
// document as thidua extracts it: its kind and number (số, ký hiệu, in the
// form of Decree 30/2020/NĐ-CP), date, issuer and level, signer, title
// (trích yếu), tasks, citations, campaigns, recipients (Nơi nhận) and
// attachments, and the Record that carries it with its source.
//
// The package also reads the two pieces of text every document has:
// ParseNumber for "08/CT-UBND", "98/2023/NĐ-CP" or "34-CT/TW", and
// ParseDate for "25/11/2024" or "ngày 25 tháng 11 năm 2024".
//
// What the package knows of the field is data, in lexicon/, that a reader
// who knows the field can extend without writing Go: the kinds of
// document and their codes (kinds.tsv), the codes typed with D for Đ
// (dcodes.tsv), the forms of a number (numberforms.tsv, written with the
// parts of numberparts.tsv: "SEQ/YEAR/SYMBOL", "SEQ-KIND/BODY") and the
// forms of a date (dateforms.tsv: "D/M/YYYY", "[ngày] D tháng M năm
// YYYY") with the weekday names written before one (weekdays.tsv). Each
// file says in its head what its columns hold; each is read once, on
// first use, never at package init. NumberPattern gives the number forms
// as a pattern that finds numbers in running text, for the analysis.
package directive
