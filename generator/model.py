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


class Category(NamedTuple):
    key: str
    title: str
    title_en: str


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

    @property
    def billed(self) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.billable)

    @property
    def has_steps(self) -> bool:
        return any(c.action for c in self.codes + self.removed)

    def codes_in(self, category: str) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.category == category)

    def same_meaning(self) -> dict[int, tuple[Code, ...]]:
        """Each code -> the other codes of this channel with the same message and steps.

        The seed often gives one meaning several codes (66660023/66660036/-5020/-5025);
        a reader who lands on one of them should see the others.
        """
        groups: dict[tuple[str, tuple[str, ...]], list[Code]] = {}
        for c in self.codes:
            groups.setdefault((c.message, c.action), []).append(c)
        return {
            c.code: tuple(other for other in group if other is not c)
            for group in groups.values()
            for c in group
        }


class Spec(NamedTuple):
    version: str
    channels: tuple[Channel, ...]
    source: str  # how generated headers name the spec, e.g. "spec/codes.yaml"

    @property
    def code_count(self) -> int:
        return sum(len(c.codes) for c in self.channels)

    @property
    def billed_count(self) -> int:
        return sum(len(c.billed) for c in self.channels)
