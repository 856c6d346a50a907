"""The generated Java package: javac -Xlint:all -Werror builds it into a jar
(as the pom does, Java 8 bytecode), a program run against the jar reads every
entry back equal to the spec, Kotlin uses it as it is, and Maven reads the pom."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import GENERATED, ROOT, Case, code_info
from generator.load.loader import Spec
from generator.project import PROJECT
from generator.targets import JAVA_SOURCES
from artefacts.test_go_artefact import clashing_case, home_page_example, readme_example

SOURCES = JAVA_SOURCES
PACKAGE_NAME = PROJECT.java_package
POM = "java/pom.xml"
UNKNOWN_FAMILY = "no such family"
LINT = ["-encoding", "UTF-8", "-Xlint:all", "-Xdoclint:all/protected", "-Werror"]
# As the pom builds it: Java 8, which JDK 21 and later call obsolete (an
# "options" warning that says nothing about the code).
RELEASE_8 = ["--release", "8", *LINT, "-Xlint:-options"]


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; `make test` installs Debian's JDK, Kotlin and Maven")
    return path


def run(cmd: list[str], cwd: Path) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def javac(sources: list[Path], out: Path, *options: str) -> None:
    run([tool("javac"), *options, "-d", str(out), *map(str, sources)], out.parent)


# --- the program that prints every entry -----------------------------------------

HEAD = r"""
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

public final class Dump {
    static String str(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String list(List<String> texts) {
        List<String> quoted = new ArrayList<>();
        for (String text : texts) {
            quoted.add(str(text));
        }
        return "[" + String.join(",", quoted) + "]";
    }

    static String entry(long code, String name, String message, String messageEn,
            boolean billable, String category, List<String> action, List<String> actionEn,
            String family) {
        return "{\"code\":" + code + ",\"name\":" + str(name) + ",\"message\":" + str(message)
            + ",\"messageEn\":" + str(messageEn) + ",\"billable\":" + billable
            + ",\"category\":" + str(category) + ",\"action\":" + list(action)
            + ",\"actionEn\":" + list(actionEn) + ",\"family\":" + str(family) + "}";
    }

    static boolean unmodifiable(List<?> list) {
        try {
            list.clear();
            return false;
        } catch (UnsupportedOperationException expected) {
            return true;
        }
    }

%(body)s
    public static void main(String[] args) throws Exception {
        PrintStream print = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        List<String> packages = new ArrayList<>();
%(calls)s
        print.println("[" + String.join(",", packages) + "]");
    }
}
"""

# One enum: every constant's fields, whether fromCode finds it, whether its
# lists refuse changes, each family, and what an unknown code or family gives.
CHANNEL = r"""
        {
            List<String> entries = new ArrayList<>();
            boolean found = true;
            boolean frozen = true;
            for (%(enum)s c : %(enum)s.values()) {
                entries.add(entry(c.code, c.name(), c.message, c.messageEn, c.billable, c.category,
                    c.action, c.actionEn, c.family.orElse(null)));
                found = found && %(enum)s.fromCode(c.code).get() == c && c.toString().equals(c.name());
                frozen = frozen && unmodifiable(c.action) && unmodifiable(c.actionEn);
            }
            List<String> families = new ArrayList<>();
            for (String key : new String[] {%(family_keys)s}) {
                List<String> codes = new ArrayList<>();
                for (%(enum)s member : %(enum)s.familyMembers(key)) {
                    codes.add(Long.toString(member.code));
                }
                frozen = frozen && unmodifiable(%(enum)s.familyMembers(key));
                families.add(str(key) + ":[" + String.join(",", codes) + "]");
            }
            boolean noFamily = false;
            try {
                %(enum)s.familyMembers(%(unknown_family)s);
            } catch (IllegalArgumentException expected) {
                noFamily = true;
            }
            long[] constants = {%(constants)s};
            List<String> numbers = new ArrayList<>();
            for (long constant : constants) {
                numbers.add(Long.toString(constant));
            }
            channels.add(str(%(enum_str)s) + ":{\"entries\":[" + String.join(",", entries)
                + "],\"found\":" + found + ",\"frozen\":" + frozen
                + ",\"families\":{" + String.join(",", families) + "}"
                + ",\"noFamily\":" + noFamily
                + ",\"unknown\":" + %(enum)s.fromCode(%(unknown)dL).isPresent()
                + ",\"constants\":[" + String.join(",", numbers) + "]}");
        }
"""

# A method per package: one main for a whole batch would pass the JVM's 64 KB per method.
PACKAGE = r"""
    static String dump_%(number)d() {
        List<String> channels = new ArrayList<>();
        channels.add("\"version\":" + str(%(package)s.FaceIdCodes.VERSION));
%(success)s%(channels)s
        return "{" + String.join(",", channels) + "}";
    }
"""


def unknown_code(channel) -> int:
    return max(c.code for c in channel.codes) + 1


def program(packages: list[tuple[str, Spec]]) -> str:
    """Dump.java: prints, per package, every enum as CHANNEL records it."""
    body = []
    for number, (package, spec) in enumerate(packages):
        channels = []
        for channel in spec.channels:
            enum = f"{package}.{channel.enum}"
            channels.append(
                CHANNEL
                % {
                    "enum": enum,
                    "enum_str": json.dumps(channel.enum),
                    "family_keys": ", ".join(json.dumps(f.key) for f in channel.live_families),
                    "unknown_family": json.dumps(UNKNOWN_FAMILY),
                    "unknown": unknown_code(channel),
                    "constants": ", ".join(f"{enum}.{c.name}.code" for c in channel.codes),
                }
            )
        success = (
            ""
            if spec.success_code is None
            else f'        channels.add("\\"successCode\\":" + {package}.FaceIdCodes.SUCCESS_CODE);\n'
        )
        body.append(
            PACKAGE
            % {
                "number": number,
                "package": package,
                "success": success,
                "channels": "".join(channels),
            }
        )
    calls = "".join(f"        packages.add(dump_{number}());\n" for number in range(len(packages)))
    return HEAD % {"body": "".join(body), "calls": calls}


def assert_reads_back(spec: Spec, dumped: dict) -> None:
    assert dumped["version"] == spec.version
    assert dumped.get("successCode") == spec.success_code
    for channel in spec.channels:
        got = dumped[channel.enum]
        assert got["entries"] == [code_info(c) for c in channel.codes]
        assert got["constants"] == [c.code for c in channel.codes]
        assert got["families"] == {f.key: [c.code for c in f.codes] for f in channel.live_families}
        assert (got["found"], got["frozen"], got["noFamily"], got["unknown"]) == (
            True,
            True,
            True,
            False,
        )


# --- building the jar as the pom does, and using it -------------------------------


def build_jar(sources: Path, work: Path) -> Path:
    """javac + jar, as `mvn package` would with the pom's settings (no Maven plugins needed)."""
    classes = work / "classes"
    javac(sorted(sources.rglob("*.java")), classes, *RELEASE_8)
    jar = work / "faceid-codes.jar"
    run([tool("jar"), "--create", "--file", str(jar), "-C", str(classes), "."], work)
    return jar


def run_program(jar: Path, source: str, work: Path) -> list:
    (work / "Dump.java").write_text(source, encoding="utf-8")
    javac([work / "Dump.java"], work / "dump", "-encoding", "UTF-8", "-cp", str(jar))
    out = run([tool("java"), "-cp", f"{jar}:{work / 'dump'}", "Dump"], work)
    return json.loads(out)


@functools.cache
def jar_for(case: Case) -> Path:
    work = case.out.with_name(case.out.name + "-java")
    work.mkdir()
    return build_jar(case.path(SOURCES), work)


@functools.cache
def build_and_run(case: Case) -> dict:
    jar = jar_for(case)
    (dumped,) = run_program(jar, program([(PACKAGE_NAME, case.spec)]), jar.parent)
    return dumped


def test_a_program_run_against_the_jar_reads_every_entry_back(case: Case) -> None:
    assert_reads_back(case.spec, build_and_run(case))


def test_compiles_without_a_warning_for_the_jdks_own_release(case: Case, tmp_path: Path) -> None:
    """The jar is Java 8 bytecode; sources copied into a newer project compile as cleanly."""
    javac(sorted(case.path(SOURCES).rglob("*.java")), tmp_path / "classes", *LINT)


# Kotlin sees the public final fields as properties, the String fields as
# platform types it may treat as nullable, and Optional as it is.
KOTLIN = """\
import {package}.FaceIdCodes
import {package}.{enum}

fun describe(code: {enum}): String {{
    val billed: Boolean = code.billable
    val steps: List<String> = code.actionEn
    val family: String? = code.family.orElse(null)
    return listOf(code.code, code.name, billed, steps.size, family).joinToString("\\t")
}}

fun main() {{
    for (code in {enum}.values()) println(describe(code))
    val unknown: {enum}? = {enum}.fromCode({unknown}L).orElse(null)
    println(listOf(unknown, FaceIdCodes.VERSION, {enum}.fromCode({first}L).get() == {enum}.{first_name}).joinToString("\\t"))
}}
"""


def test_kotlin_uses_the_jar_as_it_is(real_spec: Spec, tmp_path: Path) -> None:
    from generator.output.sync import write_tree
    from generator.render.engine import render

    write_tree(tmp_path / "out", render(real_spec))
    jar = build_jar(tmp_path / "out" / SOURCES, tmp_path)
    channel = real_spec.channels[-1]
    first = channel.codes[0]
    (tmp_path / "consumer.kt").write_text(
        KOTLIN.format(
            package=PACKAGE_NAME,
            enum=channel.enum,
            unknown=unknown_code(channel),
            first=first.code,
            first_name=first.name,
        ),
        encoding="utf-8",
    )
    run(
        [tool("kotlinc"), "-nowarn", "consumer.kt", "-cp", str(jar), "-d", "consumer.jar"],
        tmp_path,
    )
    out = run([tool("kotlin"), "-cp", f"{jar}:consumer.jar", "ConsumerKt"], tmp_path)
    *rows, last = out.splitlines()
    assert rows == [
        "\t".join(
            [
                str(c.code),
                c.name,
                str(c.billable).lower(),
                str(len(c.action_en)),
                c.family or "null",
            ]
        )
        for c in channel.codes
    ]
    assert last == f"null\t{real_spec.version}\ttrue"


def test_the_pom_is_well_formed_and_names_the_package(case: Case) -> None:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ElementTree.parse(case.path(POM)).getroot()
    coordinates = [
        root.findtext(f"m:{key}", namespaces=ns)
        for key in ("groupId", "artifactId", "version", "packaging")
    ]
    assert coordinates == [
        PROJECT.maven_group,
        PROJECT.maven_artifact,
        case.spec.version,
        "jar",
    ]
    package = json.loads(case.path("typescript/package.json").read_text(encoding="utf-8"))
    assert root.findtext("m:url", namespaces=ns) == package["homepage"]  # the docs site
    args = root.findall(".//m:plugin/m:configuration/m:compilerArgs/m:arg", ns)
    assert [arg.text for arg in args] == [a for a in RELEASE_8 if a.startswith("-X")] + ["-Werror"]
    properties = root.find("m:properties", ns)
    assert properties is not None
    assert properties.findtext("m:project.build.sourceEncoding", namespaces=ns) == "UTF-8"
    assert properties.findtext("m:maven.compiler.release", namespaces=ns) == "8"


def test_maven_reads_the_pom(case: Case, tmp_path: Path) -> None:
    """Maven's own model check, offline: the validate phase needs no plugin."""
    shutil.copy(case.path(POM), tmp_path / "pom.xml")
    run([tool("mvn"), "--offline", "--batch-mode", "--quiet", "validate"], tmp_path)


def test_every_java_file_is_its_public_type(case: Case) -> None:
    names = sorted(p.name for p in case.path(SOURCES).iterdir())
    assert names == sorted(["FaceIdCodes.java", *(f"{c.enum}.java" for c in case.spec.channels)])
    for name in names:
        text = case.path(f"{SOURCES}/{name}").read_text(encoding="utf-8")
        first, second = text.splitlines()[:2]
        assert first.startswith("// generated from ") and first.endswith(" — do not edit")
        assert second == f"package {PACKAGE_NAME};"
        kind = "class" if name == "FaceIdCodes.java" else "enum"
        assert f"\npublic {'final ' if kind == 'class' else ''}{kind} {name[:-5]} {{\n" in text


def test_the_readme_example_compiles_and_runs(real_spec: Spec, tmp_path: Path) -> None:
    jar = build_jar(GENERATED / SOURCES, tmp_path)
    (tmp_path / "Example.java").write_text(readme_example("java"), encoding="utf-8")
    lint = ["-encoding", "UTF-8", "-Xlint:all", "-Werror"]  # an application's code: no doclint
    javac([tmp_path / "Example.java"], tmp_path / "example", *lint, "-cp", str(jar))
    out = run([tool("java"), "-cp", f"{jar}:{tmp_path / 'example'}", "Example"], tmp_path)
    sdk = next(c for c in real_spec.channels if c.enum == "SdkCode")
    code = next(c for c in sdk.codes if c.code == -5020)
    assert out.splitlines() == [
        f"{code.name} {code.message_en} {str(code.billable).lower()} {code.family}",
        "true",
    ]


def test_the_home_page_example_compiles_and_prints_what_it_says(tmp_path: Path) -> None:
    jar = build_jar(GENERATED / SOURCES, tmp_path)
    body, said = home_page_example("java")
    program = (
        f"import {PACKAGE_NAME}.SdkCode;\n\npublic class Home {{\n"
        f"    public static void main(String[] args) {{\n{body}    }}\n}}\n"
    )
    (tmp_path / "Home.java").write_text(program, encoding="utf-8")
    lint = ["-encoding", "UTF-8", "-Xlint:all", "-Werror"]
    javac([tmp_path / "Home.java"], tmp_path / "home", *lint, "-cp", str(jar))
    out = run([tool("java"), "-cp", f"{jar}:{tmp_path / 'home'}", "Home"], tmp_path)
    assert out.splitlines() == said


def test_member_names_cannot_collide_with_what_the_enum_defines(tmp_path: Path) -> None:
    case = clashing_case(tmp_path)
    assert_reads_back(case.spec, build_and_run(case))


# --- the pom's own build -----------------------------------------------------------

MAVEN = ["--batch-mode", "--no-transfer-progress"]
# What Maven prints as it runs a plugin's goal: "--- maven-jar-plugin:3.5.1:jar (default-jar) @ ..."
RAN = re.compile(r"^\[INFO\] --- (?:[\w.-]+:)?([\w.-]+):([\w.-]+):[\w-]+ ", re.M)


def pinned_plugins(pom: Path) -> dict[str, str]:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ElementTree.parse(pom).getroot()
    return {
        plugin.findtext("m:artifactId", namespaces=ns): plugin.findtext("m:version", namespaces=ns)
        for plugin in root.iterfind(".//m:plugin", ns)
        if plugin.find("m:version", ns) is not None
    }


def maven_package(folder: Path, *options: str) -> tuple[str, bytes]:
    """`mvn package` in a copy of the generated folder: Maven's log and the jar's bytes."""
    shutil.copytree(GENERATED / "java", folder)
    log = run([tool("mvn"), *MAVEN, *options, "package"], folder)
    (jar,) = (folder / "target").glob("*.jar")
    return log, jar.read_bytes()


@pytest.mark.toolchain
def test_mvn_package_runs_only_pinned_plugins_then_builds_the_same_jar_offline(
    real_spec: Spec, tmp_path: Path
) -> None:
    """The first build may fetch the pinned plugins; once they are in the local repository,
    `mvn -o package` builds again, byte for byte the same jar, with the licence in it."""
    import io
    import zipfile

    online, jar = maven_package(tmp_path / "first")
    offline, again = maven_package(tmp_path / "second", "--offline")
    pins = pinned_plugins(GENERATED / POM)
    ran = dict(RAN.findall(online))
    assert ran and all(pins.get(plugin) == version for plugin, version in ran.items()), ran
    assert dict(RAN.findall(offline)) == ran
    assert again == jar
    with zipfile.ZipFile(io.BytesIO(jar)) as archive:
        licence = archive.read("META-INF/LICENSE").decode("utf-8")
        classes = {name for name in archive.namelist() if name.endswith(".class")}
    assert licence == (GENERATED / "java" / "LICENSE").read_text(encoding="utf-8")
    assert classes == {
        f"{PROJECT.java_dir}/{name}.class"
        for name in ["FaceIdCodes", *(c.enum for c in real_spec.channels)]
    }


def test_the_pom_says_where_the_source_and_licence_are(case: Case) -> None:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ElementTree.parse(case.path(POM)).getroot()
    assert root.findtext("m:scm/m:url", namespaces=ns) == PROJECT.home
    assert root.findtext("m:scm/m:connection", namespaces=ns) == f"scm:git:{PROJECT.git_url}"
    assert root.findtext("m:issueManagement/m:url", namespaces=ns) == PROJECT.issues_url
    assert root.findtext("m:licenses/m:license/m:name", namespaces=ns) == PROJECT.license
    assert case.path("java/LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(
        encoding="utf-8"
    )
    # Maven Central refuses a release without these (central.sonatype.org/publish/requirements).
    for key in ("name", "description", "url", "developers/m:developer/m:name"):
        assert root.findtext(f"m:{key}", namespaces=ns), key
