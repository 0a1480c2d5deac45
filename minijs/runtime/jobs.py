"""Jobs: the engine's side of ECMA-262 9.5 ("Jobs and Host Operations to
Enqueue Jobs") and of HostPromiseRejectionTracker (27.2.1.9).

The engine core never runs an event loop.  It only *enqueues* jobs and
*reports* rejections; the host that owns the realm decides when jobs run
(the node host drains them after every callback, see minijs/host/
event_loop.py; the test262 host drains them after the test script).

The host protocol (duck-typed, on `realm.host`):

    host.enqueue_job(job, realm)
        HostEnqueuePromiseJob / HostEnqueueGenericJob: `job` is a Python
        callable of no arguments; the host runs it later, after the
        running code has finished, with `realm` (or, when None, a realm
        of its choice) as the current realm, in FIFO order with the other
        jobs.  A JSThrow escaping a job is the host's to report.
    host.enqueue_cleanup_job(job)                            (optional)
        HostEnqueueFinalizationRegistryCleanupJob: a FinalizationRegistry
        cleanup, run whenever the host likes (node: a task that never
        keeps the process alive); hosts without it get enqueue_job.
    host.promise_rejection_tracker(promise, operation)      (optional)
        HostPromiseRejectionTracker: operation is "reject" (a promise was
        rejected with no handler) or "handle" (a handler was added to a
        rejected promise that had none).

A realm without a host (unit tests, tools) gets a `JobQueue` as its host
on first use; `run_jobs(realm)` drains it.
"""

from collections import deque

from minijs.runtime.realm import current, set_current

__all__ = ["JobQueue", "enqueue_job", "enqueue_cleanup_job", "track_rejection",
           "run_jobs", "function_realm"]


class JobQueue:
    """A FIFO of (job, realm): the queue a host uses for the engine's
    jobs (V8's microtask queue), and the host of realms that have none."""

    __slots__ = ("jobs",)

    def __init__(self):
        self.jobs = deque()

    def enqueue_job(self, job, realm=None):
        self.jobs.append((job, realm))

    def __len__(self):
        return len(self.jobs)

    def run_one(self, default_realm=None):
        """Run the oldest job with its realm current; JSThrow propagates."""
        job, realm = self.jobs.popleft()
        previous = set_current(realm or default_realm or current())
        try:
            job()
        finally:
            set_current(previous)

    def run_all(self, default_realm=None):
        """Run jobs until none is left (jobs may enqueue more)."""
        jobs = self.jobs
        while jobs:
            self.run_one(default_realm)


def _host(realm):
    host = realm.host
    if host is None:
        host = realm.host = JobQueue()
    return host


def enqueue_job(realm, job, job_realm=None):
    """HostEnqueuePromiseJob(job, job_realm) on `realm`'s host."""
    _host(realm).enqueue_job(job, job_realm)


def enqueue_cleanup_job(realm, job):
    """HostEnqueueFinalizationRegistryCleanupJob(job) on `realm`'s host."""
    host = _host(realm)
    enqueue = getattr(host, "enqueue_cleanup_job", None)
    if enqueue is not None:
        enqueue(job)
    else:
        host.enqueue_job(job, realm)


def track_rejection(realm, promise, operation):
    """HostPromiseRejectionTracker(promise, operation)."""
    tracker = getattr(realm.host, "promise_rejection_tracker", None)
    if tracker is not None:
        tracker(promise, operation)


def run_jobs(realm):
    """Drain the jobs of a realm whose host is a plain JobQueue (or any
    host with `run_jobs()`)."""
    host = _host(realm)
    if isinstance(host, JobQueue):
        host.run_all(realm)
    else:
        host.run_jobs()


def function_realm(fn, default):
    """GetFunctionRealm (7.3.24) as far as functions record one (JS
    closures carry `realm`; built-ins run in the realm that is current),
    bound functions and proxies followed to their target."""
    seen = 0
    while fn is not None and seen < 10000:
        realm = getattr(fn, "realm", None)
        if realm is not None:
            return realm
        target = getattr(fn, "bound_target", None)
        if target is None:
            break
        fn = target
        seen += 1
    return default
