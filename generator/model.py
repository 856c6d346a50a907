"""The spec as the generator sees it: immutable, validated, in spec order.

NamedTuples rather than dataclasses: as immutable, and five times cheaper to
define, which the start-up time of `make check` notices.
"""

from __future__ import annotations

from typing import NamedTuple


class Code(NamedTuple):
    code: int
    name: str
    message: str
    message_en: str
    billable: bool
    category: str
    action: tuple[str, ...] = ()
    action_en: tuple[str, ...] = ()
    family: str | None = None  # key of its family of same-meaning codes, if any


class Related(NamedTuple):
    """A code's exact relations within its channel."""

    same_message: tuple[Code, ...]  # 同一提示语: the same message shown
    same_handling: tuple[Code, ...]  # 同一处理措施: the same handling steps
    # Billing twins: the same message, billed differently; a log line cannot
    # tell them apart, the invoice can.
    billing_twins: tuple[Code, ...]


class Category(NamedTuple):
    key: str
    title: str
    title_en: str


class Family(NamedTuple):
    """Codes the documentation gives one meaning; each names it with `family: key`."""

    key: str
    title: str  # quoted from the Chinese its codes share
    title_en: str
    codes: tuple[Code, ...] = ()  # its codes FaceID returns today, in spec order
    removed: tuple[Code, ...] = ()  # its tombstones: old logs still carry them


class Channel(NamedTuple):
    key: str
    enum: str
    title: str
    title_en: str
    categories: tuple[Category, ...]
    codes: tuple[Code, ...]  # what FaceID returns today: the enums' members
    # Tombstones: codes FaceID no longer returns, kept so that they stay
    # documented and are never re-used for another meaning.
    removed: tuple[Code, ...] = ()
    families: tuple[Family, ...] = ()

    @property
    def billed(self) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.billable)

    @property
    def has_steps(self) -> bool:
        return any(c.action for c in self.codes + self.removed)

    def codes_in(self, category: str) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.category == category)

    @property
    def live_families(self) -> tuple[Family, ...]:
        """The families the enums expose: those with a code FaceID still returns."""
        return tuple(f for f in self.families if f.codes)

    def family_table(self) -> dict[str, Family]:
        """Family key -> family; templates build it once per channel."""
        return {f.key: f for f in self.families}

    def members(self, family: str) -> tuple[Code, ...]:
        """A family's codes FaceID returns today, in spec order."""
        return self.family_table()[family].codes

    def relations(self) -> dict[int, Related]:
        """Code number -> its exact relations in this channel.  Derived here, once,
        from the texts as the spec writes them (never typed twice); grouped by
        text in one pass, rather than a scan of the channel for every code."""
        everything = self.codes + self.removed
        by_message: dict[str, list[Code]] = {}
        by_action: dict[tuple[str, ...], list[Code]] = {}
        for c in everything:
            by_message.setdefault(c.message, []).append(c)
            if c.action:
                by_action.setdefault(c.action, []).append(c)
        related = {}
        for c in everything:
            message = tuple(o for o in by_message[c.message] if o.code != c.code)
            action = tuple(o for o in by_action.get(c.action, ()) if o.code != c.code)
            twins = tuple(o for o in message if o.billable != c.billable)
            related[c.code] = Related(message, action, twins)
        return related


class Pair(NamedTuple):
    """One condition that two channels report with a code each, declared once
    in the spec (`same_condition` on one of the two entries)."""

    channel: str
    code: int
    other_channel: str
    other_code: int


class Upstream(NamedTuple):
    """The copy of Tencent's table the spec follows (spec/upstream/)."""

    file: str  # relative to the spec's folder, with "/"
    sha256: str  # of the copy's bytes, lowercase hex
    taken: str  # the date the copy was taken, YYYY-MM-DD
    # Where the spec writes each value (line, column): `upstream` reads the
    # copy later and points at the value that no longer holds, and
    # `upstream --record` rewrites `sha256` and `taken` where they stand.
    file_at: tuple[int, int] = (0, 0)
    sha256_at: tuple[int, int] = (0, 0)
    taken_at: tuple[int, int] = (0, 0)


class ApiField(NamedTuple):
    """A FaceID API field that carries return codes: where a code comes from."""

    api: str  # e.g. "GetDetectInfoEnhanced"
    path: str  # in the response, e.g. "Text.LivenessDetail[].Errcode"; [] = each element
    type: str  # as Tencent's SDKs hand it over: "int" or "str"
    channel: str  # the key of the channel whose table the codes are from
    flow: str  # in English: when this field carries that channel's codes
    # The field beside it that holds Tencent's own billing verdict on the same
    # attempt (IsNeedCharge), where there is one: what the audit compares.
    verdict: str | None = None
    flow_zh: str | None = None  # the flow in Chinese, for the Chinese docs page

    @property
    def steps(self) -> tuple[str, ...]:
        """The path as attribute names, each ending in "[]" where it is a list."""
        return tuple(self.path.split("."))


class Spec(NamedTuple):
    version: str
    channels: tuple[Channel, ...]
    source: str  # how generated headers name the spec, e.g. "spec/codes.yaml"
    # The code FaceID returns when a verification succeeds, on every channel;
    # a channel's table may leave it out (the sdk table lists the other codes).
    success_code: int | None = None
    upstream: Upstream | None = None
    fields: tuple[ApiField, ...] = ()  # the field map, in spec order
    pairs: tuple[Pair, ...] = ()  # same condition in another channel, each declared once

    def channel(self, key: str) -> Channel:
        return next(c for c in self.channels if c.key == key)

    @property
    def code_count(self) -> int:
        return sum(len(c.codes) for c in self.channels)

    @property
    def billed_count(self) -> int:
        return sum(len(c.billed) for c in self.channels)

    def listing_success(self) -> tuple[Channel, ...]:
        """The channels whose enum has the success code as a member."""
        return tuple(c for c in self.channels if any(m.code == self.success_code for m in c.codes))

    def counterparts(self) -> dict[tuple[str, int], tuple[tuple[Channel, Code], ...]]:
        """(channel key, code) -> the codes of other channels declared to report
        the same condition, both ways; built once from the declared pairs."""
        codes = {(ch.key, c.code): (ch, c) for ch in self.channels for c in ch.codes + ch.removed}
        found: dict[tuple[str, int], list[tuple[Channel, Code]]] = {}
        for pair in self.pairs:
            one, other = (pair.channel, pair.code), (pair.other_channel, pair.other_code)
            found.setdefault(one, []).append(codes[other])
            found.setdefault(other, []).append(codes[one])
        return {key: tuple(value) for key, value in found.items()}
