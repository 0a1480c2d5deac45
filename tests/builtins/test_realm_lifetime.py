"""A realm nobody uses any more is freed: built-in functions hold their
realm ([[Realm]]), so no module-level table may keep one alive (test262
runs thousands of realms per worker process)."""

import gc
import weakref

from minijs.builtins import create_realm
from minijs.engine import compile_script, run_script
from minijs.runtime import realm as R


def _run_in_new_realm(source):
    realm = create_realm()
    previous = R.set_current(realm)
    try:
        run_script(compile_script(source), realm)
    finally:
        R.set_current(previous)
    return weakref.ref(realm)


def test_realms_are_collected():
    refs = [_run_in_new_realm(src) for src in (
        "1",
        "var big = 'x'.repeat(1000); /a/.exec('a'); 'abc'.replace(/b/g, 'x');",
        "try { null.x } catch (e) { String(e) }",
        "Atomics.waitAsync(new Int32Array(new SharedArrayBuffer(8)), 0, 0)",
    )]
    gc.collect()
    assert [r() for r in refs] == [None] * len(refs)
