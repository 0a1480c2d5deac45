"""LLVM through llvmlite: optimise, compile with MCJIT, hand back
addresses (DESIGN.md section 5 lists the llvmlite 0.50 pitfalls this
module avoids).

llvmlite is imported on first use, never on the start-up path of
`minijs run`.  All LLVM work happens on one thread at a time (llvmlite
serialises it anyway); LLVM releases the GIL while it optimises and
generates code, so a background compile runs in parallel with the
interpreter.
"""

import ctypes
import threading
import time

from minijs.jit.layout import CAPI_FUNCTIONS

__all__ = ["Backend", "backend"]

_lock = threading.Lock()
_backend = None

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
    0: ("sroa",),
    2: ("sroa", "instruction_combine", "simplify_cfg", "new_gvn", "instruction_combine",
        "simplify_cfg"),
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
        import llvmlite.binding as llvm
        self.llvm = llvm
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        api = ctypes.pythonapi
        for name in CAPI_FUNCTIONS:
            llvm.add_symbol(name, ctypes.cast(getattr(api, name), ctypes.c_void_p).value)
        self.target = llvm.Target.from_default_triple()
        self.triple = llvm.get_process_triple()
        self.data_layout = str(self.target.create_target_machine(opt=2).target_data)
        self.engines = {}           # codegen level -> MCJIT engine (made on first use)
        self.modules = []

    def _engine(self, level):
        """The MCJIT engine generating machine code at `level` (0: fast
        instruction selection and register allocation; 2: the full
        pipeline).  MCJIT takes ownership of its target machine; the pass
        builder gets its own (DESIGN.md section 5)."""
        engine = self.engines.get(level)
        if engine is None:
            llvm = self.llvm
            tm = self.target.create_target_machine(opt=level, codemodel="jitdefault")
            empty = llvm.parse_assembly("")
            empty.triple = self.triple
            engine = self.engines[level] = llvm.create_mcjit_compiler(empty, tm)
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
            mod = llvm.parse_assembly(module_ir)
            mod.triple = self.triple
            mod.data_layout = self.data_layout
            mod.verify()
            tm = self.target.create_target_machine(opt=codegen_level)
            pto = llvm.create_pipeline_tuning_options(speed_level=1)
            pb = llvm.create_pass_builder(tm, pto)
            mpm = llvm.create_new_module_pass_manager()     # a fresh one per run
            for name in _PASSES[codegen_level]:
                getattr(mpm, "add_%s_pass" % name)()
            mpm.run(mod, pb)
            optimized = str(mod) if want_ir else None
            asm = tm.emit_assembly(mod) if want_asm else None
            engine = self._engine(codegen_level)
            engine.add_module(mod)
            engine.finalize_object()
            self.modules.append(mod)
            addresses = {}
            for name in names:
                a = engine.get_function_address(name)
                if not a:
                    raise RuntimeError("LLVM lost the function %s" % name)
                addresses[name] = a
        return Compiled(addresses, module_ir, optimized, asm, time.perf_counter() - start)


def backend():
    """The process's backend, made on first use."""
    global _backend
    if _backend is None:
        with threading.Lock():
            if _backend is None:
                _backend = Backend()
    return _backend
