"""The LLVM functions the JIT backend calls, bound with ctypes straight
from llvmlite's shared library (its LLVMPY_* C functions).

Why not through llvmlite.binding: importing it took about 40 ms of CPU
at a program's first compile, as much as compiling fib(30) and running
it natively together.  Measured: loading the 179 MB library 13 ms, then
`importlib.resources` and what it imports (tempfile, shutil, zipfile,
typing, ...) 11 ms, then binding's own modules declaring hundreds of C
functions about 20 ms.  Binding the 30 functions used here costs the
library load and well under a millisecond more.

These C functions are llvmlite's internal API, not a promise: pyproject
pins llvmlite to the 0.50 series, and a symbol missing from the library
(another llvmlite) raises when this module loads, so the JIT turns
itself off with that reason instead of calling something else.
"""

import ctypes
import importlib.util
import os

from llvmlite.utils import get_library_name

__all__ = ["LLVM", "LLVMError"]

_p = ctypes.c_void_p
_s = ctypes.c_char_p
_out = ctypes.POINTER(ctypes.c_char_p)

# name: (result type, argument types)
_SIGNATURES = {
    "InitializeNativeTarget": (None, []),
    "InitializeNativeAsmPrinter": (None, []),
    "AddSymbol": (None, [_s, _p]),
    "GetProcessTriple": (None, [_out]),
    "GetTargetFromTriple": (_p, [_s, _out]),
    # target, triple, cpu, features, opt level, reloc, code model, printmc, jit, abi name
    "CreateTargetMachine": (_p, [_p, _s, _s, _s, ctypes.c_int, _s, _s, ctypes.c_int, ctypes.c_int, _s]),
    "DisposeTargetMachine": (None, [_p]),
    "CreateTargetMachineData": (_p, [_p]),
    "CopyStringRepOfTargetData": (None, [_p, _out]),
    "DisposeTargetData": (None, [_p]),
    "TargetMachineEmitToMemory": (_p, [_p, _p, ctypes.c_int, _out]),
    "GetBufferStart": (_p, [_p]),
    "GetBufferSize": (ctypes.c_size_t, [_p]),
    "DisposeMemoryBuffer": (None, [_p]),
    "GetGlobalContext": (_p, []),
    "ParseAssembly": (_p, [_p, _s, _out]),
    "DisposeModule": (None, [_p]),
    "SetTarget": (None, [_p, _s]),
    "SetDataLayout": (None, [_p, _s]),
    "VerifyModule": (ctypes.c_bool, [_p, _out]),
    "PrintModuleToString": (None, [_p, _out]),
    "DisposeString": (None, [_s]),
    "CreatePipelineTuningOptions": (_p, []),
    "DisposePipelineTuningOptions": (None, [_p]),
    "CreatePassBuilder": (_p, [_p, _p]),
    "DisposePassBuilder": (None, [_p]),
    "CreateNewModulePassManager": (_p, []),
    "DisposeNewModulePassManger": (None, [_p]),          # (sic: llvmlite's spelling)
    "RunNewModulePassManager": (None, [_p, _p, _p]),
    "module_AddSROAPass": (None, [_p]),
    "module_AddInstCombinePass": (None, [_p]),
    "module_AddSimplifyCFGPass": (None, [_p]),
    "module_AddNewGVNPass": (None, [_p]),
    # module, target machine, use llvmlite's memory manager, error
    "CreateMCJITCompiler": (_p, [_p, _p, ctypes.c_bool, _out]),
    "AddModule": (None, [_p, _p]),
    "FinalizeObject": (None, [_p]),
    "GetFunctionAddress": (ctypes.c_uint64, [_p, _s]),
}


class LLVMError(RuntimeError):
    pass


class _Functions:
    """ctypes functions by their name without the LLVMPY_ prefix."""

    def __init__(self, library):
        for name, (restype, argtypes) in _SIGNATURES.items():
            fn = getattr(library, "LLVMPY_" + name)
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name, fn)


def _library_path():
    spec = importlib.util.find_spec("llvmlite")
    return os.path.join(spec.submodule_search_locations[0], "binding", get_library_name())


class LLVM:
    """The process's LLVM: one object, made on first use by backend.py
    (which serialises all calls)."""

    def __init__(self):
        self.c = _Functions(ctypes.CDLL(_library_path()))
        self.c.InitializeNativeTarget()
        self.c.InitializeNativeAsmPrinter()
        self.context = self.c.GetGlobalContext()

    # -- strings LLVM allocates ------------------------------------------------------------

    def _take_string(self, out):
        """The text of an out-parameter string, which is then freed."""
        if not out.value:
            return ""
        text = out.value.decode("utf-8", "replace")
        self.c.DisposeString(out)
        return text

    def _checked(self, result, out, what):
        error = self._take_string(out)
        if not result or error:
            raise LLVMError("%s: %s" % (what, error or "failed"))
        return result

    # -- targets ---------------------------------------------------------------------------

    def add_symbol(self, name, address):
        self.c.AddSymbol(name.encode(), address)

    def process_triple(self):
        out = ctypes.c_char_p()
        self.c.GetProcessTriple(ctypes.byref(out))
        return self._take_string(out)

    def target_machine(self, triple, opt, codemodel="jitdefault"):
        """A target machine for `triple` at optimisation level `opt` (the
        host CPU's baseline features, no relocation model override)."""
        out = ctypes.c_char_p()
        target = self._checked(self.c.GetTargetFromTriple(triple.encode(), ctypes.byref(out)), out,
                               "no LLVM target for " + triple)
        tm = self.c.CreateTargetMachine(target, triple.encode(), b"", b"", opt, b"default",
                                        codemodel.encode(), 0, 0, b"")
        if not tm:
            raise LLVMError("cannot create a target machine for " + triple)
        return tm

    def data_layout(self, tm):
        td = self.c.CreateTargetMachineData(tm)
        out = ctypes.c_char_p()
        self.c.CopyStringRepOfTargetData(td, ctypes.byref(out))
        self.c.DisposeTargetData(td)
        return self._take_string(out)

    def emit_assembly(self, tm, module):
        out = ctypes.c_char_p()
        buf = self._checked(self.c.TargetMachineEmitToMemory(tm, module, 0, ctypes.byref(out)), out,
                            "emitting assembly")
        try:
            return ctypes.string_at(self.c.GetBufferStart(buf), self.c.GetBufferSize(buf)).decode()
        finally:
            self.c.DisposeMemoryBuffer(buf)

    # -- modules ---------------------------------------------------------------------------

    def parse_assembly(self, text, triple, data_layout):
        """A verified module of LLVM IR `text`."""
        out = ctypes.c_char_p()
        module = self.c.ParseAssembly(self.context, text.encode(), ctypes.byref(out))
        error = self._take_string(out)
        if error or not module:
            if module:
                self.c.DisposeModule(module)
            raise LLVMError("LLVM IR parsing error\n" + error)
        self.c.SetTarget(module, triple.encode())
        self.c.SetDataLayout(module, data_layout.encode())
        if self.c.VerifyModule(module, ctypes.byref(out)):
            error = self._take_string(out)
            self.c.DisposeModule(module)
            raise LLVMError("LLVM IR verification error\n" + error)
        self._take_string(out)
        return module

    def module_text(self, module):
        out = ctypes.c_char_p()
        self.c.PrintModuleToString(module, ctypes.byref(out))
        return self._take_string(out)

    def run_passes(self, module, tm, passes):
        """Run module passes by name (e.g. "SROA", "InstCombine") over `module`."""
        c = self.c
        pto = c.CreatePipelineTuningOptions()
        pb = c.CreatePassBuilder(tm, pto)
        mpm = c.CreateNewModulePassManager()
        try:
            for name in passes:
                getattr(c, "module_Add%sPass" % name)(mpm)
            c.RunNewModulePassManager(mpm, module, pb)
        finally:
            c.DisposeNewModulePassManger(mpm)
            c.DisposePassBuilder(pb)
            c.DisposePipelineTuningOptions(pto)

    # -- MCJIT -----------------------------------------------------------------------------

    def mcjit(self, triple, opt):
        """An MCJIT engine generating code at level `opt`; it owns the
        target machine made for it."""
        tm = self.target_machine(triple, opt)
        empty = self.parse_assembly("", triple, self.data_layout(tm))
        out = ctypes.c_char_p()
        return self._checked(self.c.CreateMCJITCompiler(empty, tm, False, ctypes.byref(out)), out,
                             "cannot create an MCJIT engine")

    def add_and_finalize(self, engine, module):
        """Hand `module` to `engine` (which owns it from now on) and
        generate its machine code."""
        self.c.AddModule(engine, module)
        self.c.FinalizeObject(engine)

    def function_address(self, engine, name):
        return self.c.GetFunctionAddress(engine, name.encode())
