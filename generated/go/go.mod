// generated from spec/codes.yaml — do not edit
// The faceidcodes package beside this file; see the project README for use.
module faceidcodes

go 1.19
