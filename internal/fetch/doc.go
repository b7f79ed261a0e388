// Package fetch is the SDK's one guarded HTTP client. Every fetch the SDK
// makes (parse.URL, a page's attachments, and the crawler's pages,
// feeds, sitemaps and robots.txt) goes through a Client, so that one
// place decides what may be reached and how much is read.
//
// The guard is applied where it cannot be got around: at dial time, on
// the address a host name resolved to, for every connection, including
// those of redirects. Loopback, private, link-local, CGNAT, unspecified,
// multicast and reserved addresses are refused with a *RefusedError
// (errors.Is(err, ErrPrivateAddress)) unless WithAllowPrivate is given.
// Only http and https are fetched; a Request's Scope can hold a request
// and its redirects to a site (SameSite).
package fetch
