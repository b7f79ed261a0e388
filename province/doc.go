// Package province holds Vietnam's provincial-level administrative units:
// the 34 provinces and centrally-run cities in force since 2025-07-01
// under Resolution 202/2025/QH15 of the National Assembly (12 June 2025),
// the 63 units in force before, and the map from each former unit to the
// one that holds its territory today.
//
// Lookup and Current match a name as documents write it, whatever its
// diacritics, tone placement ("Hoà"/"Hòa"), normalisation form, case and
// prefix ("tỉnh", "thành phố", "TP."). Find finds the first province named
// in running text.
//
// The data is embedded from data/provinces.json, which names its source
// and licence: legal normative documents are not protected by copyright in
// Vietnam (Law on Intellectual Property, Art. 15). The ids are slugs, not
// the official administrative codes.
package province
