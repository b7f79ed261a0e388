// Package pdflayout puts the characters of PDF pages in reading order and
// joins them into text: lines, then paragraphs.
//
// It works from character boxes only, so the order in which a producer
// drew the text does not matter: LibreOffice, cairo and Ghostscript copies
// of one document give the same text. A page is cut into bands of text
// lines; consecutive bands that leave a common vertical gap form a
// multi-column section (the two-block header and footer of a Decree 30
// document), read column by column; sections with three or more columns
// are tables, read row by row and cell by cell. The wrapped lines of a
// paragraph are joined into one line; a list item ("1.", "a)", "- ")
// always starts a line; a paragraph that runs over a page break is joined.
// Lone page numbers at the top or bottom of a page are dropped.
package pdflayout
