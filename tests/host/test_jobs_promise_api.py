"""The engine's job interface (minijs/runtime/jobs.py) and the Python API
of promise_core.py that async functions use: capabilities, PromiseResolve,
PerformPromiseThen with Python callables, and the spec's job counts."""

import pytest

from minijs.builtins import create_realm
from minijs.builtins.promise_core import (
    FULFILLED, PENDING, REJECTED, JSPromise, await_value, new_capability,
    perform_then, promise_resolve)
from minijs.engine import compile_script, run_script
from minijs.runtime import jobs
from minijs.runtime.errors import JSThrow
from minijs.runtime.realm import set_current


@pytest.fixture
def realm():
    r = create_realm()
    previous = set_current(r)
    yield r
    set_current(previous)


def run(realm, text):
    return run_script(compile_script(text), realm)


def test_realm_without_host_gets_a_job_queue(realm):
    seen = []
    jobs.enqueue_job(realm, lambda: seen.append(1))
    jobs.enqueue_job(realm, lambda: (seen.append(2), jobs.enqueue_job(realm, lambda: seen.append(3))))
    assert isinstance(realm.host, jobs.JobQueue) and seen == []
    jobs.run_jobs(realm)
    assert seen == [1, 2, 3]


def test_job_runs_with_its_realm_current(realm):
    other = create_realm()
    seen = []
    from minijs.runtime.realm import current
    jobs.enqueue_job(realm, lambda: seen.append(current()), other)
    jobs.run_jobs(realm)
    assert seen == [other]


def test_capability_and_python_reactions(realm):
    cap = new_capability(realm)
    assert isinstance(cap.promise, JSPromise) and cap.promise.promise_state == PENDING
    got = []
    perform_then(cap.promise, lambda v: got.append(("ok", v)), lambda r: got.append(("err", r)))
    cap.resolve(41)
    cap.resolve(99)              # the first resolution wins
    cap.reject("ignored")
    assert cap.promise.promise_state == FULFILLED and got == []
    jobs.run_jobs(realm)
    assert got == [("ok", 41)]


def test_python_handler_result_resolves_the_derived_promise(realm):
    source = new_capability(realm)
    derived = new_capability(realm)
    perform_then(source.promise, lambda v: v * 2, None, derived)
    source.resolve(21)
    jobs.run_jobs(realm)
    assert derived.promise.promise_state == FULFILLED
    assert derived.promise.promise_result == 42


def test_python_handler_throw_rejects_the_derived_promise(realm):
    source = new_capability(realm)
    derived = new_capability(realm)

    def boom(v):
        raise JSThrow("bad")
    perform_then(source.promise, boom, None, derived)
    source.resolve(1)
    jobs.run_jobs(realm)
    assert derived.promise.promise_state == REJECTED
    assert derived.promise.promise_result == "bad"


def test_promise_resolve_keeps_intrinsic_promises(realm):
    p = run(realm, "Promise.resolve(5)")
    assert promise_resolve(realm, p) is p
    q = promise_resolve(realm, 7)
    assert q is not p and q.promise_state == FULFILLED and q.promise_result == 7


def test_await_on_a_native_promise_takes_one_job_and_a_thenable_two(realm):
    # Await(promise) resumes after one job; Await(thenable) needs the
    # NewPromiseResolveThenableJob (which calls `then`), then the reaction.
    run(realm, "globalThis.log = []; Promise.resolve().then(() => log.push('a1'))"
               ".then(() => log.push('a2')).then(() => log.push('a3'))"
               ".then(() => log.push('a4'));")
    log = realm.global_object.get("log")
    await_value(realm, run(realm, "Promise.resolve(1)"),
                lambda v: log.set(str(log.get("length")), "await promise"), None)
    await_value(realm, run(realm, "({ then(r) { r(2); } })"),
                lambda v: log.set(str(log.get("length")), "await thenable"), None)
    jobs.run_jobs(realm)
    order = [log.get(str(i)) for i in range(log.get("length"))]
    assert order == ["a1", "await promise", "a2", "await thenable", "a3", "a4"]


def test_rejection_tracker_hook(realm):
    events = []

    class Host(jobs.JobQueue):
        def promise_rejection_tracker(self, promise, operation):
            events.append((operation, promise.promise_result))
    realm.host = Host()
    p = run(realm, "var p = Promise.reject(3); p")
    run(realm, "p.catch(() => {})")
    assert events == [("reject", 3), ("handle", 3)] and p.is_handled
    jobs.run_jobs(realm)
