"""Native entries as Python builtins (DESIGN.md section 4: a METH_FASTCALL
builtin costs ~0.1 us to call, ctypes ~1 us).

`make_builtin(address, name)` wraps the address of a generated
`PyObject *entry(PyObject *self, PyObject *const *args, Py_ssize_t n)`
in a builtin function object; the interpreter calls it exactly as it
calls a baseline direct entry.
"""

import ctypes

__all__ = ["make_builtin"]

METH_FASTCALL = 0x80


class _PyMethodDef(ctypes.Structure):
    _fields_ = [("ml_name", ctypes.c_void_p), ("ml_meth", ctypes.c_void_p),
                ("ml_flags", ctypes.c_int), ("ml_doc", ctypes.c_char_p)]


_new = ctypes.pythonapi.PyCFunction_NewEx
_new.restype = ctypes.py_object
_new.argtypes = [ctypes.c_void_p, ctypes.py_object, ctypes.py_object]
_malloc = ctypes.pythonapi.PyMem_RawMalloc
_malloc.restype = ctypes.c_void_p
_malloc.argtypes = [ctypes.c_size_t]


def _immortal(data):
    """A copy of `data` in memory that is never freed."""
    address = _malloc(len(data))
    if not address:
        raise MemoryError
    ctypes.memmove(address, data, len(data))
    return address


def make_builtin(address, name):
    """The builtin's method definition (and its name) live in memory never
    freed: a builtin reads its definition when it is deallocated, and at
    interpreter shutdown a builtin held by a code object can outlive any
    Python object that owned the definition.  That crashed: the final
    garbage collection freed a builtin after the list of definitions had
    gone (SIGSEGV in meth_dealloc, in about half the runs of
    timers_promises.js).  A definition is 32 bytes per compiled function."""
    definition = _PyMethodDef(_immortal(("native " + name).encode("utf-8", "replace") + b"\0"),
                              address, METH_FASTCALL, None)
    return _new(_immortal(bytes(definition)), None, None)
