"""LLVM (llvmlite's library, through llvm_capi.py): optimise, compile
with MCJIT, hand back addresses (DESIGN.md section 5 lists the llvmlite
0.50 pitfalls this module avoids).

The library is loaded on first use, never on the start-up path of
`minijs run`.  All LLVM work happens on one thread at a time (`_lock`);
ctypes releases the GIL while it optimises and
generates code, so a background compile runs in parallel with the
interpreter.
"""

import ctypes
import threading
import time

from minijs.jit.layout import CAPI_FUNCTIONS

__all__ = ["Backend", "BackendUnavailable", "backend"]

_lock = threading.Lock()            # all LLVM work
_backend_lock = threading.Lock()    # making the backend
_backend = None
_failure = None                     # why the backend could not be made

# The IR passes before machine code generation, per codegen level.
# Level 2 (TURBOFAN): a short list instead of default<O2>; measured on
# fib, 32 ms against 71 ms per compile, and most of what remains is
# machine code generation.  Level 0 (MAGLEV): SROA alone, which puts the
# locals (the loop interrupt budget) in registers.  The full list made
# quick compiles 20-55 ms more expensive (process CPU, A/B in one run:
# fib30 99 -> 78 ms, mandelbrot 143 -> 88, nbody 198 -> 128) and the
# quick code no faster to the tier-up (mandelbrot at 20 repetitions
# 199 -> 123 ms, nbody 226 -> 199).
_PASSES = {
    0: ("SROA",),
    2: ("SROA", "InstCombine", "SimplifyCFG", "NewGVN", "InstCombine", "SimplifyCFG"),
}



class Compiled:
    """One native module: function addresses, machine code text on demand."""

    def __init__(self, addresses, llvm_ir, optimized_ir, asm, seconds):
        self.addresses = addresses
        self.llvm_ir = llvm_ir
        self.optimized_ir = optimized_ir
        self.asm = asm
        self.seconds = seconds


class Backend:
    def __init__(self):
        from minijs.jit.llvm_capi import LLVM
        self.llvm = llvm = LLVM()
        api = ctypes.pythonapi
        for name in CAPI_FUNCTIONS:
            llvm.add_symbol(name, ctypes.cast(getattr(api, name), ctypes.c_void_p).value)
        self.triple = llvm.process_triple()
        self.machines = {}          # codegen level -> target machine for passes and assembly
        self.data_layout = llvm.data_layout(self._machine(2))
        self.engines = {}           # codegen level -> MCJIT engine (made on first use)

    def _machine(self, level):
        tm = self.machines.get(level)
        if tm is None:
            tm = self.machines[level] = self.llvm.target_machine(self.triple, level)
        return tm

    def _engine(self, level):
        """The MCJIT engine generating machine code at `level` (0: fast
        instruction selection and register allocation; 2: the full
        pipeline).  It owns its own target machine (DESIGN.md section 5)."""
        engine = self.engines.get(level)
        if engine is None:
            engine = self.engines[level] = self.llvm.mcjit(self.triple, level)
        return engine

    def compile(self, module_ir, names, want_asm=False, want_ir=False, codegen_level=2):
        """Optimise and compile LLVM IR text; addresses of `names` (and the
        optimised IR and machine code text when asked).  `codegen_level`
        0 is the quick tier: machine code generation (most of a compile)
        about 4x cheaper, the code about 2x slower in loops (measured on
        the numeric benchmarks)."""
        llvm = self.llvm
        start = time.perf_counter()
        with _lock:
            mod = llvm.parse_assembly(module_ir, self.triple, self.data_layout)
            tm = self._machine(codegen_level)
            llvm.run_passes(mod, tm, _PASSES[codegen_level])
            optimized = llvm.module_text(mod) if want_ir else None
            asm = llvm.emit_assembly(tm, mod) if want_asm else None
            engine = self._engine(codegen_level)
            llvm.add_and_finalize(engine, mod)      # the engine owns the module from here
            addresses = {}
            for name in names:
                a = llvm.function_address(engine, name)
                if not a:
                    raise RuntimeError("LLVM lost the function %s" % name)
                addresses[name] = a
        return Compiled(addresses, module_ir, optimized, asm, time.perf_counter() - start)


class BackendUnavailable(RuntimeError):
    """LLVM could not be loaded (no library, or not the llvmlite it was written for)."""


def backend():
    """The process's backend, made on first use; BackendUnavailable if
    LLVM cannot be loaded (then for the rest of the process)."""
    global _backend, _failure
    if _backend is None:
        with _backend_lock:
            if _failure is not None:
                raise BackendUnavailable(_failure)
            if _backend is None:
                try:
                    _backend = Backend()
                except Exception as e:     # noqa: BLE001 - any failure to load means no JIT
                    _failure = "LLVM unavailable: %s: %s" % (type(e).__name__, e)
                    raise BackendUnavailable(_failure) from None
    return _backend
