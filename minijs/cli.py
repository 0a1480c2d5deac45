"""`minijs` command line: tokens, ast (and, as issues land, run/bytecode/...).

Errors reach the user the way node prints them; a Python traceback never
does (an internal error is reported in one line, exit status 70).
"""

import argparse
import json
import os
import signal
import sys
import threading

import minijs
from minijs.jit import options as jit_options
from minijs.syntax.errors import JSSyntaxError
from minijs.host.errors import MainSyntaxError
from minijs.syntax.source import LineTable, decode_source_bytes, to_display, to_utf16_units

EXIT_JS_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_TIMEOUT = 124          # like timeout(1)
EXIT_INTERRUPTED = 130      # killed by SIGINT, as a shell reports it
EXIT_OUT_OF_MEMORY = 134    # node aborts (SIGABRT) when its heap is exhausted

# Deeply nested programs are parsed iteratively, but tree walks recurse:
# give them a big stack instead of a RecursionError.
_STACK_BYTES = 512 * 1024 * 1024
_RECURSION_LIMIT = 1_000_000


class UsageError(Exception):
    pass





def read_source(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise UsageError(f"cannot read '{path}': {e.strerror or e}") from None
    return decode_source_bytes(data)


def is_module(path, flag):
    return flag or path.endswith(".mjs")


def format_syntax_error(path, source, err):
    """node's layout: FILE:LINE, the line, carets under the token, message."""
    units = to_utf16_units(source)
    lines = LineTable(units)
    line, col = err.line, err.column
    if line is None:
        line, col = lines.position(min(err.offset, len(units)))
    text = lines.line_text(line)
    width = max(1, min(err.end, lines.starts[line] if line < len(lines.starts) else len(units))
                - err.offset) if err.offset < len(units) else 0
    width = min(width, max(1, len(text) - col)) if err.offset < len(units) else 0
    caret = " " * col + "^" * width if width else ""
    return f"{path}:{line}\n{to_display(text)}\n{caret}\n\nSyntaxError: {err.message}\n"


def _json_value(value):
    if isinstance(value, tuple):   # template chunk: (cooked, raw)
        return json.dumps({"cooked": value[0], "raw": value[1]}, ensure_ascii=False)
    if isinstance(value, float):
        from minijs.numconv import number_to_string
        return number_to_string(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value}n"
    return json.dumps(to_display(value) if isinstance(value, str) else value, ensure_ascii=False)


def cmd_tokens(args, out):
    from minijs.syntax import tokenize
    source = read_source(args.file)
    for tok in tokenize(source, is_module(args.file, args.module)):
        value = _json_value(tok.value)
        auto = " (auto)" if tok.auto else ""
        out.write(f"{tok.type:<16} {value} {tok.line}:{tok.column}{auto}\n")
    return 0


def cmd_ast(args, out):
    from minijs.syntax import parse
    from minijs.syntax.estree import to_json
    source = read_source(args.file)
    module = is_module(args.file, args.module)
    program = parse(source, module)
    text = to_json(program, to_utf16_units(source))
    if args.indent:
        text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    out.write(text + "\n")
    return 0


def cmd_scopes(args, out):
    from minijs.syntax import parse
    from minijs.compiler.scope import analyze, dump
    source = read_source(args.file)
    module = is_module(args.file, args.module)
    out.write(dump(analyze(parse(source, module), module)) + "\n")
    return 0


def cmd_bytecode(args, out):
    from minijs.syntax import parse
    from minijs.compiler.codegen import compile_program, CompileError
    from minijs.bytecode.disassembler import disassemble
    source = read_source(args.file)
    module = is_module(args.file, args.module)
    program = parse(source, module)
    try:
        code = compile_program(program, source, module)
    except CompileError as err:
        line, col = LineTable(to_utf16_units(source)).position(err.offset)
        raise UsageError(f"{args.file}:{line}:{col}: cannot compile: {err.message}") from None
    out.write(disassemble(code, to_utf16_units(source)) + "\n")
    return 0


def _print_bytecode(args, code, out):
    from minijs.bytecode.disassembler import disassemble
    wanted = getattr(args, "print_bytecode_filter", None)
    for c in code.walk():
        if wanted and c.name != wanted:
            continue
        single = _single(c)
        out.write(disassemble(single, c.script.source if c.script else None) + "\n")


def _single(code):
    """A shallow copy of `code` without children (print one function)."""
    import copy
    c = copy.copy(code)
    c.children = []
    return c


def _run_program(args, out, path, text=None, text_name="[eval]"):
    from minijs.host.node import NodeHost
    host = NodeHost(args.args, stdout=out, stderr=sys.stderr, script_path=path,
                    js_is_module=getattr(args, "module", False))
    if args.print_bytecode:
        host.on_compile = lambda code: _print_bytecode(args, code, out)
    if text is not None:
        return host.run_eval_main(text, text_name)
    return host.run_main(path)


def cmd_run(args, out):
    if not os.path.isfile(args.file):
        raise UsageError(f"cannot find '{args.file}'")
    return _run_program(args, out, args.file)


def cmd_eval(args, out):
    return _run_program(args, out, None, args.eval)


def cmd_stdin(args, out):
    """`minijs < file.js` (stdin not a terminal): node runs stdin as a script."""
    text = decode_source_bytes(sys.stdin.buffer.read())
    return _run_program(args, out, None, text, "[stdin]")


def add_limit_arguments(parser):
    """The resource limits of `run` and `-e` (minijs/runtime/watchdog.py)."""
    g = parser.add_argument_group("limits")
    g.argument_default = argparse.SUPPRESS     # given before or after `run`: never overwritten
    g.add_argument("--timeout", type=_positive_float, metavar="S",
                   help="stop the program after S seconds (exit status %d)" % EXIT_TIMEOUT)
    g.add_argument("--max-heap", type=_positive_float, metavar="MB",
                   help="stop the program when its memory grows by more than MB megabytes "
                        "(node's heap out of memory report, exit status %d)" % EXIT_OUT_OF_MEMORY)
    g.add_argument("--stack-size", type=int, metavar="N",
                   help="JS frames before 'RangeError: Maximum call stack size exceeded' "
                        "(default 10800, about node's)")


def _positive_float(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a number: %r" % text) from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number: %r" % text)
    return value


def build_arg_parser():
    ap = argparse.ArgumentParser(
        prog="minijs",
        description="minijs: a JavaScript engine in Python, modelled on V8.")
    ap.add_argument("--version", action="version", version=f"minijs {minijs.__version__}")
    ap.add_argument("-e", "--eval", metavar="CODE", help="run CODE as a script (like node -e)")
    jit_options.add_arguments(ap)
    add_limit_arguments(ap)
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="run a JavaScript file as node does (CommonJS module)")
    p.add_argument("file")
    p.add_argument("args", nargs=argparse.REMAINDER, help="arguments for process.argv")
    p.add_argument("--module", action="store_true", help="run .js files as ES modules (.mjs always are)")
    p.add_argument("--print-bytecode", action="store_true", help="print the bytecode of each compiled function")
    p.add_argument("--print-bytecode-filter", metavar="NAME", help="only the functions named NAME")
    jit_options.add_arguments(p)
    add_limit_arguments(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("tokens", help="print the tokens of a file (type, value, line:col)")
    p.add_argument("file")
    p.add_argument("--module", action="store_true", help="parse as an ES module (default for .mjs)")
    p.set_defaults(func=cmd_tokens)

    p = sub.add_parser("ast", help="print the ESTree AST of a file as JSON (acorn's format)")
    p.add_argument("file")
    p.add_argument("--module", action="store_true", help="parse as an ES module (default for .mjs)")
    p.add_argument("--indent", action="store_true", help="pretty-print the JSON")
    p.set_defaults(func=cmd_ast)

    p = sub.add_parser("scopes", help="print the scope analysis: bindings, registers, contexts, references")
    p.add_argument("file")
    p.add_argument("--module", action="store_true", help="parse as an ES module (default for .mjs)")
    p.set_defaults(func=cmd_scopes)

    p = sub.add_parser("bytecode", help="print the bytecode of every function (like node --print-bytecode)")
    p.add_argument("file")
    p.add_argument("--module", action="store_true", help="parse as an ES module (default for .mjs)")
    p.set_defaults(func=cmd_bytecode)

    # The runner's own parser handles the arguments; importing it only
    # when asked keeps it off every other command's start-up.
    p = sub.add_parser("test262", add_help=False,
                       help="run the test262 conformance suite and report pass rates "
                            "(minijs test262 --help)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_test262)

    p = sub.add_parser("profile", help="run a file under the sampling profiler: hot functions, tiers, "
                       "deopts (--cpu-prof, --flamegraph)")
    from minijs.tools import profile as profile_tool
    profile_tool.add_arguments(p)
    jit_options.add_arguments(p)
    # on the main thread: its sampler ticks on SIGALRM
    p.set_defaults(func=lambda args, out: profile_tool.run(args, out), main_thread=True)

    p = sub.add_parser("explain", help="one function through every stage: source, tokens, AST, bytecode "
                       "and feedback, typed IR, LLVM IR, machine code (--html)")
    from minijs.tools import explain as explain_tool
    explain_tool.add_arguments(p)
    jit_options.add_arguments(p)
    p.set_defaults(func=lambda args, out: explain_tool.run(args, out))

    sub.add_parser("repl", help="the interactive REPL (also `minijs` with no arguments on a terminal)")

    sub.add_parser("bench", add_help=False, help="time the benchmarks under minijs --jitless, minijs "
                   "and node (minijs bench --help)")
    return ap


def cmd_test262(args, out):
    from minijs.conformance import cli as test262_cli
    return test262_cli.main(args.rest)


# The watchdog budget of the running program (set by _wait_for).
_BUDGET = []


def _run(args, result, done):
    try:
        _run_stoppable(args, result)
    finally:
        done.set()


def _run_stoppable(args, result):
    from minijs.runtime.interrupt import Interrupt
    from minijs.runtime.watchdog import settle
    try:
        _run_guarded(args, result)
    except Interrupt as exc:
        kind = type(exc)
        while True:
            try:
                # ends the repeated interrupts before anything else runs
                fired = settle(_BUDGET[0] if _BUDGET else None)
                break
            except Interrupt:
                continue
        result[:] = [_interrupted(fired or kind)]


def _interrupted(kind):
    """The exit status (and node's report) for a program stopped from
    outside: Ctrl-C, --timeout, --max-heap."""
    from minijs.runtime.interrupt import MemoryLimitInterrupt, TimeLimitInterrupt
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    if issubclass(kind, TimeLimitInterrupt):
        sys.stderr.write("minijs: the program ran past its time limit (--timeout)\n")
        return EXIT_TIMEOUT
    if issubclass(kind, MemoryLimitInterrupt):
        sys.stderr.write("\nFATAL ERROR: Reached heap limit Allocation failed - "
                         "JavaScript heap out of memory\n")
        return EXIT_OUT_OF_MEMORY
    return EXIT_INTERRUPTED


def _run_guarded(args, result):
    out = sys.stdout
    stack_size = getattr(args, "stack_size", None)
    if stack_size is not None:
        from minijs.interpreter.state import STATE
        STATE.stack_limit = max(1, stack_size)
    try:
        result.append(args.func(args, out))
    except JSSyntaxError as err:
        out.flush()
        source = read_source(args.file)
        sys.stderr.write(format_syntax_error(os.path.abspath(args.file), source, err))
        result.append(EXIT_JS_ERROR)
    except UsageError as err:
        sys.stderr.write(f"minijs: {err}\n")
        result.append(EXIT_USAGE)
    except BrokenPipeError:
        result.append(0)
    except MainSyntaxError as err:
        out.flush()
        sys.stderr.write(format_syntax_error(err.path, err.text, err.error))
        result.append(EXIT_JS_ERROR)
    except (RecursionError, MemoryError) as err:
        sys.stderr.write(f"minijs: input too deeply nested or too large ({type(err).__name__})\n")
        result.append(EXIT_JS_ERROR)
    except Exception as err:  # never a traceback for the user
        sys.stderr.write(f"minijs: internal error: {type(err).__name__}: {err}\n")
        result.append(EXIT_INTERNAL)


def _wait_for(worker, done, timeout, max_heap_mb):
    """Start `worker` and wait for it; the limits and Ctrl-C stop the JS
    it runs through minijs/runtime/interrupt.py (exit status 130 for
    Ctrl-C, as node's)."""
    budget = None
    if timeout is not None or max_heap_mb is not None:
        from minijs.runtime import watchdog
        ceiling = None
        if max_heap_mb is not None:
            rss = watchdog.resident_bytes()
            ceiling = None if rss is None else rss + int(max_heap_mb * 2 ** 20)
    # Ctrl-C must reach JIT-compiled native code too (it holds the GIL).
    from minijs.runtime import native_interrupt
    native_interrupt.watch_signals()
    worker.start()
    if timeout is not None or max_heap_mb is not None:
        budget = watchdog.arm(worker.ident, timeout, ceiling)
        _BUDGET[:] = [budget]
    try:
        while worker.is_alive():
            try:
                # A timeout keeps the main thread responsive to Ctrl-C
                # whichever thread the kernel delivers SIGINT to.  (Not
                # join(): Python 3.11 marks a thread whose join() was
                # interrupted as stopped.)
                done.wait(0.05)
                if done.is_set():
                    worker.join()
            except KeyboardInterrupt:
                from minijs.runtime.interrupt import CancelInterrupt, request_interrupt
                request_interrupt(worker.ident, CancelInterrupt)
    finally:
        if budget is not None:
            watchdog.disarm(budget)


def _run_on_main_thread(args, result):
    """Run the command on the main thread, whose stack main_stack.grow
    made as big as a worker's (`minijs profile`: Python runs signal
    handlers only here).  Ctrl-C stops the JS as in a worker (exit 130):
    CancelInterrupt is raised in the running JS itself."""
    from minijs.runtime.interrupt import CancelInterrupt, Interrupt

    def on_sigint(_signum, _frame):
        raise CancelInterrupt()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        _run_stoppable(args, result)
    except Interrupt:                  # a Ctrl-C after the program ended
        result[:] = [EXIT_INTERRUPTED]
    finally:
        signal.signal(signal.SIGINT, previous)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["test262"]:
        from minijs.conformance import cli as test262_cli
        return test262_cli.main(argv[1:])
    if argv[:1] == ["bench"]:
        from minijs.tools import bench
        return bench.main(argv[1:])
    if argv in (["repl"], ["-i"], ["--interactive"]) or (not argv and sys.stdin.isatty()):
        from minijs.tools import repl
        return repl.main(_RECURSION_LIMIT)
    ap = build_arg_parser()
    args = ap.parse_args(argv)
    if args.command is None and args.eval is not None:
        args.func, args.args, args.print_bytecode, args.file = cmd_eval, [], False, "[eval]"
    elif args.command is None and not argv:
        args.func, args.args, args.print_bytecode, args.file = cmd_stdin, [], False, "[stdin]"
    elif args.command is None:
        ap.print_help()
        return EXIT_USAGE
    jit_options.apply_arguments(args)
    result = []
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_RECURSION_LIMIT)
    from minijs.runtime import main_stack
    restore_stack = main_stack.grow(_STACK_BYTES) if getattr(args, "main_thread", False) else None
    if restore_stack is not None:
        _run_on_main_thread(args, result)
        restore_stack()
    else:
        threading.stack_size(_STACK_BYTES)
        done = threading.Event()
        worker = threading.Thread(target=_run, args=(args, result, done), name="minijs-main")
        _wait_for(worker, done, getattr(args, "timeout", None), getattr(args, "max_heap", None))
    sys.setrecursionlimit(old_limit)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    return result[0] if result else EXIT_INTERNAL
