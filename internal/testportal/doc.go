// Package testportal is a provincial portal to crawl on 127.0.0.1: the
// crawler's tests, its benchmark and the README's demonstration run
// against it, never against a real host.
//
// It has a home page, a "Thi đua - Khen thưởng" category listed over
// several pages, a sitemap named in robots.txt, an RSS feed named in the
// home page, a path robots.txt
// forbids, an article behind a 429 with Retry-After, one that always
// answers 500, one article under two URLs, one reachable only through the
// sitemap and one only through the feed, a PDF that is the page's document and one that is another
// document, a link to another host, an off-subject article, and ETags on
// everything. Its articles are real portal pages; Generated adds as many
// more as a benchmark needs.
package testportal
