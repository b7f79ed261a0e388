// Package thidua is an SDK for Vietnam's emulation and commendation work
// (thi đua, khen thưởng): it turns the directives, plans and decisions that
// launch emulation campaigns into structured data, and checks nominations
// for titles and awards against the Law on Emulation and Commendation.
//
// The work is in the subpackages:
//
//   - directive: the document model (kind, số ký hiệu, date, issuer,
//     signer, trích yếu, tasks, citations, campaigns, recipients) and the
//     readers of document numbers and dates;
//   - parse: plain text, portal HTML and PDF into directive records;
//   - campaign: national and local campaigns, periods, emulation blocs;
//   - nomination: the catalogue of titles and awards and the validation of
//     nominations, every finding citing its article;
//   - province: the provinces as documents write them and the 34 provinces
//     in force since 2025-07-01.
//
// Quick start:
//
//	rec, err := parse.Text(ctx, strings.NewReader(text))
//	fmt.Println(rec.Directive.Number, rec.Directive.Issued, rec.Directive.Title)
//
// The command thidua (cmd/thidua) does the same from the shell:
//
//	thidua parse --format json chi-thi.pdf https://portal.example/tin.html
package thidua
