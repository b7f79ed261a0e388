// Package fold reduces Vietnamese text to a form for matching names that
// people write in many ways: without diacritics, in any case, with any
// punctuation and spacing, in NFC or NFD, with old or new tone placement.
// Campaign, province and law names are matched on folded text; the text
// a record keeps is never folded.
package fold
