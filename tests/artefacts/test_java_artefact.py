"""The generated Java package: javac -Xlint:all -Werror builds it into a jar
(as the pom does, Java 8 bytecode), a program run against the jar reads every
entry back equal to the spec, Kotlin uses it as it is, and Maven reads the pom."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest


from conftest import GENERATED, ROOT, Case
from generator.load.loader import Spec
from generator.project import PROJECT
from helpers.examples import home_page_example, readme_example
from helpers.java import (
    LINT,
    PACKAGE_NAME,
    POM,
    RELEASE_8,
    SOURCES,
    assert_reads_back,
    build_and_run,
    build_jar,
    javac,
    program,
    run,
    tool,
    unknown_code,
)
from helpers.names import clashing_case


@pytest.mark.toolchain
def test_a_program_run_against_the_jar_reads_every_entry_back(case: Case) -> None:
    assert_reads_back(case.spec, build_and_run(case))


@pytest.mark.toolchain
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


@pytest.mark.toolchain
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


@pytest.mark.toolchain
def test_maven_reads_the_pom(case: Case, tmp_path: Path) -> None:
    """Maven's own model check, offline: the validate phase needs no plugin."""
    shutil.copy(case.path(POM), tmp_path / "pom.xml")
    run([tool("mvn"), "--offline", "--batch-mode", "--quiet", "validate"], tmp_path)


def test_every_java_file_is_its_public_type(case: Case) -> None:
    names = sorted(p.name for p in case.path(SOURCES).iterdir())
    assert names == sorted(["FaceIdCodes.java", *(f"{c.enum}.java" for c in case.spec.channels)])
    for name in names:
        text = case.path(f"{SOURCES}/{name}").read_text(encoding="utf-8")
        assert text.splitlines()[1] == f"package {PACKAGE_NAME};"  # after the header
        kind = "class" if name == "FaceIdCodes.java" else "enum"
        assert f"\npublic {'final ' if kind == 'class' else ''}{kind} {name[:-5]} {{\n" in text


@pytest.mark.toolchain
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


@pytest.mark.toolchain
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


@pytest.mark.toolchain
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
