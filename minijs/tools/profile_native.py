"""The JS frames of native (JIT) code a profiler tick interrupted.

Native code runs no Python, so a tick (a SIGALRM handler, or the sampling
thread taking the GIL) gets its turn only when native code calls back
into Python.  It does so every interrupt budget (about a millisecond):
`jit.interrupt.interrupt_check(room)`, after recording its own activation
at NATIVE_FRAMES[room] (jit/layout.py).  From that slot outwards the
table holds the native callers, each written at its call site, up to a 0
that the native entry wrote above the outermost one.  An OSR activation
writes nothing: its interpreter frame (below `tiering.hot_loop` on the
Python stack) is the activation.

Reads only: the table, and a cache of the (code, closure) pairs native
code points at (it holds them, so an address it maps stays theirs).
"""

import ctypes

from minijs.jit.interrupt import interrupt_check
from minijs.jit.layout import NATIVE_FRAMES

__all__ = ["NativeStackReader"]


class NativeStackReader:
    def __init__(self):
        self.check_code = interrupt_check.__code__
        self._infos = {}              # frame info address -> (code, closure)

    def codes(self, room, limit):
        """The CodeObjects of the native activations from slot `room`
        outwards, innermost first (at most `limit` of them)."""
        infos = self._infos
        out = []
        for address, _pc in NATIVE_FRAMES.chain(room):
            if len(out) >= limit:
                break
            info = infos.get(address)
            if info is None:
                info = ctypes.cast(ctypes.c_void_p(address), ctypes.py_object).value
                infos[address] = info
            out.append(info[0])
        return out
