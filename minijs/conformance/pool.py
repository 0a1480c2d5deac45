"""A pool of worker processes that run jobs with a per-job timeout.

Why not multiprocessing.Pool: a JS test can hang (an infinite loop in the
engine or in the test) or take the process down (a C stack overflow, the
memory limit). The pool must then kill exactly that worker, report the
job as timed out / crashed, start a fresh worker and go on; Pool can do
neither.

Each worker is a forked process (spawn where fork does not exist) that
calls `setup()` once -- the place to compile what every job reuses -- and
then `handle(job)` per job, in a thread with a big stack (the engine's
tree walks recurse in Python). Both are given as one picklable-by-fork
callable: `make_handler()` returns `handle`.
"""

import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
import traceback

TIMEOUT, CRASH = "timeout", "crash"

_STACK_BYTES = 512 * 1024 * 1024
_RECURSION_LIMIT = 1_000_000
# Address space per worker: a test that allocates without bound gets a
# MemoryError (a failed test) instead of taking the machine down.
_MEMORY_BYTES = 4 * 1024 ** 3


def _limit_memory():
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(hard, _MEMORY_BYTES)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _worker_main(conn, make_handler):
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the parent handles ^C
    _limit_memory()
    sys.setrecursionlimit(_RECURSION_LIMIT)
    threading.stack_size(_STACK_BYTES)
    thread = threading.Thread(target=_serve, args=(conn, make_handler), name="test262-worker")
    thread.start()
    thread.join()


def _serve(conn, make_handler):
    try:
        handle = make_handler()
        broken = None
    except BaseException:
        handle, broken = None, "worker setup failed: " + traceback.format_exc(limit=-3)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if broken:
            conn.send(("error", broken))
            continue
        try:
            result = handle(job)
        except BaseException as e:      # the handler should not let anything out
            result = ("error", f"{type(e).__name__} in the runner: {e}"[:500])
        conn.send(result)


class _Worker:
    def __init__(self, ctx, make_handler):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, make_handler), daemon=True)
        self.proc.start()
        child.close()
        self.job = None
        self.deadline = None

    def start(self, job, timeout):
        self.job, self.timeout = job, timeout
        self.deadline = time.monotonic() + timeout
        self.conn.send(job)

    def stop(self, force=False):
        if not force:
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _context():
    # fork: workers inherit what the parent already imported and compiled.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run_jobs(jobs, make_handler, processes=None, timeout=10.0):
    """Run `jobs` (picklable) on `processes` workers; yields (job, result)
    as they finish, in no particular order. `jobs` is polled with next()
    whenever a worker is idle, so an iterator that is dry for now (raises
    StopIteration) may yield more later; the run ends when it is dry and
    no job is running. `timeout` is seconds, or a function job -> seconds. A job with no result after
    `timeout` seconds gives (TIMEOUT, message); a worker that dies gives
    (CRASH, message); either way the worker is replaced."""
    processes = max(1, processes or os.cpu_count() or 1)
    ctx = _context()
    jobs = iter(jobs)
    workers = []

    def feed(worker):
        job = next(jobs, None)
        worker.job = None
        if job is not None:
            worker.start(job, timeout(job) if callable(timeout) else timeout)

    def replace(worker):
        worker.stop(force=True)
        fresh = _Worker(ctx, make_handler)
        workers[workers.index(worker)] = fresh
        return fresh

    try:
        for _ in range(processes):
            workers.append(_Worker(ctx, make_handler))
        for worker in list(workers):
            feed(worker)
        while True:
            busy = [w for w in workers if w.job is not None]
            if not busy:
                return
            wait = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = multiprocessing.connection.wait([w.conn for w in busy], wait)
            for worker in busy:
                job = worker.job
                if worker.conn in ready:
                    try:
                        result = worker.conn.recv()
                    except (EOFError, OSError):
                        worker.proc.join(1)
                        result = (CRASH, f"worker process died (exit code {worker.proc.exitcode})")
                        worker = replace(worker)
                elif time.monotonic() >= worker.deadline:
                    result = (TIMEOUT, f"no result after {worker.timeout:g} s")
                    worker = replace(worker)
                else:
                    continue
                yield job, result
                feed(worker)
            # `jobs` may have run dry and then got more (a consumer may add
            # follow-up jobs when it sees a result): give them to idle workers.
            for worker in workers:
                if worker.job is None:
                    feed(worker)
    finally:
        for worker in workers:
            worker.stop(force=worker.job is not None)
