// Package store defines where a crawl keeps its frontier, the bodies it
// fetched and the records it read: the Store interface, so that the
// crawler works the same on the embedded SQLite file of package
// store/sqlite and on a server database added later.
package store
