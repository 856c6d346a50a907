"""Building the generated Java sources into a jar as the pom does, and running programs on it."""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import Case, code_info
from generator.load.loader import Spec
from generator.project import PROJECT
from generator.targets import JAVA_SOURCES

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
