"""`minijs explain FILE [--function NAME] [--html OUT.html]`: one function
through every stage of the engine: source, tokens, AST, bytecode with the
feedback a run of FILE collected, the JIT's typed IR with its guards, LLVM
IR (as lowered, and optimised) and machine code.

The file runs first (compiles on the main thread, --no-concurrent-jit, so
what the run optimised is ready when it ends).  The JIT stages are read
from what the run compiled: the graphs of the function's last compiled
unit (JitInfo.units) are lowered and compiled again through the JIT's own
entry points (lowering.lower_unit, backend.compile) to show the text; the
installed code is not touched.  A function the JIT refused shows the
reason; one that never got hot says how many calls it had.
"""

import html
import json
import os
import sys

__all__ = ["add_arguments", "run", "explain_function", "STAGES"]

STAGES = ("source", "tokens", "ast", "bytecode", "typed IR", "LLVM IR", "optimized LLVM IR",
          "machine code")


def add_arguments(p):
    p.add_argument("file")
    p.add_argument("args", nargs="*", help="arguments for process.argv")
    p.add_argument("--function", metavar="NAME", help="the function to explain (default: the most called)")
    p.add_argument("--html", metavar="OUT.html", help="write all stages as one page, one column each")
    p.add_argument("--module", action="store_true", help="run .js files as ES modules (.mjs always are)")


def run(args, out):
    from minijs.cli import UsageError
    from minijs.host.node import NodeHost
    from minijs.jit.options import OPTIONS
    if not os.path.isfile(args.file):
        raise UsageError("cannot find '%s'" % args.file)
    OPTIONS.concurrent = False
    codes = []
    host = NodeHost(args.args, stdout=sys.stderr, stderr=sys.stderr, script_path=args.file,
                    js_is_module=args.module)
    host.on_compile = codes.append
    status = host.run_main(args.file)
    code = _choose(codes, args.function)
    if code is None:
        names = sorted({c.name for root in codes for c in root.walk() if c.name and c is not root})
        raise UsageError("no function named '%s' in %s (functions: %s)"
                         % (args.function, args.file, ", ".join(names) or "none"))
    stages = explain_function(code)
    if args.html:
        with open(args.html, "w", encoding="utf-8") as f:
            f.write(html_page(code, stages, args.file))
        out.write("explain: %s written to %s\n" % (_title(code), args.html))
    else:
        out.write(text_report(code, stages))
    return status


def _choose(roots, name):
    candidates = [c for root in roots for c in root.walk() if c is not root]
    if name is not None:
        named = [c for c in candidates if c.name == name]
        return max(named, key=lambda c: c.invocation_count) if named else None
    if not candidates:
        return roots[0] if roots else None
    return max(candidates, key=lambda c: c.invocation_count)


def _title(code):
    return "%s (%d calls)" % (code.name or "(anonymous)", code.invocation_count)


# -- the stages --------------------------------------------------------------------------

def explain_function(code):
    """{stage name: text} for one CodeObject after a run."""
    from minijs.syntax.source import to_display
    stages = {}
    script = code.script
    units = script.source if script is not None else None
    start, end = code.source_range if code.source_range else (0, len(units or ""))
    text = to_display("".join(units[start:end])) if units is not None else ""
    line = script.position(start)[0] if script is not None else 1
    stages["source"] = "\n".join("%4d  %s" % (line + i, l) for i, l in enumerate(text.split("\n")))
    stages["tokens"] = _tokens(text)
    stages["ast"] = _ast(script, start, end)
    stages["bytecode"] = _bytecode(code)
    stages.update(_jit_stages(code))
    return stages


def _tokens(text):
    from minijs.syntax import tokenize
    from minijs.syntax.errors import JSSyntaxError
    lines = []
    try:
        for tok in tokenize(text):
            value = tok.value if not isinstance(tok.value, str) else json.dumps(tok.value)
            lines.append("%-16s %s %d:%d" % (tok.type, value, tok.line, tok.column))
    except JSSyntaxError as e:        # a method's text alone (`get x() {}`) is no script
        lines.append("(the function's text does not tokenize alone: %s)" % e.message)
    return "\n".join(lines)


def _ast(script, start, end):
    """The ESTree node of the function (acorn's format)."""
    from minijs.syntax import parse
    from minijs.syntax.estree import to_json
    if script is None:
        return "(no source)"
    source = script.source
    try:
        program = json.loads(to_json(parse(source, False), source))
    except Exception as e:                # noqa: BLE001 - e.g. a module: shown, not fatal
        return "(could not parse the file as a script: %s)" % e
    found = []

    def visit(node):
        if isinstance(node, dict):
            if node.get("start") == start and node.get("end") == end and "Function" in node.get("type", ""):
                found.append(node)
                return
            for v in node.values():
                visit(v)
        elif isinstance(node, list):
            for v in node:
                visit(v)
    visit(program)
    if not found:                         # methods and arrows may span a little differently
        def near(node, best):
            if isinstance(node, dict):
                if "Function" in node.get("type", "") and node.get("start", -1) <= start \
                        and node.get("end", -1) >= end:
                    best[0] = node
                for v in node.values():
                    near(v, best)
            elif isinstance(node, list):
                for v in node:
                    near(v, best)
        best = [None]
        near(program, best)
        if best[0] is not None:
            found.append(best[0])
    if not found:
        return "(not found in the AST)"
    prefix = getattr(script, "prefix", 0)

    def tidy(node):
        """Without `loc`, offsets in the user's text (not the CommonJS wrapper)."""
        if isinstance(node, dict):
            return {k: (v - prefix if k in ("start", "end") and isinstance(v, int) else tidy(v))
                    for k, v in node.items() if k != "loc"}
        if isinstance(node, list):
            return [tidy(v) for v in node]
        return node
    return json.dumps(tidy(found[0]), indent=1)


def _describe_feedback(kind, value):
    from minijs.bytecode.opcodes import FeedbackKind as K
    from minijs.interpreter import feedback as FB
    from minijs.interpreter.inline_cache import MEGAMORPHIC
    if value is None:
        return "nothing recorded"
    if value is MEGAMORPHIC or value == MEGAMORPHIC:
        return "megamorphic"
    if kind in (K.BINARY_OP, K.COMPARE):
        return FB.describe(value) if isinstance(value, int) else repr(value)
    if kind in (K.CALL, K.CONSTRUCT):
        name = getattr(getattr(value, "code", None), "name", None)
        if name is None:
            try:
                name = value.get_fast("name")
            except Exception:             # noqa: BLE001
                name = None
        return "monomorphic: %s" % (name or "(anonymous)")
    if kind in (K.PROPERTY_LOAD, K.PROPERTY_STORE, K.KEYED_LOAD, K.KEYED_STORE):
        if isinstance(value, list):
            return "polymorphic (%d shapes)" % len(value)
        if isinstance(value, tuple):
            return "monomorphic" + (" (prototype)" if len(value) > 2 and value[2] is not None else "")
    if kind == K.LOOP:
        return "back edges: %s" % value
    return type(value).__name__


def _bytecode(code):
    from minijs.bytecode.disassembler import disassemble
    import copy
    single = copy.copy(code)
    single.children = []
    listing = disassemble(single, nested=False)
    lines = [l for l in listing.split("\n")]
    kinds = code.feedback_kinds
    vector = code.feedback_vector
    out = []
    for l in lines:
        # annotate "[fb N]" with what the run recorded in slot N
        i = l.find("[fb ")
        if i >= 0:
            slot = int(l[i + 4:l.index("]", i)])
            if slot < len(vector) and slot < len(kinds):
                l = "%s  %s: %s" % (l, kinds[slot].name, _describe_feedback(kinds[slot], vector[slot]))
        out.append(l)
    head = "invocations: %d, loop back edges: %d, tier: %s" % (
        code.invocation_count, max(code.back_edges, 0),
        "optimized" if code.jit is not None and code.jit.state == "optimized"
        else "baseline" if code.direct is not None or code.baseline is not None else "interpreter")
    if any(v is None for v in vector):
        # a slot stays empty when its instruction never ran, and also when it
        # ran only in baseline code, which records no feedback for some kinds
        head += ("\n(\"nothing recorded\": the instruction never ran, or ran only in the "
                 "baseline tier, which does not record every kind of feedback)")
    return head + "\n" + "\n".join(out)


def _jit_stages(code):
    from minijs.jit.options import OPTIONS
    info = code.jit
    graphs = None
    if info is not None:
        for unit in reversed(info.units):
            gs = list(unit.functions)
            if gs and gs[0].code is code:
                graphs = gs
                break
    if graphs is None:
        if not OPTIONS.enabled:
            why = "the JIT is off (--jitless)"
        elif info is not None and info.reason:
            why = "the JIT refused it: %s" % info.reason
        elif info is not None and info.state == "queued":
            why = "queued for optimization when the program ended"
        else:
            why = ("not optimized: it ran %d times and %d loop iterations; the JIT compiles after "
                   "%d calls or %d iterations (try --jit-threshold N / --osr-threshold N)"
                   % (code.invocation_count, max(code.back_edges, 0), OPTIONS.call_threshold,
                      OPTIONS.osr_threshold))
        return {"typed IR": why, "LLVM IR": why, "optimized LLVM IR": why, "machine code": why}
    stages = {}
    head = []
    if info.deopts:
        head.append("// deopts during the run: %d (the code shown is the last compiled)" % info.deopts)
    if graphs[0].osr_pc is not None:
        head.append("// compiled for on-stack replacement at the loop at bytecode @%d" % graphs[0].osr_pc)
    stages["typed IR"] = "\n".join(head + [_guards_note()] + [g.dump() for g in graphs])
    try:
        llvm_ir, optimized, asm = _recompile(graphs)
    except Exception as e:                # noqa: BLE001 - show it, do not crash
        msg = "could not recompile for display: %s: %s" % (type(e).__name__, e)
        llvm_ir = optimized = asm = msg
    stages["LLVM IR"] = llvm_ir
    stages["optimized LLVM IR"] = optimized
    stages["machine code"] = asm
    return stages


def _guards_note():
    return ("// guards: instructions that can deopt carry their reason and frame state "
            "(where the interpreter resumes)")


def _recompile(graphs):
    """Lower and compile `graphs` again, only to show the text."""
    from minijs.jit.backend import backend
    from minijs.jit.deopt import deopt_packed
    from minijs.jit.lowering import ENTRY_PREFIX, lower_unit
    from minijs.jit.options import NOT_HANDLED
    be = backend()
    fallbacks = {g: (lambda *a: NOT_HANDLED) for g in graphs}
    module, unit = lower_unit(graphs, "explain_%s" % graphs[0].name, be.triple, be.data_layout,
                              deopt_packed, fallbacks)
    text = str(module)
    names = [ENTRY_PREFIX + unit.functions[g].name for g in graphs]
    compiled = be.compile(text, names, want_asm=True, want_ir=True)
    _KEEP.append((unit, compiled))        # the module lives in the engine: keep what it refers to
    return text, compiled.optimized_ir, compiled.asm or "(no machine code text)"


_KEEP = []


# -- output --------------------------------------------------------------------------------

def text_report(code, stages):
    out = ["explain %s" % _title(code)]
    for name in STAGES:
        out.append("")
        out.append("=" * 20 + " %s " % name + "=" * max(0, 58 - len(name)))
        out.append(stages.get(name, ""))
    return "\n".join(out) + "\n"


def html_page(code, stages, path):
    cols = "".join(
        '<section><h2>%s</h2><pre>%s</pre></section>\n' % (html.escape(n), html.escape(stages.get(n, "")))
        for n in STAGES)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>minijs explain %s</title>\n"
            "<style>body{font-family:sans-serif;margin:0}header{padding:.5em 1em;background:#333;color:#fff}"
            "main{display:flex;gap:.5em;overflow-x:auto;padding:.5em;height:calc(100vh - 5em)}"
            "section{flex:0 0 34em;display:flex;flex-direction:column;border:1px solid #ccc;border-radius:4px}"
            "h2{font-size:1em;margin:0;padding:.3em .6em;background:#eee}"
            "pre{margin:0;padding:.4em .6em;overflow:auto;flex:1;font-size:12px}</style></head><body>\n"
            "<header><b>minijs explain</b> %s &mdash; %s: every stage from source to machine code, "
            "one column each (scroll sideways)</header>\n<main>\n%s</main>\n</body></html>\n"
            % (html.escape(_title(code)), html.escape(_title(code)), html.escape(path), cols))
