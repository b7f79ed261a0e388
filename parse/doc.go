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
// # What the analysis reads
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
//
// # How: the stages
//
// The analysis (analyze.go) runs in stages, each in its own files, in the
// spirit of eyecite, the citation extractor of US law:
//
//  1. Normalise (text.go, lines.go, page.go): decode the bytes (UTF-8,
//     UTF-16, the legacy TCVN3, VNI and Windows-1258 encodings) to NFC,
//     split lines, fold white space, drop a portal's chrome and cut its
//     tail ("Tin liên quan"), split the cells of a flattened table and
//     the labels of a legal-text site's property table glued to their
//     values (properties.go, lexicon/properties.tsv), join the header
//     lines a layout wrapped.
//  2. Scan and read mentions (header.go, mentions.go, laws.go,
//     campaigns.go, launches.go): the header block of an original
//     document; every document number with the kind written before it and
//     the date, issuer and title after it; laws by name and year; quoted
//     campaigns and their cues. Patterns run only where a literal says
//     they can match: the number patterns around a slash before a capital
//     ("08/CT-UBND"), the law names at "Luật", the short forms at their
//     last word ("này", "trên"), a motto only on a line that starts with C
//     or Đ. Patterns are compiled on first use (internal/lazyregexp), so
//     a program that reads no document pays nothing for them. Where a
//     pattern is anchored at the end of a window (the kind word before a
//     number, a short form before "này"), the text is read backwards from
//     that end instead (kindwords.go). Each such fast path keeps the
//     pattern it replaced in its test file as an oracle, and a fuzz target
//     holds the two to the same answers. The field's words are data, in
//     files a reader of Vietnamese documents can extend without Go, read
//     on first use (lexicon/*.tsv): the kinds of document (kinds.tsv),
//     the bodies that issue them (bodies.tsv), the laws cited by name
//     (laws.tsv), the cues before a quoted campaign (cues.tsv), and the
//     verbs by role (verbs.tsv: issue, sign, launch, cite, implement,
//     award, direct, speak), each with the patterns that read it, and the
//     labels of a legal-text site's property table (properties.tsv). The
//     codes a document number carries for its kind and the codes typed
//     with D for Đ are package directive's data (directive/lexicon).
//  3. Resolve (subject.go pickSubject, refs.go): which mention is the
//     subject (the header's number; in a news article the document said
//     to be issued, or that readers are sent to, or that the headline
//     names, and among equals the one whose title the headline carries,
//     then the one issued nearest before the page; a warning names the
//     feature that decided a close choice) and which are citations; short forms ("Chỉ thị này",
//     "Nghị định trên", "Kế hoạch nêu trên", "Luật này") resolve to the
//     document they stand for: "này" to the subject when it is of that
//     kind, else, like "trên", to the last document of that kind named
//     before.
//  4. Fields (analyze.go newsFields, footer.go, tasks.go, place.go,
//     names.go, properties.go): the record's fields from the resolved
//     mentions, the footer (signer, recipients), the tasks (not the
//     articles a letter quotes, tasks_quoted.go), the issuer's level and
//     province; where a page has no header, what a legal-text site's
//     property table states of the same document (date, body, signer).
//  5. Annotate (annotate.go): the analysis reads its own copy of the text
//     (lines trimmed and joined, chrome dropped), so its offsets are not
//     the record's. The annotator aligns the two by the lines they share
//     and finds each mention as written near where the analysis read it,
//     any white space standing for a space. Every citation, campaign and
//     launch, and the subject, then carries a span [start, end] into
//     Record.Text, and the short forms their refs: text[start:end] is the
//     mention as written, for a reader to highlight.
//
// # The issuer in running text
//
// Where a text names its issuer in a sentence rather than in a header,
// four finders read it: the sentence of an article up to the document it
// names ("Ngày 25/11/2024, Chủ tịch UBND tỉnh ký ban hành"), the clause
// of an opening that issues the document ("...; Ban Chấp hành Thành đoàn
// ban hành Kế hoạch"), an article saying a body launched a campaign or
// held its launch ("UBND phường Hòa Hưng tổ chức Hội nghị ... phát
// động"), and the opening of a copy that lost its header ("Uỷ ban nhân
// dân tỉnh xây dựng Kế hoạch ... như sau:"). They share one mechanism
// for the body's name (bodyscan.go): lexicon/bodies.tsv lists each body
// with its level, the forms it takes (full name, abbreviations, the old
// tone mark, optional words), the offices that may stand before it
// (Chủ tịch, Ban Thường vụ), what must follow it (a name, a place) and
// the finders that read it; a prefix tree over the case-folded
// characters of every form, with and without its office, finds the names
// that start at a point of a line, with their body and level, in the
// order the lexicon gives. Each finder then reads only its own context
// with a short pattern anchored at the name's end: what follows (the
// place and the verb, the kind the clause issues, "phát động") and, for
// the clause, the punctuation before. A new body is one line of the
// lexicon, read by every finder its line names.
//
// # Scans
//
// A scanned page is read by tesseract with each word's box and laid out
// like a text layer (pdf_ocr.go). What OCR gets wrong on real published
// scans is mended by kind, each with a warning where a field depends on
// it: the signing block is read again on its own (pdf_ocr_sign.go), and a
// position half under a seal is completed from the ends of its lines
// against lexicon/positions.tsv (pdf_ocr_seal.go); an incoming-mail stamp
// is dropped (pdf_ocr_mail.go); a title's abbreviation is restored from
// the body's (title_ocr.go); a number split after a misread one is joined;
// a law's name is matched under misread marks (laws_blind.go). A day
// written by hand and not legible is taken from the digital signature of
// the signer or the issuing body, never from a publishing centre's
// (pdf_sig.go), and a number the page leaves illegible from the file name
// (pdf_name.go), each with a warning that says so.
//
// Stages are tested apart (header_test.go, laws_test.go,
// launches_test.go, names_test.go, and annotate_test.go for the short
// forms and the annotator) and the whole against hand-made gold records
// (testdata/*/*.gold.json) and golden records (testdata/text).
//
// Bounds: every stage scans at most a bounded number of lines, mentions and
// bytes per input (maxLines, maxMentions, maxShortForms, the annotator's
// budget), so a hostile input costs time in proportion to its size.
package parse
