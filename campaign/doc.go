// Package campaign holds emulation campaigns (phong trào thi đua): the
// catalogue of national campaigns launched by the Prime Minister, each
// with a stable id, its official name, launch date and the other names
// documents use for it, and Match, which links a name as written to its
// national campaign whatever its diacritics, case, punctuation, period
// suffix or small typos. Local campaigns have no id.
package campaign
