"""A pipe that receives CPython's wakeup byte for every signal.

CPython's C-level signal handler writes the signal's number to the fd
given to signal.set_wakeup_fd, in whatever thread the kernel delivered
the signal to, before any Python code runs: a thread blocked reading the
other end learns of the signal at once (native_interrupt.py routes it to
native code's interrupt cell, the REPL's repl_sigint.py to its main
thread)."""

import os
import signal

__all__ = ["open_wakeup_pipe"]


def open_wakeup_pipe():
    """(read fd, write fd, the previous wakeup fd) with the write end
    installed as the wakeup fd, or None where that is not possible (not
    the main thread).  The caller puts `previous` back when done."""
    r, w = os.pipe()
    os.set_blocking(w, False)
    try:
        previous = signal.set_wakeup_fd(w, warn_on_full_buffer=False)
    except (ValueError, OSError):
        os.close(r)
        os.close(w)
        return None
    return r, w, previous
