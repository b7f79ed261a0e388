package main

import "testing"

// TestRun runs the office's day end to end (template, fill, validate,
// results sheet), so that a change of the dossier's layout that the
// example's cell references no longer fit fails here.
func TestRun(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	if err := run(); err != nil {
		t.Fatal(err)
	}
}
