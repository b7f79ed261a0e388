// Package lexicon reads the embedded data files (lexicon/*.tsv) in which
// packages parse and directive keep the field's knowledge: kinds, codes,
// number and date forms, bodies, laws, verbs, positions. One reader
// serves them all: comments and blank lines are left out, entries keep
// their line numbers for errors, and a file is read on first use only.
package lexicon
