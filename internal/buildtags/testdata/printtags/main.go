// Command printtags prints the build tags it was built with, for
// buildtags' test.
package main

import (
	"fmt"

	"regionplan/internal/buildtags"
)

func main() { fmt.Println(buildtags.Current()) }
