"""The English says what the Chinese says, one way for one term, as a developer reads a log.

Every Chinese text of the spec is paired with its English (messages, each
handling step, category, channel and family titles) and each glossary term is
checked wherever its Chinese appears.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from conftest import SPEC
from generator.load.loader import load_spec


class Term(NamedTuple):
    chinese: str  # a regex over the Chinese text
    required: str  # a regex the English must contain; \1 stands for the Chinese's group 1
    forbidden: str | None  # a regex the English must not contain
    why: str


GLOSSARY = {
    "face or blink detection": Term(
        r"识别到(人脸|眨眼)",
        r"\bdetect",
        r"(?i)recogni",
        "in face verification 'recognized' means matched to an identity",
    ),
    "liveness check": Term(
        r"活体(识别|检测)",
        r"(?i)liveness check",
        r"(?i)liveness (detection|recognition)",
        "活体识别/活体检测 is one step, the liveness check",
    ),
    "speech recognition": Term(
        r"(语音|声音)(未能)?识别",
        r"(?i)\bspeech\b",
        r"(?i)\bvoice\b",
        "the user reads digits aloud: speech recognition, not speaker recognition",
    ),
    "payload": Term(r"报文", r"\bpayload", r"(?i)\bmessages?\b", "'message' is a field name here"),
    "fully visible": Term(r"清晰完整", r"clear and fully visible", None, "as 1102 says"),
    "face straight on": Term(
        r"正脸对框|正对框内", r"straight on, inside the frame", r"(?i)face the camera", "正脸对框"
    ),
    "the person being verified": Term(
        r"本人操作",
        r"the person being verified is the one doing it",
        r"(?i)yourself|keep doing",
        "请确保本人操作: the right person, not 'keep doing this'",
    ),
    "reflection-based liveness": Term(
        r"光线活体", r"(?i)reflection-based liveness", r"(?i)light-based", "Tencent's own name"
    ),
    "hukou": Term(r"户籍所在地", r"place of household registration \(hukou\)", None, "户籍所在地"),
    "spoofed recording": Term(
        r"疑似非真人录制", r"(?i)suspected spoofed recording", None, "疑似非真人录制"
    ),
    "durations": Term(
        r"(\d+)\s*(?:s|秒)", r"\b\1 seconds\b", r"\b\d+ ?s\b", "one spelling for durations"
    ),
}


def pairs() -> list[tuple[str, str, str]]:
    """(where, Chinese, English) for every translated text of the real spec."""
    spec = load_spec(SPEC)
    found = []
    for channel in spec.channels:
        found.append((f"{channel.key} title", channel.title, channel.title_en))
        for category in channel.categories:
            found.append(
                (f"{channel.key} category {category.key}", category.title, category.title_en)
            )
        for family in channel.families:
            found.append((f"{channel.key} family {family.key}", family.title, family.title_en))
        for code in channel.codes + channel.removed:
            where = f"{channel.key} {code.code}"
            found.append((f"{where} message", code.message, code.message_en))
            for number, (step, step_en) in enumerate(zip(code.action, code.action_en), 1):
                found.append((f"{where} step {number}", step, step_en))
    return found


PAIRS = pairs()


@pytest.mark.parametrize("name", sorted(GLOSSARY))
def test_each_glossary_term_is_rendered_one_way(name: str) -> None:
    term = GLOSSARY[name]
    checked = 0
    for where, chinese, english in PAIRS:
        match = re.search(term.chinese, chinese)
        if match is None:
            continue
        checked += 1
        required = re.sub(r"\\(\d)", lambda group: re.escape(match[int(group[1])]), term.required)
        assert re.search(required, english), (where, english, term.why)
        if term.forbidden:
            assert not re.search(term.forbidden, english), (where, english, term.why)
    assert checked, f"no text of the spec has {term.chinese!r}: the term tests nothing"


def test_recognition_is_only_ever_speech_recognition() -> None:
    """A face, a blink or a liveness check is detected or checked; only speech is recognized."""
    for where, chinese, english in PAIRS:
        if re.search(r"(?i)recogni", english):
            assert re.search(r"(语音|声音)(未能)?识别", chinese), (where, english)


def test_one_chinese_text_has_one_english_text() -> None:
    seen: dict[str, tuple[str, str]] = {}
    for where, chinese, english in PAIRS:
        first = seen.setdefault(chinese, (where, english))
        assert first[1] == english, (chinese, first, (where, english))


def test_english_is_sentence_case_without_a_trailing_full_stop() -> None:
    for where, _, english in PAIRS:
        assert english[0].isupper() or english[0].isdigit(), (where, english)
        assert not english.endswith("."), (where, english)
        assert "  " not in english, (where, english)


def test_a_step_the_seed_cuts_short_is_not_finished_for_it() -> None:
    """The 66660039 family's step stops at 请确保数据源照片: so does the English."""
    cut = [(w, e) for w, c, e in PAIRS if c.endswith("请确保数据源照片")]
    assert len(cut) == 5
    for where, english in cut:
        assert english.endswith("please make sure the data source photo"), (where, english)


def test_a_field_name_is_never_the_word_for_a_payload() -> None:
    """'message' names a field of every artefact; no English text uses it for 报文 or anything else."""
    for where, _, english in PAIRS:
        assert not re.search(r"(?i)\bmessages?\b", english), (where, english)
