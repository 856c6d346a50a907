"""The release, rehearsed on this machine: each package is built as the release
workflow builds it (tools/release/build.py), published to a real registry on
127.0.0.1 (or a file repository in its registry's standard layout), installed
by name and version into a fresh consumer project by its ecosystem's ordinary
command, and used by a program whose output must equal the spec.  Nothing is
fetched but from those registries (and, for the build tools themselves, the
registries `make setup` uses)."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import registries
from conftest import GENERATED, ROOT, SPEC
from generator.load.loader import Spec, load_spec
from generator.project import PROJECT

pytestmark = pytest.mark.toolchain

BUILD = ROOT / "tools" / "release" / "build.py"
NODE_BIN = ROOT / "node_modules" / ".bin"


@functools.cache
def spec() -> Spec:
    return load_spec(SPEC)


def run(cmd: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in cmd], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, f"{cmd}\n{result.stdout}{result.stderr}"
    return result.stdout + result.stderr


def build(package: str, out: Path, *options: str) -> Path:
    run([sys.executable, BUILD, "--out", out, *options, package], ROOT)
    return out


def expected_rows() -> list[list]:
    """What every consumer prints: per member, its enum, code, name, message and billing."""
    return [
        [channel.enum, c.code, c.name, c.message, c.billable]
        for channel in spec().channels
        for c in channel.codes
    ]


def unknown_code() -> int:
    return max(c.code for channel in spec().channels for c in channel.codes) + 1


# --- Python: pypiserver, pip, pyright strict ---------------------------------------

PYTHON_CONSUMER = """\
import json

from faceid_codes import CHANNELS, SUCCESS_CODE, SdkCode, __version__

rows: list[list[object]] = []
for enum in CHANNELS.values():
    for member in enum:
        rows.append([type(member).__name__, int(member), member.name, member.message, member.billable])
unknown: SdkCode | None = SdkCode.lookup({unknown})
print(json.dumps({{"version": __version__, "success": SUCCESS_CODE, "rows": rows, "unknown": unknown}}))
"""


def test_python_package_installs_from_an_index_by_name_and_version(tmp_path: Path) -> None:
    version = spec().version
    dist = build("python", tmp_path / "dist")
    with registries.pypiserver(tmp_path / "pypi") as index:
        upload = [sys.executable, "-m", "twine", "upload", "--non-interactive"]
        upload += ["--repository-url", index, "-u", "rehearsal", "-p", "rehearsal"]
        run([*upload, *sorted((dist / "python").iterdir())], tmp_path)
        consumer = tmp_path / "consumer"
        consumer.mkdir()
        run([sys.executable, "-m", "venv", ".venv"], consumer)
        python = consumer / ".venv" / "bin" / "python"
        install = [python, "-m", "pip", "install", "--no-cache-dir", "--disable-pip-version-check"]
        log = run(
            [*install, "--index-url", f"{index}simple/", f"{PROJECT.pypi_name}=={version}"],
            consumer,
        )
    assert f"Successfully installed {PROJECT.pypi_name}-{version}" in log
    assert f"{index}packages/faceid_codes-{version}-py3-none-any.whl" in log  # from our index
    (consumer / "consumer.py").write_text(
        PYTHON_CONSUMER.format(unknown=unknown_code()), encoding="utf-8"
    )
    printed = json.loads(run([python, "consumer.py"], consumer))
    assert printed == {
        "version": version,
        "success": spec().success_code,
        "rows": expected_rows(),
        "unknown": None,
    }
    (consumer / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}', encoding="utf-8")
    checked = run([NODE_BIN / "pyright", "--pythonpath", python, "consumer.py"], consumer)
    assert "0 errors, 0 warnings" in checked
    explained = run([consumer / ".venv" / "bin" / PROJECT.pypi_name, "0"], consumer)
    assert spec().channels[0].codes[0].message in explained  # the installed command runs


# --- npm: verdaccio, npm install, tsc, ESM and CommonJS ----------------------------

TS_CONSUMER = """\
import {{ FACEID_CODES_VERSION, SDK_CODE_INFO, WECHAT_CODE_INFO, lookupSdkCode }} from "faceid-codes";
import type {{ CodeInfo }} from "faceid-codes";

const rows = (enumName: string, infos: Readonly<Record<number, CodeInfo>>) =>
  Object.values(infos).map((i) => [enumName, i.code, i.name, i.message, i.billable]);
const unknown: CodeInfo | undefined = lookupSdkCode({unknown});
console.log(JSON.stringify({{
  version: FACEID_CODES_VERSION,
  rows: [...rows("WechatCode", WECHAT_CODE_INFO), ...rows("SdkCode", SDK_CODE_INFO)],
  unknown: unknown ?? null,
}}));
"""

TSCONFIG = {
    "compilerOptions": {
        "module": "nodenext",
        "target": "es2022",
        "strict": True,
        "outDir": "out",
        "types": [],
        "skipLibCheck": False,
    },
    "files": ["consumer.mts", "consumer.cts"],
}


def test_npm_package_installs_from_a_registry_by_name_and_version(tmp_path: Path) -> None:
    version = spec().version
    assert [c.enum for c in spec().channels] == ["WechatCode", "SdkCode"]  # as TS_CONSUMER reads
    tarball = build("npm", tmp_path / "dist") / "npm" / f"{PROJECT.npm_name}-{version}.tgz"
    npmrc, cache = tmp_path / ".npmrc", tmp_path / "npm-cache"
    with registries.verdaccio(tmp_path / "verdaccio") as (registry, token):
        host = registry.removeprefix("http:")
        npmrc.write_text(f"registry={registry}\n{host}:_authToken={token}\n", encoding="utf-8")
        npm = ["npm", "--userconfig", npmrc, "--cache", cache, "--no-audit", "--no-fund"]
        run([*npm, "publish", tarball], tmp_path)
        consumer = tmp_path / "consumer"
        consumer.mkdir()
        (consumer / "package.json").write_text('{"name": "consumer", "private": true}')
        run([*npm, "install", "--save-exact", f"{PROJECT.npm_name}@{version}"], consumer)
    lock = json.loads((consumer / "package-lock.json").read_text(encoding="utf-8"))
    installed = lock["packages"][f"node_modules/{PROJECT.npm_name}"]
    assert installed["version"] == version
    assert installed["resolved"].startswith(registry)  # from our registry, not a folder
    source = TS_CONSUMER.format(unknown=unknown_code())
    for name in ("consumer.mts", "consumer.cts"):  # an ES module, and a CommonJS one
        (consumer / name).write_text(source, encoding="utf-8")
    (consumer / "tsconfig.json").write_text(json.dumps(TSCONFIG), encoding="utf-8")
    run([NODE_BIN / "tsc", "-p", "."], consumer)
    assert "require(" in (consumer / "out" / "consumer.cjs").read_text(encoding="utf-8")
    for program in ("out/consumer.mjs", "out/consumer.cjs"):
        printed = json.loads(run(["node", program], consumer))
        assert printed["version"] == version and printed["unknown"] is None
        assert sorted(map(json.dumps, printed["rows"])) == sorted(map(json.dumps, expected_rows()))


# --- Go: a file GOPROXY, go get MODULE@vX.Y.Z --------------------------------------

GO_CONSUMER = """\
package main

import (
\t"encoding/json"
\t"os"

\tfaceidcodes "{module}"
)

func main() {{
\tvar rows [][]any
{channels}
\t_, known := faceidcodes.{last}({unknown}).Info()
\tout := map[string]any{{"version": faceidcodes.Version, "rows": rows, "unknown": known}}
\tif err := json.NewEncoder(os.Stdout).Encode(out); err != nil {{
\t\tpanic(err)
\t}}
}}
"""

GO_CHANNEL = """\
\tfor _, c := range faceidcodes.{enum}s() {{
\t\tinfo, _ := c.Info()
\t\trows = append(rows, []any{{"{enum}", info.Code, info.Name, info.Message, info.Billable}})
\t}}"""


def test_go_module_installs_from_a_module_proxy_by_path_and_version(tmp_path: Path) -> None:
    version = spec().version
    module = PROJECT.go_module(version)
    proxy = build("go", tmp_path / "dist") / "goproxy"
    env = {
        **os.environ,
        "GOPROXY": proxy.as_uri(),
        "GOFLAGS": "-mod=mod -modcacherw",
        "GONOSUMDB": "*",
        "GOSUMDB": "off",
        "GOTOOLCHAIN": "local",  # the go directive must not send it fetching a toolchain
        "GOWORK": "off",
        "GOMODCACHE": str(tmp_path / "modcache"),  # nothing from an earlier run
        "CGO_ENABLED": "0",
    }
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    run(["go", "mod", "init", "example.com/consumer"], consumer, env)
    channels = "\n".join(GO_CHANNEL.format(enum=c.enum) for c in spec().channels)
    program = GO_CONSUMER.format(
        module=module, channels=channels, last=spec().channels[-1].enum, unknown=unknown_code()
    )
    (consumer / "main.go").write_text(program, encoding="utf-8")
    run(["go", "get", f"{module}@v{version}"], consumer, env)
    required = json.loads(run(["go", "mod", "edit", "-json"], consumer, env))["Require"]
    assert [(r["Path"], r["Version"]) for r in required] == [(module, f"v{version}")]
    printed = json.loads(run(["go", "run", "."], consumer, env))
    assert printed == {"version": version, "rows": expected_rows(), "unknown": False}
    assert (tmp_path / "modcache" / f"{module}@v{version}" / "LICENSE").is_file()


GIT_CONFIG = """\
[url "{repository}"]
\tinsteadOf = {home}
[protocol "file"]
\tallow = always
"""


def git_home(tmp_path: Path, *tags: str) -> dict[str, str]:
    """A git repository laid out as the project's, holding generated/go, with `tags` on its
    one commit, standing in for the home: the go command's `git` fetches from it instead."""
    repository = tmp_path / "home"
    shutil.copytree(GENERATED / "go", repository / PROJECT.go_folder)
    git = ["git", "-c", "user.name=rehearsal", "-c", "user.email=rehearsal@example.invalid"]
    run(["git", "init", "--quiet", "--initial-branch=main"], repository)
    run(["git", "add", "--all"], repository)
    run([*git, "commit", "--quiet", "--message", "release"], repository)
    for tag in tags:
        run(["git", "tag", tag], repository)
    config = tmp_path / "gitconfig"
    config.write_text(
        GIT_CONFIG.format(repository=repository.as_uri(), home=PROJECT.home), encoding="utf-8"
    )
    return {
        **os.environ,
        "GIT_CONFIG_GLOBAL": str(config),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_ALLOW_PROTOCOL": "file",
        "GOPROXY": "direct",  # from the repository itself, as the Go proxy fetches a new tag
        "GOPRIVATE": PROJECT.host_path,
        "GOFLAGS": "-mod=mod -modcacherw",
        "GOTOOLCHAIN": "local",
        "GOWORK": "off",
        "GOMODCACHE": str(tmp_path / "modcache"),
    }


@pytest.mark.parametrize("go_tag", [True, False], ids=["with the Go tag", "release tag only"])
def test_go_get_finds_the_module_in_its_folder_by_the_tag_the_workflow_pushes(
    tmp_path: Path, go_tag: bool
) -> None:
    """What the Go proxy does with the tag the release pushes: the module path, its folder
    and the tag prefix agree, and without that tag the version does not exist."""
    version = spec().version
    module = PROJECT.go_module(version)
    tags = [f"v{version}", *([PROJECT.go_tag(version)] if go_tag else [])]
    env = git_home(tmp_path, *tags)
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    run(["go", "mod", "init", "example.com/consumer"], consumer, env)
    got = subprocess.run(
        ["go", "get", f"{module}@v{version}"], cwd=consumer, env=env, capture_output=True, text=True
    )
    assert (got.returncode == 0) == go_tag, got.stderr
    # Without it, all the go command finds is the repository's root at v{version}.
    assert ("does not contain package " + module in got.stderr) != go_tag, got.stderr
    if go_tag:
        unpacked = tmp_path / "modcache" / f"{module}@v{version}"
        assert sorted(p.name for p in unpacked.iterdir()) == sorted(
            p.name for p in (GENERATED / "go").iterdir()
        )


# --- Maven: a file repository by mvn deploy, Java and Kotlin by coordinates ---------

KOTLIN_VERSION = "2.4.21"  # a current compiler (Debian's kotlinc is 1.3)

CONSUMER_POM = """\
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>8</maven.compiler.release>
  </properties>
  <repositories>
    <repository>
      <id>rehearsal</id>
      <url>{repository}</url>
    </repository>
  </repositories>
  <dependencies>
    <dependency>
      <groupId>{group}</groupId>
      <artifactId>{artifact}</artifactId>
      <version>{version}</version>
    </dependency>
{dependencies}
  </dependencies>
  <build>
{source_folder}
    <pluginManagement>
      <plugins>
{pins}
      </plugins>
    </pluginManagement>
    <plugins>
{plugins}
    </plugins>
  </build>
</project>
"""

KOTLIN_STDLIB = f"""\
    <dependency>
      <groupId>org.jetbrains.kotlin</groupId>
      <artifactId>kotlin-stdlib</artifactId>
      <version>{KOTLIN_VERSION}</version>
    </dependency>"""

KOTLIN_PLUGIN = f"""\
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>{KOTLIN_VERSION}</version>
        <configuration>
          <jvmTarget>1.8</jvmTarget>
        </configuration>
        <executions>
          <execution>
            <id>compile</id>
            <goals>
              <goal>compile</goal>
            </goals>
          </execution>
        </executions>
      </plugin>"""

JAVA_CONSUMER = """\
import {package}.FaceIdCodes;
{imports}
public final class Consumer {{
    public static void main(String[] args) throws Exception {{
        java.io.PrintStream out = new java.io.PrintStream(System.out, true, "UTF-8");
        out.println(FaceIdCodes.VERSION);
{loops}
        out.println({last}.fromCode({unknown}L).isPresent());
    }}
}}
"""

JAVA_LOOP = """\
        for ({enum} c : {enum}.values()) {{
            out.println("{enum}\\t" + c.code + "\\t" + c.name() + "\\t" + c.message + "\\t" + c.billable
                + "\\t" + c.family.orElse("-"));
        }}"""

KOTLIN_CONSUMER = """\
import {package}.FaceIdCodes
{imports}
fun main() {{
    val out = java.io.PrintStream(System.out, true, "UTF-8")
    out.println(FaceIdCodes.VERSION)
{loops}
    out.println({last}.fromCode({unknown}L).isPresent)
}}
"""

# Kotlin reads `family` as an Optional: saying what "no family" means is required.
KOTLIN_LOOP = """\
    for (c in {enum}.values()) {{
        val family: String = c.family.orElse("-")
        out.println(listOf("{enum}", c.code, c.name, c.message, c.billable, family).joinToString("\\t"))
    }}"""

# What a caller who forgot "no family" writes: it must not compile.
KOTLIN_NULL_UNSAFE = """\
import {package}.{enum}

fun main() {{
    val family: String = {enum}.values()[0].family
    println(family)
}}
"""


def maven_rows() -> list[str]:
    return [
        "\t".join([channel.enum, str(c.code), c.name, c.message, str(c.billable).lower()])
        + "\t"
        + (c.family or "-")
        for channel in spec().channels
        for c in channel.codes
    ]


def pins() -> str:
    """The consumer builds with the plugins the package's pom pins: nothing else to fetch."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ElementTree.parse(GENERATED / "java" / "pom.xml").getroot()
    return "\n".join(
        f"        <plugin><groupId>org.apache.maven.plugins</groupId>"
        f"<artifactId>{p.findtext('m:artifactId', namespaces=ns)}</artifactId>"
        f"<version>{p.findtext('m:version', namespaces=ns)}</version></plugin>"
        for p in root.iterfind("m:build/m:pluginManagement/m:plugins/m:plugin", ns)
    )


def consumer_project(folder: Path, repository: Path, source: str, kotlin: bool) -> Path:
    file = f"src/main/{'kotlin/Consumer.kt' if kotlin else 'java/Consumer.java'}"
    (folder / file).parent.mkdir(parents=True)
    (folder / file).write_text(source, encoding="utf-8")
    pom = CONSUMER_POM.format(
        repository=repository.as_uri(),
        group=PROJECT.maven_group,
        artifact=PROJECT.maven_artifact,
        version=spec().version,
        dependencies=KOTLIN_STDLIB if kotlin else "",
        source_folder="    <sourceDirectory>src/main/kotlin</sourceDirectory>" if kotlin else "",
        pins=pins(),
        plugins=KOTLIN_PLUGIN if kotlin else "",
    )
    (folder / "pom.xml").write_text(pom, encoding="utf-8")
    return folder


def consumer_source(template: str, loop: str) -> str:
    channels = spec().channels
    imports = "".join(
        f"import {PROJECT.java_package}.{c.enum}{';' if 'class' in template else ''}\n"
        for c in channels
    )
    return template.format(
        package=PROJECT.java_package,
        imports=imports,
        loops="\n".join(loop.format(enum=c.enum) for c in channels),
        last=channels[-1].enum,
        unknown=unknown_code(),
    )


def local_repository() -> Path:
    return Path.home() / ".m2" / "repository"


def signing_key(home: Path) -> dict[str, str]:
    """A throwaway GnuPG home with one key without passphrase, as the workflow imports its own."""
    home.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(home)}
    key = ["gpg", "--batch", "--passphrase", "", "--quick-generate-key"]
    run(
        [*key, "faceid-codes rehearsal <rehearsal@example.invalid>", "default", "sign", "never"],
        home,
        env,
    )
    return env


def test_maven_package_installs_from_a_repository_by_coordinates_for_java_and_kotlin(
    tmp_path: Path,
) -> None:
    version = spec().version
    env = signing_key(tmp_path / "gnupg")
    result = subprocess.run(
        [sys.executable, BUILD, "--out", tmp_path / "dist", "maven"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    repository = tmp_path / "dist" / "maven"
    folder = repository / PROJECT.maven_group.replace(".", "/") / PROJECT.maven_artifact / version
    stem = f"{PROJECT.maven_artifact}-{version}"
    published = {p.name for p in folder.iterdir()}
    for file in (f"{stem}.jar", f"{stem}-sources.jar", f"{stem}-javadoc.jar", f"{stem}.pom"):
        assert {file, f"{file}.asc", f"{file}.sha1"} <= published, published
        run(["gpg", "--batch", "--verify", folder / f"{file}.asc", folder / file], tmp_path, env)
    # Maven caches what it fetched: drop this version's copy, so it comes from the repository.
    cached = local_repository() / folder.relative_to(repository)
    shutil.rmtree(cached, ignore_errors=True)

    # Named, not left to Maven: it finds the home folder its own way, not by $HOME.
    maven = [
        "mvn",
        "--batch-mode",
        "--no-transfer-progress",
        f"-Dmaven.repo.local={local_repository()}",
    ]
    maven.append("compile")
    java = consumer_project(
        tmp_path / "java", repository, consumer_source(JAVA_CONSUMER, JAVA_LOOP), kotlin=False
    )
    run(maven, java)
    # Maven notes where it took each file from: the rehearsal repository, by its id.
    origin = (cached / "_remote.repositories").read_text(encoding="utf-8")
    assert f"{stem}.jar>rehearsal=" in origin
    assert (cached / f"{stem}.jar").read_bytes() == (folder / f"{stem}.jar").read_bytes()
    classpath = f"{java / 'target' / 'classes'}:{cached / f'{stem}.jar'}"
    lines = run(["java", "-cp", classpath, "Consumer"], java).splitlines()
    assert lines == [version, *maven_rows(), "false"]

    kotlin = consumer_project(
        tmp_path / "kotlin",
        repository,
        consumer_source(KOTLIN_CONSUMER, KOTLIN_LOOP),
        kotlin=True,
    )
    run(maven, kotlin)
    stdlib = local_repository() / "org/jetbrains/kotlin/kotlin-stdlib" / KOTLIN_VERSION
    classpath = ":".join(
        [str(kotlin / "target" / "classes"), str(cached / f"{stem}.jar")]
        + [str(stdlib / f"kotlin-stdlib-{KOTLIN_VERSION}.jar")]
    )
    lines = run(["java", "-cp", classpath, "ConsumerKt"], kotlin).splitlines()
    assert lines == [version, *maven_rows(), "false"]

    unsafe = consumer_project(
        tmp_path / "unsafe",
        repository,
        KOTLIN_NULL_UNSAFE.format(package=PROJECT.java_package, enum=spec().channels[-1].enum),
        kotlin=True,
    )
    refused = subprocess.run(maven, cwd=unsafe, capture_output=True, text=True)
    assert refused.returncode != 0
    assert "Consumer.kt:4:" in refused.stdout and "mismatch" in refused.stdout, refused.stdout
