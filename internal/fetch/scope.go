package fetch

import (
	"fmt"
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Site is the registrable domain of a host (eTLD+1 by the Public Suffix
// List): "hungyen.gov.vn" for "stnmt.hungyen.gov.vn", since "gov.vn" is a
// public suffix. An IP address or a name without a registrable domain
// (localhost) is its own site. Port and case are ignored.
func Site(host string) string {
	h := strings.ToLower(host)
	if hh, _, err := net.SplitHostPort(h); err == nil {
		h = hh
	}
	h = strings.TrimSuffix(strings.Trim(h, "[]"), ".")
	if net.ParseIP(h) != nil {
		return h
	}
	if s, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
		return s
	}
	return h
}

// SameSite returns a scope that admits URLs on the site of host (see
// Site) and on the extra hosts and their subdomains. It is what a page's
// attachments are held to: a page on hungyen.gov.vn may attach a file on
// stnmt.hungyen.gov.vn, not on an address of the reader's own network.
func SameSite(host string, extra ...string) func(*url.URL) error {
	site := Site(host)
	return func(u *url.URL) error {
		h := strings.ToLower(u.Hostname())
		if site != "" && Site(h) == site {
			return nil
		}
		for _, e := range extra {
			e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), "."))
			if e != "" && (h == e || strings.HasSuffix(h, "."+e)) {
				return nil
			}
		}
		if site == "" {
			return fmt.Errorf("máy chủ %s không được phép / host %s is not allowed (no page host; add it with --attachment-host)", h, h)
		}
		return fmt.Errorf("máy chủ %s ngoài trang %s / host %s is not on the page's site %s (add it with --attachment-host)", h, site, h, site)
	}
}
