// The release tool that lays out the Go module as a module proxy serves it.
module github.com/faceid-codes/faceid-codes/tools/release/gomodzip

go 1.26.0

require golang.org/x/mod v0.43.0
