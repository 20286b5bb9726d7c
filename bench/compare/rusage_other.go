//go:build !linux

package main

import "os"

// maxRSS is unknown off Linux (ru_maxrss units differ by system).
func maxRSS(*os.ProcessState) int64 { return 0 }
