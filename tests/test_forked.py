"""The build's second process (geomap.forked): its work, its errors and its end, on real forks."""

from __future__ import annotations

import os
import signal
import time

import pytest

from geomap import forked
from geomap.errors import DataError, Problem, UsageError

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="this system has no fork")


def test_the_childs_work_is_done_by_the_time_the_block_ends(tmp_path):
    target = tmp_path / "written.txt"
    with forked.alongside(lambda: target.write_text(str(os.getpid())), "written.txt", fork=True):
        pass
    assert target.read_text() != str(os.getpid())  # written, and by another process


def test_without_fork_the_work_is_done_here_after_the_block(tmp_path):
    order = []
    with forked.alongside(lambda: order.append(os.getpid()), "nothing", fork=False):
        order.append("block")
    assert order == ["block", os.getpid()]


def test_a_data_error_in_the_child_is_the_same_data_error_here():
    problems = [Problem("out/incidents.gpkg", 3, "place", "cannot be written"), Problem("b.csv", None, None, "x")]

    def fails() -> None:
        raise DataError(problems)

    with pytest.raises(DataError) as raised, forked.alongside(fails, "out", fork=True):
        pass
    assert raised.value.problems == problems


def test_a_usage_error_in_the_child_keeps_its_message():
    def fails() -> None:
        raise UsageError("out: cannot write in the output folder")

    with pytest.raises(UsageError, match=r"^out: cannot write in the output folder$"), \
            forked.alongside(fails, "out", fork=True):
        pass


def test_a_bug_in_the_child_comes_back_with_its_traceback():
    def fails() -> None:
        {}["missing key"]

    with pytest.raises(RuntimeError, match=r"(?s)second process failed.*KeyError: 'missing key'"), \
            forked.alongside(fails, "out", fork=True):
        pass


def test_a_killed_child_is_one_line_naming_what_it_wrote():
    with pytest.raises(DataError) as raised, \
            forked.alongside(lambda: os.kill(os.getpid(), signal.SIGKILL), "out/incidents.gpkg", fork=True):
        pass
    (problem,) = raised.value.problems
    assert str(problem) == ("out/incidents.gpkg: cannot be written: the process writing it ended with status -9; "
                            "the earlier outputs are as they were")


def test_a_failing_block_stops_the_child_before_it_writes(tmp_path):
    target = tmp_path / "late.txt"

    def slow() -> None:
        time.sleep(1.5)
        target.write_text("too late")

    with pytest.raises(KeyError), forked.alongside(slow, "late.txt", fork=True):
        raise KeyError("the build failed")
    time.sleep(2.5)
    assert not target.exists()


def test_the_child_ends_on_sigterm_without_the_builds_handler(tmp_path):
    # The build turns SIGTERM into an exception that cleans its staging folder; the child must not run it.
    ran = tmp_path / "handler-ran"
    previous = signal.signal(signal.SIGTERM, lambda *_: ran.write_text("yes"))
    try:
        with pytest.raises(DataError, match="status -15"), \
                forked.alongside(lambda: (os.kill(os.getpid(), signal.SIGTERM), time.sleep(5)), "out", fork=True):
            pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert not ran.exists()


def test_a_fork_the_system_refuses_leaves_the_work_to_this_process(tmp_path, monkeypatch):
    # Under a strict overcommit policy a big process cannot always fork (ENOMEM): the build goes on, slower.
    import errno

    def refused() -> int:
        raise OSError(errno.ENOMEM, os.strerror(errno.ENOMEM))

    monkeypatch.setattr(os, "fork", refused)
    order = []
    with forked.alongside(lambda: order.append(os.getpid()), "out", fork=True):
        order.append("block")
    assert order == ["block", os.getpid()]
