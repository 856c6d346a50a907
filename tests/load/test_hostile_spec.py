"""A spec written by someone hostile or careless: every problem is one line,
`FILE:LINE:COL: error: …`, at the exact place an editor shows, with no
traceback, no hang and no memory blow-up, and nothing is written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from generator.load import characters
from generator.render import engine as render
from generator.load import yamltree
from generator import names
from generator.load.fields import LANGUAGE_NAMES
from generator.targets import SITE_PAGES
from generator.load.loader import MAX_LINE, SpecError, parse_spec
from generator.targets import TARGETS, outputs
from helpers.specs import BASE

ERROR_LINE = r"spec\.yaml:\d+:\d+: error: [^\n]+"


def errors(text: str | bytes) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(SpecError) as caught:
        parse_spec(data, "spec.yaml", "spec/spec.yaml")
    return caught.value.lines()


def position(text: str, needle: str) -> tuple[int, int]:
    """Line and column of `needle` in `text`, as an editor counts them."""
    index = text.index(needle)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,  # a hang guard only
    )


# --- raw characters in the file: exact position, one line --------------------------

RAW = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufffe", "\uffff", "\r"]
HIDDEN = [
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u00ad",  # soft hyphen
    "\u2060",  # word joiner
    "\ufff9",  # interlinear annotation anchor
    "\u115f",  # Hangul choseong filler
    "\u3164",  # Hangul filler
    "\ufe0f",  # variation selector-16
    "\U000e0041",  # tag latin capital letter A
    "\u202e",  # right-to-left override
    "\u2800",  # braille blank
]


@pytest.mark.parametrize("char", RAW + HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_a_raw_forbidden_character_is_reported_where_it_stands(char: str) -> None:
    text = BASE.replace("message_en: Invalid request", f"message_en: Invalid{char} request")
    line, col = position(text, char)
    assert errors(text) == [
        f"spec.yaml:{line}:{col}: error: {characters.name(char)} is not allowed in the spec "
        "(it can hide or break generated code); remove it"
    ]


@pytest.mark.parametrize(
    "char", HIDDEN + ["\x85", "\u2028", "\x00"], ids=lambda c: f"U+{ord(c):04X}"
)
@pytest.mark.parametrize("where", ["message_en: Success", "title_en: System"])
def test_an_escaped_forbidden_character_is_refused_in_every_text(char: str, where: str) -> None:
    escaped = f'"\\U{ord(char):08X}"'
    key = where.split(":")[0]
    text = BASE.replace(where, f"{key}: {escaped}", 1)
    line, col = position(text, escaped)
    assert errors(text) == [
        f"spec.yaml:{line}:{col}: error: {key}: character 1 is {characters.name(char)}, "
        "which can hide or break generated code; remove it"
    ]


PRINTABLE = "".join(map(chr, range(0x20, 0x7F)))


def test_printable_characters_around_a_forbidden_one_are_left_alone() -> None:
    # The search for forbidden characters must find the forbidden one only,
    # in the file and in a text, whatever printable ASCII comes before it.
    raw = BASE + f"# {PRINTABLE}\u200b\n"
    line, col = position(raw, "\u200b")
    assert errors(raw) == [
        f"spec.yaml:{line}:{col}: error: U+200B ZERO WIDTH SPACE is not allowed in the spec "
        "(it can hide or break generated code); remove it"
    ]
    quoted = '"' + PRINTABLE.replace("\\", "\\\\").replace('"', '\\"') + '\\u200b"'
    text = BASE.replace("message_en: Success", f"message_en: {quoted}", 1)
    line, col = position(text, quoted)
    assert errors(text) == [
        f"spec.yaml:{line}:{col}: error: message_en: character {len(PRINTABLE) + 1} is "
        "U+200B ZERO WIDTH SPACE, which can hide or break generated code; remove it"
    ]


def test_later_lines_keep_their_numbers_after_a_separator() -> None:
    text = BASE.replace("title: 微信", "title: 微\u2028信").replace(
        "billable: true", "billable: yes"
    )
    problems = errors(text)
    assert problems[0].startswith(f"spec.yaml:{position(text, chr(0x2028))[0]}:")
    assert len(problems) == 1  # the scan stops the run before YAML miscounts lines


def test_a_file_full_of_bad_bytes_gives_a_bounded_report() -> None:
    problems = errors(BASE + "#" + "\x00" * 100_000 + "\n")
    assert len(problems) == yamltree.MAX_REPORTED + 1
    assert problems[-1].endswith("error: and 99,900 more such characters")


def test_the_pure_python_parser_gives_the_same_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamltree, "_Loader", yaml.SafeLoader)
    text = BASE.replace("title: 微信", "title: 微\x00信")
    assert errors(text) == [
        f"spec.yaml:{position(text, chr(0))[0]}:{position(text, chr(0))[1]}: error: "
        "U+0000 control character is not allowed in the spec (it can hide or break generated code); remove it"
    ]


@given(
    st.integers(min_value=0, max_value=len(BASE)),
    st.binary(min_size=1, max_size=8),
)
def test_any_bytes_anywhere_give_one_line_errors_or_a_valid_spec(at: int, junk: bytes) -> None:
    data = BASE.encode()[:at] + junk + BASE.encode()[at:]
    try:
        parse_spec(data, "spec.yaml", "spec/spec.yaml")
    except SpecError as error:
        lines = error.lines()
        assert lines
        for line in lines:
            assert "\n" not in line and "\r" not in line and len(line) <= MAX_LINE
            assert line.startswith("spec.yaml:") and ": error: " in line


def test_a_huge_value_is_shortened_in_its_error() -> None:
    text = BASE.replace("name: SUCCESS", "name: " + "x" * 5_000_000)
    (line,) = errors(text)
    assert len(line) < 250 and "(5,000,000 characters)" in line


# --- aliases: budgets in characters, no structure repeated -------------------------


def test_one_long_text_aliased_many_times_is_refused() -> None:
    long = "长" * 1_000_000
    text = BASE.replace("message: 成功", f"message: &big {long}")
    text = text.replace("message: 不合法的请求", "message: *big")
    text += "".join(
        f"      - code: {400200 + i}\n        name: N{i}\n        category: request\n"
        f"        message: *big\n        message_en: x\n        billable: false\n"
        for i in range(40)
    )
    (line,) = errors(text)
    assert "aliases expand to more than 10x the file's own text (an alias bomb?)" in line


def test_bytes_past_the_limit_handed_to_the_parser_are_refused_unread() -> None:
    """load_spec and compat refuse such a file before reading it; parse_spec checks too."""
    size = yamltree.MAX_BYTES + 1
    assert errors(b" " * size) == [
        f"spec.yaml:1:1: error: file is {size:,} bytes; the limit is {yamltree.MAX_BYTES:,}"
    ]


def test_a_list_aliased_many_times_weighs_all_its_texts() -> None:
    """Aliases may expand to the budget exactly, not one character more; a list
    weighs one per node and each of its texts' characters, the first one too."""
    copies = "".join(
        f"      - code: {400200 + i}\n        name: N{i}\n        category: request\n"
        f"        message: m\n        message_en: x\n        action: *steps\n"
        f"        action_en: [a, b]\n        billable: false\n"
        for i in range(40)
    )

    def spec(long: str) -> str:
        steps = f"        action: &steps [{long}, 短]\n"
        return BASE.replace("        action:\n          - 签名校验不通过\n", steps) + copies

    # A list [long, 短] weighs 1 + (1 + len(long)) + (1 + 1). Choose the long text
    # so that `fit` aliases of it weigh exactly the budget of the whole file.
    fit, factor, floor = 11, yamltree.ALIAS_FACTOR, yamltree.ALIAS_FLOOR
    length, remainder = divmod(factor * len(spec("")) + floor - 4 * fit, fit - factor)
    text = spec("长" * length)
    assert remainder == 0 and fit * (length + 4) == factor * len(text) + floor
    line, col = position(text, "*steps")
    assert errors(text) == [
        f"spec.yaml:{line + 8 * fit}:{col}: error: aliases expand to more than 10x the file's "
        "own text (an alias bomb?); write the values out or share fewer of them"
    ]


def test_a_billion_laughs_file_is_refused() -> None:
    levels = ['a: &a0 "lol"'] + [
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)
    ]
    assert errors("\n".join(levels) + "\n") == [
        "spec.yaml:4:10: error: *a2 repeats a nested list; aliases may repeat a text or a "
        "list of texts only: write it out"
    ]


def test_an_alias_may_not_repeat_a_code_entry() -> None:
    text = BASE.replace("          - code: 0", "          - &entry\n            code: 0", 1)
    text = text.replace(
        "            billable: true\n", "            billable: true\n          - *entry\n", 1
    )
    line, col = position(text, "*entry")
    assert errors(text)[0] == (
        f"spec.yaml:{line}:{col}: error: *entry repeats a mapping; "
        "aliases may repeat a text or a list of texts only: write it out"
    )


def test_an_alias_may_not_repeat_a_list_of_entries() -> None:
    text = BASE.replace(
        "        codes:\n          - code: 0", "        codes: &list\n          - code: 0", 1
    )
    text = text.replace(
        "    codes:\n      - code: 400101", "    codes: *list\n    more:\n      - code: 400101"
    )
    line, col = position(text, "*list")
    assert errors(text)[0] == (
        f"spec.yaml:{line}:{col}: error: *list repeats a nested list; "
        "aliases may repeat a text or a list of texts only: write it out"
    )


# --- identity vs value: keys, names ------------------------------------------------


@pytest.mark.parametrize("key", ["no", "No", "off", "yes", "y", "N", "true", "null", "~"])
def test_a_key_that_yaml_11_reads_as_a_boolean_or_null_is_refused(key: str) -> None:
    text = BASE.replace("  sdk:\n", f"  {key}:\n", 1)
    line, col = position(text, f"  {key}:\n")
    problems = errors(text)
    assert any(
        p.startswith(f"spec.yaml:{line}:{col + 2}: error: key {key!r} is read as ")
        for p in problems
    ), problems


@pytest.mark.parametrize("value", ["y", "Y", "n", "N"])
def test_a_yaml_11_boolean_is_never_a_name(value: str) -> None:
    text = BASE.replace("name: SUCCESS", f"name: {value}")
    line, col = position(text, f"name: {value}")
    assert errors(text) == [
        f"spec.yaml:{line}:{col + 6}: error: name: expected text, but YAML reads a boolean "
        f"({value!r}); put it in quotes"
    ]


@pytest.mark.parametrize(
    "enum",
    [
        # every fixed name of the names table, the ones no enum could be spelled as too
        *sorted(names.FIXED),
        *("Exception", "Record", "Map", "Optional", "List", "Long"),  # the languages'
    ],
)
def test_an_enum_cannot_take_a_name_the_module_uses(enum: str) -> None:
    problems = errors(BASE.replace("enum: SdkCode", f"enum: {enum}"))
    assert len(problems) == 1 and problems[0].split(": error: ")[1].startswith("enum: ")


def _identifiers(path: str, text: str) -> set[str]:
    """The names a generated file uses, outside strings, comments and attributes."""
    import io
    import json
    import re
    import tokenize

    if path.endswith(".py"):
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
        return {
            t.string
            for before, t in zip([None, *tokens], tokens)
            if t.type == tokenize.NAME and not (before and before.string == ".")
        }
    if path.endswith(".json"):
        return set(json.loads(text).get("$defs", {}))  # the schema's names are its $defs
    # Comments and strings of all four (none uses Go's raw strings or Java's chars).
    code = re.sub(r'/\*.*?\*/|//[^\n]*|"(?:[^"\\\n]|\\.)*"', " ", text, flags=re.S)
    if path.endswith(".go"):
        # Field names live in their struct's scope, not the package's:
        # Info's fields, and the keys of its composite literals.
        code = re.sub(r"struct \{.*?\n\}|\b\w+:", " ", code, flags=re.S)
    return set(re.findall(r"(?<![.\w$])[A-Za-z_$][\w$]*", code))


# The files whose top level the enums share, by target; names.py says the same
# of Python's modules.
_ENUM_FILES = {
    "python": ("/__init__.py", "/_codes.py", "/_texts.py"),
    "typescript": (".ts", ".js", ".cjs", ".cts"),
    "go": (".go",),
    "java": (".java",),
    "schema": (".json",),
}


def _names_by_target(files: dict[str, str]) -> dict[str, set[str]]:
    by_path = {path: target.name for target in TARGETS for path, _ in target.files}
    by_path |= {
        path: target.name
        for target in TARGETS
        for path in files
        if any(path == p.replace("{enum}", path.rsplit("/", 1)[-1][:-5]) for p, _ in target.files)
    }
    used: dict[str, set[str]] = {target: set() for target in names.NAMES}
    for path, text in files.items():
        target = by_path.get(path)
        if target in _ENUM_FILES and path.endswith(_ENUM_FILES[target]):
            used[target] |= _identifiers(path, text)
    return used


def _table_names(target: str, spec) -> set[str]:
    """What the names table says `target` defines for `spec`."""
    table = names.NAMES[target]
    made = set(table.fixed)
    for channel in spec.channels:
        for pattern in table.derived.values():
            members = channel.codes if names.MEMBER in pattern else [None]
            made |= {names.derive(pattern, channel.enum, *([m.name] if m else [])) for m in members}
    return made


def test_every_enum_like_name_the_modules_use_is_the_tables_or_the_languages() -> None:
    """An enum could shadow any PascalCase name a module uses: each is a name
    the names table gives the target, or a language's own (LANGUAGE_NAMES)."""
    import re

    from conftest import SPEC
    from generator.load.loader import load_spec

    spec = load_spec(SPEC)
    used = _names_by_target(render.render(spec))
    assert {"Info", "Optional", "CodeInfo", "OpenCode"} <= set().union(
        *used.values()
    ), "the scan misses a language: it is broken"
    for target, found in used.items():
        pascal = {n for n in found if re.fullmatch(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*", n)}
        assert pascal - _table_names(target, spec) - LANGUAGE_NAMES == set(), target


@pytest.mark.parametrize("spec_file", ["spec/codes.yaml", "tests/data/awkward.yaml"])
def test_every_name_the_table_gives_a_target_is_in_its_files(spec_file: str) -> None:
    """The table is not a list kept beside the templates: each name it holds
    (fixed or derived, any case) is a name the rendered files use."""
    from generator.load.loader import load_spec

    spec = load_spec(ROOT / spec_file)
    used = _names_by_target(render.render(spec))
    for target in names.NAMES:
        missing = _table_names(target, spec) - used[target]
        if spec.success_code is None:  # Go's SuccessCode is written only with one
            missing -= {"SuccessCode"}
        assert missing == set(), target


# --- numbers and versions too long for int() ---------------------------------------


@pytest.mark.parametrize("digits", [17, 5_000])
def test_a_code_with_thousands_of_digits_is_an_error_not_a_traceback(digits: int) -> None:
    text = BASE.replace("code: 0", "code: 1" + "0" * (digits - 1))
    line, col = position(text, "code: 10")
    (problem,) = errors(text)
    assert problem.startswith(f"spec.yaml:{line}:{col + 6}: error: code: code 1000")
    assert problem.endswith("is outside JavaScript's safe integers (±9007199254740991)")


def test_the_largest_safe_codes_are_accepted_and_one_more_is_not() -> None:
    for code, ok in ((2**53 - 1, True), (-(2**53 - 1), True), (2**53, False), (-(2**53), False)):
        text = BASE.replace("code: 0", f"code: {code}")
        if ok:
            parse_spec(text.encode(), "spec.yaml", "spec/spec.yaml")
        else:
            assert "outside JavaScript's safe integers" in errors(text)[0]


def test_a_version_with_thousands_of_digits_is_an_error() -> None:
    (problem,) = errors(BASE.replace("version: 1.0.0", "version: 1." + "9" * 5000 + ".0"))
    assert problem.startswith("spec.yaml:1:10: error: version: each part of version '1.999")
    assert problem.endswith("must be at most 9007199254740991")


def test_a_channel_of_removed_codes_only_is_an_error() -> None:
    text = BASE.replace(
        "            billable: true\n", "            billable: true\n            removed: true\n", 1
    )
    (problem,) = errors(text)
    assert (
        problem
        == "spec.yaml:4:5: error: channel 'wechat' has only removed codes; an enum needs at least one"
    )


# --- files that are not regular files -----------------------------------------------


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: os.mkfifo(p), "it is a FIFO (named pipe), not a regular file"),
        (lambda p: p.symlink_to("/dev/zero"), "it is a character device, not a regular file"),
        (lambda p: p.mkdir(), "it is a folder, not a regular file"),
        (lambda p: p.symlink_to(p), "Too many levels of symbolic links"),  # the system's words
        (
            lambda p: os.truncate(p.write_bytes(b"") or p, 20 * 2**30),
            "it is larger than 134,217,728 bytes",
        ),
    ],
)
@pytest.mark.parametrize("command", ["validate", "check", "generate"])
def test_a_spec_that_is_not_a_regular_file_is_refused_at_once(
    tmp_path: Path, make, message: str, command: str
) -> None:
    spec = tmp_path / "codes.yaml"
    make(spec)
    out = tmp_path / "out"
    result = cli(command, "--spec", spec, "--out", out)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"{spec}:1:1: error: cannot read the spec: {message}\n"
    assert not out.exists()


# --- the template cache ---------------------------------------------------------------


def test_a_cache_folder_owned_by_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "cache"
    foreign.mkdir(mode=0o700)
    if os.getuid() == 0:
        os.chown(foreign, 65534, 65534)
    else:
        foreign.chmod(0o777)  # writable by others: as unsafe as another owner
    monkeypatch.setattr(render, "CACHE", foreign)
    assert render._bytecode_cache() is None
    assert render.render(parse_spec(BASE.encode(), "spec.yaml", "spec/spec.yaml"))


def test_a_cache_folder_others_may_read_but_not_write_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "cache"
    shared.mkdir()
    shared.chmod(0o755)  # a umask of 022 leaves folders so: only writing by others is unsafe
    monkeypatch.setattr(render, "CACHE", shared)
    cache = render._bytecode_cache()
    assert isinstance(cache, render._OptionalCache) and cache.directory == str(shared)


def test_a_template_that_names_something_undefined_fails_loudly() -> None:
    template = render._environment().from_string("{{ spec.nmae }}")
    with pytest.raises(jinja2.UndefinedError):
        template.render(spec=parse_spec(BASE.encode(), "spec.yaml", "spec/spec.yaml"))


def test_a_private_cache_is_made_filled_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "new" / "cache"  # its parent made as well
    monkeypatch.setattr(render, "CACHE", cache)
    spec = parse_spec(BASE.encode(), "spec.yaml", "spec/spec.yaml")
    first = render.render(spec)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    compiled = {p.name: p.read_bytes() for p in cache.iterdir()}
    # Static sources are copied, not compiled; the site's own pages are the site build's.
    site = {render.TEMPLATES / name for name in SITE_PAGES.values()}
    templates = set(render.TEMPLATES.rglob("*.j2")) - site
    assert len(compiled) == len(templates) and all(n.endswith(".cache") for n in compiled)
    loaded = []
    load = render._OptionalCache.load_bytecode

    def spy(self: render._OptionalCache, bucket: jinja2.bccache.Bucket) -> None:
        load(self, bucket)
        loaded.append(bucket.code is not None)

    monkeypatch.setattr(render._OptionalCache, "load_bytecode", spy)
    assert render.render(spec) == first  # now from the cache, which it leaves as it was
    assert loaded == [True] * len(templates)
    assert {p.name: p.read_bytes() for p in cache.iterdir()} == compiled


@pytest.mark.parametrize("setting", ["trim_blocks", "keep_trailing_newline"])
def test_a_cache_filled_under_other_settings_is_not_reused(
    setting: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Jinja keys compiled templates on their source; these settings change them too."""
    monkeypatch.setattr(render, "CACHE", tmp_path / "cache")
    spec = parse_spec(BASE.encode(), "spec.yaml", "spec/spec.yaml")
    render.render(spec)  # the cache holds every template compiled as render compiles them
    cached = render._environment().overlay(**{setting: False})  # render turns both on
    cold = cached.overlay(bytecode_cache=None)
    for path, template, channel in outputs(spec):
        context = {"spec": spec, "header": render.header(spec), "channel": channel}
        expected = cold.get_template(template).render(context)
        assert cached.get_template(template).render(context) == expected, path


def test_an_unwritable_cache_costs_speed_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "CACHE", tmp_path / "not-a-folder")
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    assert render._bytecode_cache() is None
    cache = render._OptionalCache(str(tmp_path / "missing" / "deeper"))
    monkeypatch.setattr(render, "_bytecode_cache", lambda: cache)
    assert render.render(parse_spec(BASE.encode(), "spec.yaml", "spec/spec.yaml"))


def test_a_name_ending_in_thousands_of_digits_is_an_error_not_a_traceback() -> None:
    text = BASE.replace("name: SUCCESS", "name: X_" + "9" * 5000)
    (problem,) = errors(text)
    assert problem.startswith("spec.yaml:13:19: error: name X_999") and len(problem) < MAX_LINE
    assert "… (5,002 characters) has digits that are not its code 0" in problem


def test_every_control_format_or_separator_character_is_refused() -> None:
    """The table in characters.py against the running Python's Unicode database."""
    import unicodedata

    kept = [
        f"U+{code:04X}"
        for code in range(0x110000)
        if unicodedata.category(chr(code)) in ("Cc", "Cf", "Zl", "Zp")
        and chr(code) not in "\t\n"
        and characters.first_forbidden(chr(code)) is None
    ]
    assert kept == []
