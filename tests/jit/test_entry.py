"""Native entries as builtins (minijs/jit/entry.py)."""

import os
import subprocess
import sys
import textwrap

_OUTLIVE = textwrap.dedent("""
    import ctypes, gc, sys
    import minijs.jit.entry as E
    address = ctypes.cast(ctypes.pythonapi.Py_IncRef, ctypes.c_void_p).value   # never called
    class Holder:
        pass
    h = Holder()
    h.me = h                        # a cycle: freed by the garbage collector
    h.fn = E.make_builtin(address, "kept")
    for name in [n for n in vars(E) if not n.startswith("__")]:
        delattr(E, name)            # what interpreter shutdown does to the module
    del sys.modules["minijs.jit.entry"], E
    gc.collect()
    print(h.fn.__name__)
    del h
    gc.collect()                    # the builtin's dealloc reads its definition
    print("freed")
""")


def test_a_builtin_outlives_the_module_that_made_it():
    """At interpreter shutdown a builtin held by a code object can be freed
    after entry.py's own objects: its method definition must still be
    there (a freed one crashed timers_promises.js in half its runs).  The
    debug allocator overwrites freed memory, so a dangling definition
    crashes here every time."""
    r = subprocess.run([sys.executable, "-c", _OUTLIVE], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONMALLOC": "debug"})
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.split() == ["native", "kept", "freed"]
