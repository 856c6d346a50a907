"""Build every package from generated/ once, into one folder, as the release publishes them.

    python tools/release/build.py --out DIST [--no-sign] [python] [npm] [go] [maven]

The release workflow runs it once and publishes what it wrote; the rehearsal
(tests/release/) runs the same builds and publishes them to registries on
127.0.0.1.  What lands in DIST, by package:

  python/   the wheel and the sdist (`python -m build`, the pinned flit_core)
  npm/      the tarball `npm pack` makes, what `npm publish` uploads
  goproxy/  the module version as a Go module proxy serves the tag (GOPROXY=file://...)
  maven/    a Maven repository `mvn deploy` wrote: jar, sources, javadoc, pom,
            checksums and, unless --no-sign, signatures
  maven-central-bundle.zip   that repository as Maven Central's upload takes it

Nothing is written under generated/: Maven builds in a copy.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator.load.loader import SpecError, load_spec  # noqa: E402  (the checkout's own)
from generator.project import PROJECT  # noqa: E402

GOMODZIP = Path(__file__).resolve().parent / "gomodzip"
MAVEN = ["mvn", "--batch-mode", "--no-transfer-progress"]


def run(cmd: list[str], cwd: Path) -> None:
    if shutil.which(cmd[0]) is None:
        sys.exit(f"build: error: {cmd[0]} is not installed; `make setup` installs it")
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(
            f"build: error: {' '.join(cmd)} (in {cwd}) failed:\n{result.stdout}{result.stderr}"
        )


def python(generated: Path, out: Path, version: str, sign: bool) -> None:
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out / "python")]
    run([*build, str(generated / "python")], out)


def npm(generated: Path, out: Path, version: str, sign: bool) -> None:
    (out / "npm").mkdir(parents=True, exist_ok=True)
    pack = ["npm", "pack", "--silent", "--pack-destination", str(out / "npm")]
    run(pack, generated / "typescript")


def go(generated: Path, out: Path, version: str, sign: bool) -> None:
    module = PROJECT.go_module(version)
    proxy = out / "goproxy"
    run(["go", "run", ".", module, f"v{version}", str(generated / "go"), str(proxy)], GOMODZIP)


def maven(generated: Path, out: Path, version: str, sign: bool) -> None:
    repository = out / "maven"
    with tempfile.TemporaryDirectory() as work:
        project = Path(work) / "java"
        shutil.copytree(generated / "java", project)
        deploy = [
            *MAVEN,
            "--activate-profiles",
            "release",
            # Published to the repository below only: the local one keeps no copy to mask it.
            "-Dmaven.install.skip=true",
            f"-DaltDeploymentRepository=release::file://{repository}",
            *([] if sign else ["-Dgpg.skip=true"]),
            "deploy",
        ]
        run(deploy, project)
    bundle(repository, out / "maven-central-bundle.zip")


def bundle(repository: Path, zip_path: Path) -> None:
    """The deployed files, in the repository layout, as one zip for Maven Central's
    publisher API; the repository's own metadata files are not part of a release."""
    files = sorted(
        p for p in repository.rglob("*") if p.is_file() and "maven-metadata" not in p.name
    )
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(repository).as_posix(), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())


BUILDS = {"python": python, "npm": npm, "go": go, "maven": maven}
OUTPUTS = {"python", "npm", "goproxy", "maven", "maven-central-bundle.zip"}  # what they write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True, help="the folder to write (made anew)")
    parser.add_argument("--generated", type=Path, default=ROOT / "generated")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "codes.yaml")
    parser.add_argument("--no-sign", action="store_true", help="Maven: no GPG signatures")
    parser.add_argument("packages", nargs="*", metavar="PACKAGE", help=f"of {', '.join(BUILDS)}")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.packages) - BUILDS.keys())
    if unknown:
        parser.error(f"no package {', '.join(unknown)}; choose from {', '.join(BUILDS)}")
    try:
        version = load_spec(args.spec).version
    except SpecError as error:
        sys.exit("\n".join(error.lines()))
    out = args.out.resolve()
    if out.exists() and (not out.is_dir() or {p.name for p in out.iterdir()} - OUTPUTS):
        sys.exit(f"build: error: {out} holds files it did not build; name a new or empty folder")
    shutil.rmtree(out, ignore_errors=True)  # only what an earlier build wrote
    out.mkdir(parents=True)
    for name in args.packages or BUILDS:
        BUILDS[name](args.generated.resolve(), out, version, not args.no_sign)
        print(f"built {name} {version} into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
