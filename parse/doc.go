// Package parse turns Vietnamese emulation-and-commendation documents into
// directive records: plain text (Text), portal pages (HTML, URL) and PDF
// files (PDF). Any chooses the reader from the first bytes.
//
// Every reader brings its input to one form, the text in reading order with
// what its container says (site, byline, publication date, attachments,
// signatures), and one analysis reads that text. So a directive gives the
// same record whether it comes as a signed PDF, as a portal page that
// carries its text, or as a news article about it.
//
// The analysis reads:
//
//   - the Decree 30/2020 header of an original document: issuing body,
//     number (số, ký hiệu), place and date, kind heading and title;
//   - in a news article, the subject document (the one the article says was
//     issued, or sends readers to) apart from the documents it cites, and
//     the byline, which is the article's author, never the signer;
//   - citations of other documents with their kind, date, issuer and title,
//     and the field's principal laws cited by name and year;
//   - tasks (1., a), dashes, task tables), recipients (Nơi nhận), the
//     signature block (KT., TM., Q. and the position signed for);
//   - campaigns named in quotes, linked to package campaign's catalogue.
//
// A field the text does not state stays empty: nothing is guessed. All text
// comes out in Unicode NFC.
package parse
