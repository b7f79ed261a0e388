// Package warc reads and writes WARC files (ISO 28500, WARC 1.0 and 1.1),
// the format web archives keep what they fetched in.
//
// Reading: Pages streams the HTTP responses of a WARC file that hold an
// HTML page or a PDF, one at a time, with their target URI, WARC-Date and
// HTTP headers; Records turns each into a directive record with package
// parse. Request, metadata, warcinfo, resource, conversion and revisit
// records, answers other than 2xx and other media types are skipped. A
// damaged record is reported as a *RecordError with its offset and the
// records after it are still read. Memory stays bounded: one record is
// held at a time, at most 1 MiB of it in memory (the rest in a temporary
// file, as github.com/nlnwa/gowarc/v3 buffers it), and a record whose
// payload is larger than WithMaxRecordBytes is refused with ErrTooLarge.
// Files must be gzipped record by record, as WARC writers do: gowarc
// reads one record a gzip member, so a file gzipped as a whole gives its
// first record and then an error saying the rest was not read.
//
// Writing: a Writer keeps a crawl's fetches as request and response
// records in gzip-per-record WARC 1.1 files that rotate at 1 GB. What it
// writes is what the crawler read, not the bytes on the wire: the body
// after gzip decoding, with the Content-Encoding and Transfer-Encoding
// headers removed and Content-Length set to the body's length (the
// removed values are kept as X-Thidua-Removed-* headers).
package warc
