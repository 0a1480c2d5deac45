"""A big C stack for the main thread (Linux), for commands that must run
JS there (`minijs profile`: Python runs signal handlers only in the main
thread, and its sampler ticks on SIGALRM).

Deep JS recursion needs tens of megabytes of C stack (the CLI gives its
worker thread 512 MB); the main thread's stack is 8 MB by default.  It
grows on demand up to the soft RLIMIT_STACK, which the kernel reads each
time it grows, so raising the soft limit is enough, provided nothing is
mapped in the way below the stack (with address-space randomisation the
gap is usually hundreds of gigabytes; /proc/self/maps tells).
"""

import threading

__all__ = ["grow"]

_GUARD = 16 * 2 ** 20            # room left between the grown stack and the next mapping


def grow(nbytes):
    """Let the main thread's stack grow to `nbytes`; returns a function
    that puts the old limit back, or None (nothing changed) when this is
    not the main thread, not Linux, or the room or the hard limit is
    missing."""
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    infinity = resource.RLIM_INFINITY
    if soft == infinity or soft >= nbytes:
        return lambda: None
    if hard != infinity and hard < nbytes:
        return None
    room = _room_below_stack()
    if room is None or room < nbytes + _GUARD:
        return None
    try:
        resource.setrlimit(resource.RLIMIT_STACK, (nbytes, hard))
    except (ValueError, OSError):
        return None
    return lambda: resource.setrlimit(resource.RLIMIT_STACK, (soft, hard))


def _room_below_stack():
    """Bytes from the top of the main thread's stack down to the next
    mapping, or None if /proc/self/maps does not say."""
    try:
        with open("/proc/self/maps", encoding="ascii", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    spans = []
    top = None
    for line in lines:
        fields = line.split()
        start, _, end = fields[0].partition("-")
        span = (int(start, 16), int(end, 16))
        if fields[-1] == "[stack]":
            top = span[1]
        else:
            spans.append(span)
    if top is None:
        return None
    below = [end for _start, end in spans if end <= top]
    return top - max(below, default=0)
