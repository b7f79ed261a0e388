// Package directive holds the model of a Vietnamese administrative or Party
// document as thidua extracts it: its kind and number (số, ký hiệu, in the
// form of Decree 30/2020/NĐ-CP), date, issuer and level, signer, title
// (trích yếu), tasks, citations, campaigns, recipients (Nơi nhận) and
// attachments, and the Record that carries it with its source.
//
// The package also reads the two pieces of text every document has:
// ParseNumber for "08/CT-UBND", "98/2023/NĐ-CP" or "34-CT/TW", and
// ParseDate for "25/11/2024" or "ngày 25 tháng 11 năm 2024".
package directive
