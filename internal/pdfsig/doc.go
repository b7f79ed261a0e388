// Package pdfsig lists the digital signatures of a PDF file and checks
// them, in pure Go and without network.
//
// It finds each signature dictionary by its /ByteRange, reads the PKCS#7
// (CMS) blob of /Contents with github.com/smallstep/pkcs7, hashes the
// signed byte ranges and verifies the signature over them (the digest is
// intact or not), and tells whether the signature covers the whole file:
// an incremental update written after it (a later signature, an edit)
// means it does not. Trust is checked only against a pool of certificate
// authorities the caller gives.
package pdfsig
