"""Tiering events for tools (`minijs profile`): who listens gets each
optimisation request, finished compile and deopt as it happens.

tiering.py calls `emit` only when `listeners` is non-empty, so with no
listener an event costs one truth test on a rare path.  A listener is
called as `listener(kind, code, detail)` on whatever thread the event
happens (the background compiler's for "compiled"); it must be quick and
must not raise.

kinds and details:
    "requested"  {"osr_pc": pc or None, "calls": n, "back_edges": n}
    "compiled"   {"osr_pc": pc or None, "seconds": compile time (lowering + LLVM)}
    "deopt"      {"reason": why the native code was thrown away}
"""

import time

__all__ = ["listeners", "emit"]

listeners = []


def emit(kind, code, **detail):
    detail["time"] = time.perf_counter()
    for listener in list(listeners):
        listener(kind, code, detail)
