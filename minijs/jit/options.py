"""The optimizing tier's flags (`minijs run --help` lists them; V8 has
the same names where it has the flag)."""

import argparse
import os

__all__ = ["OPTIONS", "JitOptions", "NOT_HANDLED"]

# What the tier's hooks return when the interpreter should go on itself.
NOT_HANDLED = type("NotHandled", (), {"__repr__": lambda self: "<not handled>"})()


class JitOptions:
    def __init__(self):
        self.enabled = os.environ.get("MINIJS_JITLESS", "") in ("", "0")
        self.call_threshold = 400     # calls before a function is optimised
        self.osr_threshold = 2000     # loop back edges before on-stack replacement
        self.concurrent = True        # compile on the background compiler thread
        self.trace_opt = False
        self.trace_deopt = False
        self.print_ir = False
        self.print_llvm = False
        self.print_asm = False
        self.print_filter = None
        self.natives_syntax = False
        self.max_recompiles = 4       # per function (llvmlite leaks a little per compile)
        self.maglev = True            # compile with the quick code generator first
        self.tier_up_work = 1 << 22   # work (calls, loop iterations) of quick code before TURBOFAN

    def wants_dump(self, name):
        return self.print_filter is None or self.print_filter == name


OPTIONS = JitOptions()


def add_arguments(parser):
    """The JIT's command-line flags (V8's names)."""
    g = parser.add_argument_group("optimizing JIT")
    g.argument_default = argparse.SUPPRESS     # given before or after `run`: never overwritten
    g.add_argument("--jitless", "--no-opt", dest="jitless", action="store_true",
                   help="interpreter and baseline tier only (also MINIJS_JITLESS=1)")
    g.add_argument("--jit-threshold", type=int, metavar="N",
                   help="calls before a function is optimised (default %d)" % OPTIONS.call_threshold)
    g.add_argument("--osr-threshold", type=int, metavar="N",
                   help="loop iterations before on-stack replacement (default %d)" % OPTIONS.osr_threshold)
    g.add_argument("--no-maglev", action="store_true",
                   help="no quick tier: compile hot code with the full LLVM code generator at once")
    g.add_argument("--tier-up-work", type=int, metavar="N",
                   help="calls and loop iterations of quick-tier code before it is recompiled "
                        "fully optimized (default %d)" % OPTIONS.tier_up_work)
    g.add_argument("--no-concurrent-jit", action="store_true",
                   help="compile on the main thread (deterministic)")
    g.add_argument("--trace-opt", action="store_true", help="print what is optimised, why and how fast")
    g.add_argument("--trace-deopt", action="store_true", help="print every deoptimization with its reason")
    g.add_argument("--print-ir", action="store_true", help="print the typed IR of optimised functions")
    g.add_argument("--print-llvm", action="store_true", help="print their optimised LLVM IR")
    g.add_argument("--print-asm", action="store_true", help="print their machine code")
    g.add_argument("--print-filter", metavar="NAME", help="--print-* only for the function NAME")
    g.add_argument("--allow-natives-syntax", action="store_true",
                   help="enable %%OptimizeFunctionOnNextCall(f) and friends")


def apply_arguments(args):
    """Set OPTIONS from parsed flags (before any code is compiled)."""
    o = OPTIONS
    if getattr(args, "jitless", False):
        o.enabled = False
    if getattr(args, "jit_threshold", None) is not None:
        o.call_threshold = max(args.jit_threshold, 0)
    if getattr(args, "osr_threshold", None) is not None:
        o.osr_threshold = max(args.osr_threshold, 0)
    if getattr(args, "no_concurrent_jit", False):
        o.concurrent = False
    if getattr(args, "no_maglev", False):
        o.maglev = False
    if getattr(args, "tier_up_work", None) is not None:
        o.tier_up_work = max(args.tier_up_work, 1)
    for name in ("trace_opt", "trace_deopt", "print_ir", "print_llvm", "print_asm"):
        if getattr(args, name, False):
            setattr(o, name, True)
    if getattr(args, "print_filter", None):
        o.print_filter = args.print_filter
    if getattr(args, "allow_natives_syntax", False):
        o.natives_syntax = True
        from minijs.syntax import driver
        driver.NATIVES_SYNTAX = True


def _from_environment():
    """MINIJS_JIT_FLAGS="--jit-threshold 0 ...": the same flags for every
    minijs in a process tree (as NODE_OPTIONS; e.g. a test262 run with
    eager compilation)."""
    flags = os.environ.get("MINIJS_JIT_FLAGS", "").split()
    if flags:
        parser = argparse.ArgumentParser(prog="MINIJS_JIT_FLAGS", add_help=False)
        add_arguments(parser)
        apply_arguments(parser.parse_args(flags))


_from_environment()
