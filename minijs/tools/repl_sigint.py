"""Ctrl+C at the REPL's prompt, whichever thread the kernel hands it to.

Python runs signal handlers in the main thread only, and only when that
thread runs Python code again; the REPL's main thread waits in readline's
select() (or in a read() of a pipe).  A Ctrl+C was lost until the next
key press in two ways (seen in 2-3 of 20 presses made as the prompt
appears, in a plain `python -c "input()"` too):

* the kernel delivered SIGINT to another thread (the engine thread): the
  C-level handler ran there and nothing interrupted the main thread's
  select();
* it came while readline was still drawing the prompt: the C-level
  handler ran in the main thread, which then went on to wait in select().

The C-level handler writes each signal to the wakeup fd, in whatever
thread it runs.  A relay thread reads it and, until Python has run the
SIGINT handler, nudges the main thread with SIGUSR2, whose handler does
nothing: the main thread's select() or read() ends with EINTR, and
Python runs the pending handlers, SIGINT's among them.
"""

import os
import signal
import threading
import time

from minijs.runtime.wakeup_pipe import open_wakeup_pipe

__all__ = ["SigintRelay"]

NUDGE_EVERY = 0.05        # seconds
NUDGES = 4                # a main thread busy longer runs the handler itself anyway


class SigintRelay:
    def __init__(self):
        self.handled = 0                  # SIGINT handler runs, in the main thread
        self._saved = None

    @staticmethod
    def usable():
        return (hasattr(signal, "pthread_kill") and hasattr(signal, "SIGUSR2")
                and threading.current_thread() is threading.main_thread())

    def install(self):
        """SIGINT raises KeyboardInterrupt (as Python's default handler
        does) and reaches the main thread; returns False where the relay
        cannot work (nothing changed)."""
        if not self.usable():
            return False
        pipe = open_wakeup_pipe()
        if pipe is None:
            return False
        r, w, wakeup = pipe
        self._saved = (wakeup, signal.signal(signal.SIGINT, self._on_sigint),
                       signal.signal(signal.SIGUSR2, _ignore), w)
        threading.Thread(target=self._relay, args=(r,), name="minijs-sigint", daemon=True).start()
        return True

    def uninstall(self):
        if self._saved is None:
            return
        wakeup, on_int, on_usr2, w = self._saved
        self._saved = None
        signal.set_wakeup_fd(wakeup)
        signal.signal(signal.SIGINT, on_int)
        signal.signal(signal.SIGUSR2, on_usr2)
        os.close(w)                       # the relay thread reads end of file and ends

    def _on_sigint(self, _signum, _frame):
        self.handled += 1
        raise KeyboardInterrupt

    def _relay(self, r):
        main = threading.main_thread().ident
        sigint = bytes([signal.SIGINT])
        try:
            while True:
                data = os.read(r, 64)     # blocks with the GIL released
                if not data:
                    return
                if sigint not in data:
                    continue
                # Nudge a few times, or until the handler has run after this
                # read (it may have run before it: then the nudges are no-ops).
                runs = self.handled
                for _ in range(NUDGES):
                    time.sleep(NUDGE_EVERY)
                    if self.handled > runs or self._saved is None:
                        break
                    signal.pthread_kill(main, signal.SIGUSR2)
        finally:
            os.close(r)


def _ignore(_signum, _frame):
    pass
