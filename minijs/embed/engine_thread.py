"""The thread every Context runs its JS on.

Why one thread of its own: JS that re-enters itself through built-ins
(getters, toString, Proxy traps, sort comparators) recurses in Python;
on this thread's big stack that always ends in a RecursionError, which
the engine turns into "RangeError: Maximum call stack size exceeded",
never in a C stack overflow, whatever thread the embedder calls from.
It also makes contexts usable from any number of threads: the engine's
running realm is process-wide, so calls are serialised here (the GIL
would serialise them anyway).

A call made from the engine thread itself (a Python function exposed to
JS calling back into a context) runs directly.
"""

import threading
from collections import deque

from minijs.runtime.interrupt import CancelInterrupt, Interrupt, clear_interrupt, request_interrupt

__all__ = ["run_on_engine_thread", "engine_thread_id"]

_STACK_BYTES = 512 * 1024 * 1024


class _Job:
    __slots__ = ("fn", "done", "result", "error", "cancelled")

    def __init__(self, fn):
        self.fn = fn
        self.cancelled = False
        self.done = threading.Event()
        self.result = None
        self.error = None


class _EngineThread:
    def __init__(self):
        self.lock = threading.Lock()
        self.ready = threading.Condition(self.lock)
        self.jobs = deque()
        self.thread = None

    def start(self):
        previous = threading.stack_size()
        threading.stack_size(_STACK_BYTES)
        try:
            self.thread = threading.Thread(target=self._serve, name="minijs-engine", daemon=True)
            self.thread.start()
        finally:
            threading.stack_size(previous)

    def _serve(self):
        while True:
            try:
                self._serve_one()
            except Interrupt:
                pass            # a cancel that arrived after its job had ended

    def _serve_one(self):
        with self.lock:
            while not self.jobs:
                self.ready.wait()
            job = self.jobs.popleft()
        try:
            job.result = job.fn()
        except BaseException as exc:     # every outcome goes back to the caller
            job.error = exc
        finally:
            if job.cancelled:
                clear_interrupt(threading.get_ident())
            job.done.set()

    def run(self, fn):
        if self.thread is not None and threading.get_ident() == self.thread.ident:
            return fn()
        job = _Job(fn)
        with self.lock:
            if self.thread is None:
                self.start()
            self.jobs.append(job)
            self.ready.notify()
        interrupted = None
        while True:
            try:
                # A timeout keeps Ctrl-C prompt in the caller's thread.
                while not job.done.wait(0.05):
                    pass
                break
            except KeyboardInterrupt as exc:
                # Stop the JS, wait for it to unwind, then re-raise.
                interrupted = exc
                job.cancelled = True
                request_interrupt(self.thread.ident, CancelInterrupt)
        if interrupted is not None:
            raise interrupted
        if job.error is not None:
            raise job.error.with_traceback(None)
        return job.result


_ENGINE = _EngineThread()


def run_on_engine_thread(fn):
    """Run `fn()` on the engine thread; returns its result or raises its
    exception in the calling thread."""
    return _ENGINE.run(fn)


def engine_thread_id():
    return None if _ENGINE.thread is None else _ENGINE.thread.ident
