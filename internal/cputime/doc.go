// Package cputime reads the CPU time the process has used, for benchmarks
// to report CPU apart from wall time: the machines they run on are
// shared, and another process's load lengthens wall time, not CPU time.
package cputime
