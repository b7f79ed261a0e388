//go:build !unix

package parse

import "time"

// processCPU is not measured on this system.
func processCPU() time.Duration { return 0 }
