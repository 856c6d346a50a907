// generated from spec/codes.yaml — do not edit
// The faceidcodes package beside this file: `go get github.com/faceid-codes/faceid-codes/generated/go/v3@v3.0.0`,
// released by the tag generated/go/v3.0.0 (https://github.com/faceid-codes/faceid-codes).
module github.com/faceid-codes/faceid-codes/generated/go/v3

// The oldest language version the package needs; every supported go command accepts it
// without fetching another toolchain.
go 1.19
