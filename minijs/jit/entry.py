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
    _fields_ = [("ml_name", ctypes.c_char_p), ("ml_meth", ctypes.c_void_p),
                ("ml_flags", ctypes.c_int), ("ml_doc", ctypes.c_char_p)]


_new = ctypes.pythonapi.PyCFunction_NewEx
_new.restype = ctypes.py_object
_new.argtypes = [ctypes.c_void_p, ctypes.py_object, ctypes.py_object]
_DEFS = []        # method definitions must outlive their builtins


def make_builtin(address, name):
    name_bytes = ("native " + name).encode("utf-8", "replace")
    definition = _PyMethodDef(name_bytes, address, METH_FASTCALL, None)
    _DEFS.append((definition, name_bytes))
    return _new(ctypes.byref(definition), None, None)
