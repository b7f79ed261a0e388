// Package serve is thidua over HTTP: a JSON API for systems written in
// other languages (PHP, .NET, JavaScript) and a server-rendered web page
// for the people of emulation and commendation offices.
//
// The API (documented in OpenAPI 3 at /openapi.json):
//
//	POST /v1/parse           a page, PDF or text (or {"url": ...}) → its record
//	POST /v1/validate        a nomination or a batch (JSON, or an XLSX dossier) → the verdict and its findings
//	GET  /v1/awards          the catalogue of titles and awards
//	GET  /v1/campaigns       the national emulation campaigns
//	GET  /v1/records         records of the store (q, province, kind, since, limit)
//	GET  /v1/records/{id}    one record of the store
//	GET  /openapi.json       the API's description
//	GET  /healthz            health and load
//
// Bad input is answered with a 4xx status and one JSON shape, in
// Vietnamese and English:
//
//	{"error": {"code": "invalid_input", "field": "subject.kind", "vi": "...", "en": "..."}}
//
// The web page at / (Vietnamese, ?lang=en for English) reads a pasted or
// uploaded document, checks one nomination from a form and browses the
// store. Every request is bounded in body size, time and number at once;
// a full server answers 503 with Retry-After.
package serve
