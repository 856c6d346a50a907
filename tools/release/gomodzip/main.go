// Command gomodzip lays out a module version as a Go module proxy serves it,
// the layout GOPROXY=file://DIR reads: MODULE/@v/list, VERSION.info,
// VERSION.mod and VERSION.zip, the zip made by golang.org/x/mod/zip, the
// library the go command uses, so the zip holds what `go get` would check
// out from the tag (and is refused as the go command would refuse it).
//
//	go run . MODULE VERSION MODULE_FOLDER PROXY_FOLDER
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: gomodzip MODULE VERSION MODULE_FOLDER PROXY_FOLDER")
		os.Exit(2)
	}
	if err := layOut(os.Args[1], os.Args[2], os.Args[3], os.Args[4]); err != nil {
		fmt.Fprintln(os.Stderr, "gomodzip: error:", err)
		os.Exit(1)
	}
}

func layOut(path, version, folder, proxy string) error {
	mod := module.Version{Path: path, Version: version}
	if err := module.Check(path, version); err != nil {
		return err
	}
	goMod, err := os.ReadFile(filepath.Join(folder, "go.mod"))
	if err != nil {
		return err
	}
	parsed, err := modfile.ParseLax("go.mod", goMod, nil)
	if err != nil {
		return err
	}
	if parsed.Module == nil || parsed.Module.Mod.Path != path {
		return fmt.Errorf("%s/go.mod does not declare module %s", folder, path)
	}
	escaped, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	escapedVersion, err := module.EscapeVersion(version)
	if err != nil {
		return err
	}
	dir := filepath.Join(proxy, escaped, "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	zipFile, err := os.Create(filepath.Join(dir, escapedVersion+".zip"))
	if err != nil {
		return err
	}
	if err := modzip.CreateFromDir(zipFile, mod, folder); err != nil {
		zipFile.Close()
		return err
	}
	if err := zipFile.Close(); err != nil {
		return err
	}
	// A fixed time: the same tag gives the same .info on every machine.
	info, err := json.Marshal(map[string]string{
		"Version": version,
		"Time":    time.Unix(0, 0).UTC().Format(time.RFC3339),
	})
	if err != nil {
		return err
	}
	files := map[string][]byte{
		escapedVersion + ".info": info,
		escapedVersion + ".mod":  goMod,
		"list":                   []byte(version + "\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
