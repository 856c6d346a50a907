"""read_regular, the one way the generator opens a file someone else may have
put there: the spec, the upstream table, and every file under generated/."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from generator.load.reading import NotRegular, TooLarge, read_regular, resolved
from helpers.fifo import opened_for_writing_if_still_waited_on


def test_a_regular_file_is_read_up_to_its_limit_exactly(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_bytes(b"x" * 100)
    assert read_regular(path, 100) == b"x" * 100
    with pytest.raises(TooLarge) as caught:
        read_regular(path, 99)
    assert (str(caught.value), caught.value.limit) == ("is larger than 99 bytes", 99)


def test_nothing_there_is_none(tmp_path: Path) -> None:
    assert read_regular(tmp_path / "none", 10) is None
    assert read_regular(tmp_path / "none", 10, follow=False) is None


def test_a_link_is_followed_only_when_asked(tmp_path: Path) -> None:
    target, link = tmp_path / "target", tmp_path / "link"
    target.write_bytes(b"secret\n")
    link.symlink_to(target)
    assert read_regular(link, 100) == b"secret\n"
    with pytest.raises(NotRegular) as caught:
        read_regular(link, 100, follow=False)
    assert (caught.value.kind, str(caught.value)) == (
        "a symbolic link",
        "is a symbolic link, not a regular file",
    )


@pytest.mark.parametrize("follow", [True, False])
def test_other_failures_to_open_keep_the_systems_reason(tmp_path: Path, follow: bool) -> None:
    # Only a link met when links are not followed is "a symbolic link"; a path
    # through a file, or a loop of links being followed, is what the system says.
    (tmp_path / "file").write_bytes(b"")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    cases = [(tmp_path / "file" / "below", errno.ENOTDIR)] + [(loop, errno.ELOOP)] * follow
    for path, number in cases:
        with pytest.raises(OSError) as caught:
            read_regular(path, 10, follow=follow)
        assert type(caught.value) is not NotRegular and caught.value.errno == number


@pytest.mark.parametrize(
    "kind, make",
    [
        ("a FIFO (named pipe)", lambda p: os.mkfifo(p) or p),
        ("a folder", lambda p: p.mkdir() or p),
        ("a character device", lambda p: Path("/dev/null")),
    ],
)
@pytest.mark.parametrize("follow", [True, False])
def test_what_is_not_a_regular_file_is_named_and_never_waited_on(
    tmp_path: Path, kind: str, make, follow: bool
) -> None:
    path = make(tmp_path / "thing")
    with opened_for_writing_if_still_waited_on(path, after=10) as waited:
        with pytest.raises(NotRegular) as caught:
            read_regular(path, 10, follow=follow)
    assert not waited, "the reader waited for a writer"
    assert (caught.value.kind, str(caught.value)) == (kind, f"is {kind}, not a regular file")


def test_a_loop_of_links_resolves_to_an_os_error(tmp_path: Path) -> None:
    (tmp_path / "target").write_bytes(b"")
    (tmp_path / "link").symlink_to(tmp_path / "target")
    assert resolved(tmp_path / "link") == (tmp_path / "target").resolve()
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(OSError) as caught:
        resolved(loop)
    assert (caught.value.errno, caught.value.strerror) == (errno.ELOOP, os.strerror(errno.ELOOP))
