"""Part of a big build done by a forked copy of the process, on the second core, while the build does the rest.

Most of what a build writes is Python and GDAL work that holds the interpreter's lock (pyogrio holds it while GDAL
writes), so threads would take turns on one core. A fork has the layers already in memory, shared page by page
with the build until either side writes to them: nothing is converted or copied to hand them over (an earlier
worker process took 4 s of the build's own time at a million incidents to stage its layers as Arrow files).

The child runs one function and ends with os._exit, so it never runs the build's cleanup, which stays the
parent's. Its failure comes back through a pipe as the build's own error: a DataError with the same problems, a
UsageError with the same message; anything else as a RuntimeError carrying the child's traceback.
Where there is no fork (Windows), or in a thread other than the main one, the function simply runs here, after
the rest.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from .errors import DataError, Problem, UsageError


def can_fork() -> bool:
    """Fork is there (POSIX) and this is the main thread (a fork from another thread would copy only that thread,
    and the signal handling the build relies on lives in the main one)."""
    return hasattr(os, "fork") and threading.current_thread() is threading.main_thread()


class ForkedWork:
    """`work()` running in a forked child: `wait()` returns when it is done, or raises its error here."""

    def __init__(self, work: Callable[[], None], label: str) -> None:
        self._label = label
        reading, writing = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # else what they buffered would be written twice
            stream.flush()
        try:
            with warnings.catch_warnings():
                # Python 3.12 warns on fork when other threads exist: here they are Arrow's idle pool threads,
                # which Arrow starts afresh in a child; the child itself runs on its one thread.
                warnings.simplefilter("ignore", DeprecationWarning)
                pid = os.fork()
        except OSError:
            os.close(reading)
            os.close(writing)
            raise
        if pid == 0:  # the child: it never returns from here
            os.close(reading)
            _run_and_exit(work, writing)
        os.close(writing)
        self._pid: int | None = pid
        self._reading = reading

    def wait(self) -> None:
        """Wait for the child; raise its error, if it had one."""
        message = self._read_all()
        pid, self._pid = self._pid, None
        if pid is None:
            return
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code == 0:
            return
        if message:
            raise _error_of(pickle.loads(message))
        # Killed (the kernel's out-of-memory killer, a user): no message, but the build must say which outputs.
        raise DataError([Problem(self._label, None, None, f"cannot be written: the process writing it ended with "
                                 f"status {code}; the earlier outputs are as they were")])

    def stop(self) -> None:
        """End the child at once (the build failed or was stopped): it writes nothing more."""
        pid, self._pid = self._pid, None
        if pid is not None:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        self._read_all()

    def _read_all(self) -> bytes:
        if self._reading < 0:
            return b""
        pieces = []
        while piece := os.read(self._reading, 1 << 16):
            pieces.append(piece)
        os.close(self._reading)
        self._reading = -1
        return b"".join(pieces)


@contextmanager
def alongside(work: Callable[[], None], label: str, *, fork: bool) -> Iterator[None]:
    """`work()` in a forked child while the block runs (leaving the block waits for it and raises its error; a
    failing block stops it); when `fork` is False or there is no fork, `work()` after the block, here. `label`
    names what the work writes, for the error of a child that was killed."""
    job = None
    if fork and can_fork():
        try:
            job = ForkedWork(work, label)
        except OSError:  # no memory or process left for a fork (a strict overcommit policy): done here instead
            job = None
    if job is None:
        yield
        work()
        return
    try:
        yield
    except BaseException:
        job.stop()
        raise
    job.wait()


def _run_and_exit(work: Callable[[], None], writing: int) -> None:
    status = 1
    try:
        # The build's handlers turn SIGTERM into an exception that cleans up the parent's staging folder: the
        # child has nothing of its own to clean, and ends as a signal would end it.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        work()
        status = 0
    except BaseException as exc:  # every failure goes back to the parent, which raises it
        with suppress(BaseException), os.fdopen(writing, "wb") as pipe:  # a parent gone: the status still says
            pipe.write(pickle.dumps(_message_of(exc)))
    finally:
        os._exit(status)


def _message_of(exc: BaseException) -> tuple[str, object]:
    """What the parent needs to raise the same error (exceptions do not all survive pickling as they are)."""
    if isinstance(exc, DataError):
        return "data", exc.problems
    if isinstance(exc, UsageError):
        return "usage", str(exc)
    return "other", "".join(traceback.format_exception(exc))


def _error_of(message: tuple[str, object]) -> Exception:
    kind, payload = message
    if kind == "data":
        return DataError(payload)  # type: ignore[arg-type]
    if kind == "usage":
        return UsageError(payload)
    return RuntimeError(f"the build's second process failed:\n{payload}")
