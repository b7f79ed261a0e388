//go:build unix

package pdf

import (
	"syscall"
	"time"
)

// processCPU is the user and system CPU time the process has used, for
// benchmarks to report CPU apart from wall time (other processes share
// the machine).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
