"""The baseline tier (V8's Sparkplug analogue): bytecode -> Python source.

A CodeObject that runs often is translated, without optimisation, into
Python functions.  Registers and operand-stack slots become Python
locals (`r3`, `s1`: the verifier knows every instruction's stack depth,
so slot numbers are static), the common cases of the hot opcodes are
inlined (small-integer arithmetic, inline-cache hits, JS-to-JS calls),
and only join points dispatch: `while True: if pc == X:` over the basic
blocks that are jump targets (or resume points).  Opcodes without a
template fall back to their interpreter handler (ops.py) on a spilled
frame, so the translation covers every opcode.

Two entry points, generated from the same templates (`_Translator.direct`):

* **direct** `code.direct(fn, this, room, r0, r1, ...)`: a [[Call]] with
  the arguments as Python arguments, returning the call's value.  Its
  activation is a Python frame, as Sparkplug frames are machine frames:
  no Frame object is built unless a slow path needs one (`frame`, made
  on first use by `detached_frame`).  JS-to-JS calls between direct code
  are plain Python calls; `room` is how many more JS frames the stack
  limit admits (`RangeError: Maximum call stack size exceeded` at 0).
  The locals `fn`, `this`, `ip` (offset of the running instruction + 1)
  and `frame` are what the stack walker (stackwalk.py) reads.  Only
  functions whose frame identity does not matter get one (`direct_ok`:
  no arguments object, eval, with, generators, class constructors).
* **frame** `code.baseline(frame)`: runs an interpreter Frame from any
  block leader (function entry, resume after a call, a handler, a loop
  header: the generic loop switches to it at a back edge, on-stack
  replacement between interpreter tiers).  It keeps the trampoline's
  protocol: a call of a function without direct code spills the locals,
  sets `frame.pc` to the resume point and returns the callee's new frame
  to the trampoline (loop.py); `run` returns None when the frame has
  finished (`frame.completion`).

Every path that can throw records the position first (`frame.pc` or
`ip` = the instruction after the throwing one), so handlers and stack
traces see the exact instruction.  Handlers of the same function are
found inside the generated function (locals stay valid); otherwise the
exception propagates to the caller.
"""

import math

from minijs.bytecode import opcodes as O
from minijs.bytecode.code import CodeFlag
from minijs.interpreter import ops as H
from minijs.interpreter import direct_calls as D
from minijs.interpreter import feedback as FB
from minijs.interpreter.frame import THE_HOLE
from minijs.interpreter.function import JSFunction
from minijs.jit.options import NOT_HANDLED as _NOT_HANDLED
from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, to_boolean, type_of

__all__ = ["compile_baseline", "compile_direct", "direct_ok", "translate"]

_FLAGS = O.FLAGS
_JUMP = int(O.OpFlag.JUMP)
_COND = int(O.OpFlag.CONDITIONAL)
_TERM = int(O.OpFlag.TERMINATOR)
MAX_SAFE = 2 ** 53


def _lt(a, b):
    return ops.less_than(a, b) is True


def _gt(a, b):
    return ops.less_than(b, a, False) is True


def _le(a, b):
    return ops.less_than(b, a, False) is False


def _ge(a, b):
    return ops.less_than(a, b) is False


def _convert(e):
    """A Python exception raised in baseline code, as a JSThrow."""
    if isinstance(e, (H.HostExit,)):
        raise e
    return H.internal_error(e)


def _call_other(frame, pc, callee, this, args):
    if not getattr(callee, "callable", False):
        raise H.not_callable(frame, pc, callee)
    frame.native = callee
    frame.native_this = this
    result = callee.call(this, args)
    frame.native = None
    return result


# The globals of every generated function (per-code values are arguments
# of its `make`, so they become closure cells).
def _hot_call(fn, this, room, args):
    from minijs.jit.tiering import hot_call
    return hot_call(fn, this, room, args)


def _hot_loop(fn, context, pc, regs, room, this):
    from minijs.jit.tiering import hot_loop
    return hot_loop(fn, context, pc, regs, room, this)


_GLOBALS = {
    "UNDEFINED": UNDEFINED, "NULL": NULL, "THE_HOLE": THE_HOLE, "JSThrow": JSThrow,
    "JSFunction": JSFunction, "JSObject": JSObject, "to_boolean": to_boolean,
    "type_of": type_of, "MAX_SAFE": MAX_SAFE, "ops": ops, "H": H,
    "get_named": H.get_named, "set_named": H.set_named, "get_keyed": H.get_keyed,
    "set_keyed": H.set_keyed, "load_global": H.load_global, "store_global": H.store_global,
    "construct_frame": H.construct_frame, "construct_other": H.construct_other,
    "make_closure": H.make_closure, "attach_position": H.attach_position,
    "RETURNED": H.RETURNED, "HANDLERS": H.HANDLERS, "convert": _convert,
    "call_other": _call_other, "strict_eq": ops.strict_equals, "lt": _lt, "gt": _gt, "le": _le,
    "ge": _ge, "FAST_ELEMENT_TYPES": H.FAST_ELEMENT_TYPES,
    "call_js": D.call_js, "call_native": D.call_native, "construct_js": D.construct_js,
    "construct_direct": D.construct_direct,
    "detached_frame": D.detached_frame, "run_nested": D.run_nested,
    "stack_overflow": D.stack_overflow, "to_object": ops.to_object,
    "STACK_ROOM": D.stack_room, "HOT_CALL": _hot_call, "HOT_LOOP": _hot_loop,
    "NOT_HANDLED": _NOT_HANDLED, "record_operands": FB.record_operands,
}

_BINARY_SLOW = {
    O.ADD: "ops.add", O.SUB: "ops.sub", O.MUL: "ops.mul", O.DIV: "ops.div", O.MOD: "ops.mod",
    O.EXP: "ops.exp", O.SHL: "ops.shl", O.SAR: "ops.sar", O.SHR: "ops.shr",
    O.BITAND: "ops.bitand", O.BITOR: "ops.bitor", O.BITXOR: "ops.bitxor",
}
_INT_BINARY = {O.ADD: "+", O.SUB: "-"}
_INT_BITWISE = {O.BITAND: "&", O.BITOR: "|", O.BITXOR: "^"}
_COMPARE = {O.LT: ("<", "lt"), O.GT: (">", "gt"), O.LE: ("<=", "le"), O.GE: (">=", "ge")}

# Code whose activation must be a real Frame (its identity or layout is
# observable): these never get a direct entry.
_FRAME_FLAGS = (CodeFlag.GENERATOR | CodeFlag.ASYNC | CodeFlag.CLASS_CONSTRUCTOR
                | CodeFlag.DERIVED | CodeFlag.SCRIPT | CodeFlag.MODULE | CodeFlag.EVAL
                | CodeFlag.NEEDS_ARGUMENTS)
_FRAME_OPS = frozenset(getattr(O, name) for name in (
    "CALL_EVAL", "LOAD_LOOKUP", "LOAD_LOOKUP_TYPEOF", "LOAD_LOOKUP_CALLEE", "STORE_LOOKUP",
    "DELETE_LOOKUP", "RESOLVE_LOOKUP", "LOAD_RESOLVED", "STORE_RESOLVED", "PUSH_WITH_CONTEXT", "CREATE_MAPPED_ARGUMENTS",
    "CREATE_UNMAPPED_ARGUMENTS", "CREATE_REST", "GENERATOR_START", "YIELD",
    "GENERATOR_RESUME", "AWAIT", "SUPER_CALL", "SUPER_CALL_SPREAD",
    "CHECK_THIS_INITIALIZED", "CHECK_SUPER_NOT_CALLED", "DYNAMIC_IMPORT",
    "LOAD_IMPORT_META"))


def direct_ok(code):
    """Can `code` run as a direct (frameless) [[Call]] entry?"""
    return (not code.flags & _FRAME_FLAGS and not code.reads_arguments
            and code.stack_depths is not None
            and not any(op in _FRAME_OPS for op in code.ops))


def _install(code, direct):
    source, env = translate(code, direct)
    namespace = dict(_GLOBALS)
    kind = "direct" if direct else "baseline"
    exec(compile(source, "<%s %s>" % (kind, code.name or "anonymous"), "exec"), namespace)
    fn = namespace["make"](**env)
    if direct:
        D.register_direct_code(fn.__code__)
        code.direct_construct = not code.flags & (CodeFlag.ARROW | CodeFlag.METHOD) \
            and O.LOAD_NEW_TARGET not in code.ops
        code.direct = fn
        code.direct_source = source
    else:
        code.baseline = fn
        code.baseline_source = source
    return fn


def compile_baseline(code):
    """Translate `code` and install its frame entry (code.baseline)."""
    return _install(code, False)


def compile_direct(code):
    """Translate `code` and install its direct entry (code.direct)."""
    return _install(code, True)


class _Writer:
    def __init__(self):
        self.lines = []
        self.indent = 0

    def __call__(self, line):
        self.lines.append("    " * self.indent + line)


def _leaders(code, resumes):
    ops_, args = code.ops, code.args
    depths = code.stack_depths
    leaders = {0}
    for h in code.handlers:
        leaders.add(h.handler)
    for pc, op in enumerate(ops_):
        if depths[pc] is None:
            continue
        flags = _FLAGS[op]
        if flags & _JUMP:
            leaders.add(O.OPCODES[op].jump_target(args[pc]))
        if (flags & (_JUMP | _TERM) and not flags & _COND) or op not in _TEMPLATES \
                or (resumes and op in _RESUMES):
            leaders.add(pc + 1)
    return {p for p in leaders if p < len(ops_) and depths[p] is not None}


def translate(code, direct=False):
    """Python source for `code`'s baseline function, and the values its
    `make` takes."""
    t = _Translator(code, direct)
    return t.run(), t.env


class _Translator:
    def __init__(self, code, direct):
        self.code = code
        self.direct = direct
        self.env = {"code": code, "consts": code.constants, "names": code.names,
                    "children": code.children}
        self.w = _Writer()
        self.nregs = code.register_count
        self.max_stack = max([d for d in code.stack_depths if d is not None] + [0]) + 2
        # what slow paths pass as the "site" (anything with .code and .realm)
        self.site = "fn" if direct else "frame"

    # -- helpers ---------------------------------------------------------------

    def const(self, index):
        v = self.code.constants[index]
        t = type(v)
        if t is int or t is str or (t is float and math.isfinite(v) and v != 0):
            return repr(v)
        name = "K%d" % index
        self.env[name] = v
        return name

    def feedback_bits(self, pc):
        """The operand types recorded at the operator at `pc` (0: none)."""
        index = self.code.feedback[pc]
        f = self.code.feedback_vector[index] if index >= 0 else None
        return f if type(f) is int else 0

    def record_operands(self, pc, a, b):
        """A statement recording the operand types at `pc` (slow paths)."""
        index = self.code.feedback[pc]
        if index < 0:
            return "pass"
        return "record_operands(fbv, %d, %s, %s)" % (index, a, b)

    def value(self, name, v):
        """A per-code constant the generated code refers to by `name`."""
        self.env[name] = v
        return name

    def name(self, index):
        return repr(self.code.names[index])

    def set_pc(self, pc, w=None):
        """Record the running instruction (for handlers and stack traces)."""
        (w or self.w)(("ip = %d" if self.direct else "frame.pc = %d") % (pc + 1))

    def pos(self, pc):
        return ("ip = %d" if self.direct else "frame.pc = %d") % (pc + 1)

    def need_frame(self):
        """Direct code: make the activation's Frame on first use."""
        if self.direct:
            self.w("frame = frame or detached_frame(fn, ctx, this, room)")

    def spill(self, depth):
        """Code storing the locals into the frame (depth stack slots)."""
        w = self.w
        if self.nregs:
            w("frame.regs = [%s]" % ", ".join("r%d" % i for i in range(self.nregs)))
        w("frame.stack = [%s]" % ", ".join("s%d" % i for i in range(depth)))

    def reload(self, depth):
        w = self.w
        if self.nregs:
            w("%s, = frame.regs" % ", ".join("r%d" % i for i in range(self.nregs)))
        if depth:
            w("%s, = frame.stack" % ", ".join("s%d" % i for i in range(depth)))
        if self.direct:
            w("ctx = frame.context")

    # -- the function ------------------------------------------------------------

    def run(self):
        w = self.w
        w("def make(%s):" % ", ".join(sorted(self.env)))
        w.indent += 1
        w("fbv = code.feedback_vector")
        w("feedback = code.feedback")
        if self.direct:
            self.direct_prologue()
        else:
            self.frame_prologue()
        w("while True:")
        w.indent += 1
        w("try:")
        w.indent += 1
        w("while True:")
        w.indent += 1
        self.blocks()
        w.indent -= 2
        w("except Exception as e:")
        w.indent += 1
        self.handlers()
        w.indent -= 3
        w("return run")
        # `make`'s parameters: the per-code values the templates asked for
        w.lines[0] = "def make(%s):" % ", ".join(sorted(self.env))
        return "\n".join(w.lines) + "\n"

    def frame_prologue(self):
        w = self.w
        w("def run(frame):")
        w.indent += 1
        w("G = frame.realm.global_object; LEX = frame.realm.global_lexicals")
        w("this = frame.this")
        w("stack = frame.stack")
        w("n = len(stack)")
        if self.nregs:
            w("%s, = frame.regs" % ", ".join("r%d" % i for i in range(self.nregs)))
        for d in range(1, self.max_stack):
            w("%s n == %d:" % ("if" if d == 1 else "elif", d))
            w("    %s, = stack" % ", ".join("s%d" % i for i in range(d)))
        w("pc = frame.pc")

    def direct_prologue(self):
        code, w = self.code, self.w
        n = code.param_count
        params = "".join(", r%d=UNDEFINED" % i for i in range(n))
        w("def run(fn, this, room%s, *_):" % params)
        w.indent += 1
        w("if room < 0:")
        w("    raise stack_overflow()")
        w("code.invocation_count += 1")     # hotness, for the optimizing tier
        w("if code.invocation_count >= code.opt_at:")
        w("    v = HOT_CALL(fn, this, room, (%s))" % "".join("r%d, " % i for i in range(n)))
        w("    if v is not NOT_HANDLED:")
        w("        return v")
        w("ctx = fn.context")
        w("frame = None")
        w("ip = 0")
        if self.nregs > n:
            w("%s = UNDEFINED" % " = ".join("r%d" % i for i in range(n, self.nregs)))
        uses = set(code.ops)
        if O.LOAD_GLOBAL in uses or O.LOAD_GLOBAL_TYPEOF in uses or O.STORE_GLOBAL in uses:
            w("G = fn.realm.global_object; LEX = fn.realm.global_lexicals")
        if code.flags & CodeFlag.ARROW:
            w("this = fn.lexical_this")
        elif not code.flags & CodeFlag.STRICT and not uses <= _THIS_FREE:
            w("if this is UNDEFINED or this is NULL:")
            w("    this = fn.realm.global_object")
            w("elif not isinstance(this, JSObject):")
            w("    this = to_object(this)")
        w("pc = 0")

    def blocks(self):
        code, w = self.code, self.w
        leaders = sorted(_leaders(code, not self.direct))
        self.leaders = set(leaders)
        # loop headers (targets of back edges) first: they are tested most
        back = {O.OPCODES[op].jump_target(a) for op, a in zip(code.ops, code.args)
                if op == O.JUMP_LOOP}
        self.loop_headers = back
        self.inline_depth = 0
        # (innermost loops, which come later in the code, before outer ones)
        order = sorted(back & set(leaders), reverse=True) + [p for p in leaders if p not in back]
        first = True
        for start in order:
            w("%s pc == %d:" % ("if" if first else "elif", start))
            first = False
            w.indent += 1
            self.block(start)
            w.indent -= 1
        w("else:")
        w("    raise AssertionError('baseline: no block at %d' % pc)")

    def handlers(self):
        code, w = self.code, self.w
        w("exc = e if type(e) is JSThrow else convert(e)")
        if self.direct:
            w("fp = ip - 1")
            w("attach_position(exc, fn, fp)")
        else:
            w("fp = frame.pc - 1")
            w("attach_position(exc, frame, fp)")
        if code.handlers:       # a built-in that threw is no longer running
            w("if frame is not None: frame.native = None")
        first = True
        for h in code.handlers:
            w("%s %d <= fp < %d:" % ("if" if first else "elif", h.start, h.end))
            first = False
            w("    s%d = exc.value" % h.depth)
            w("    pc = %d" % h.handler)
        if code.handlers:
            w("else:")
            w("    raise exc")
        else:
            w("raise exc")

    def block(self, start):
        code = self.code
        depths = code.stack_depths
        ops_, args = code.ops, code.args
        pc = start
        n = len(ops_)
        self.known = {}
        while pc < n:
            if pc != start and pc in self.leaders:
                self.goto(pc)
                return
            op = ops_[pc]
            d = depths[pc]
            nxt = pc + 1
            fused = _FUSED_BRANCH.get(op)
            if fused is not None and nxt < n and ops_[nxt] in _BRANCHES \
                    and nxt not in self.leaders:
                # superinstruction: compare and branch without a boolean
                fused(self, pc, op, d, ops_[nxt] == O.JUMP_IF_TRUE, args[nxt])
                pc += 2
                continue
            if self.instruction(pc, op, args[pc], d):
                return
            pc += 1
        self.w("raise AssertionError('fell off the code')")

    def goto(self, target):
        """Continue at block `target`: a copy of it when it is small and
        not a loop header (tail duplication saves a dispatch round trip
        for if/else joins and short branches), else dispatch."""
        if self.inline_depth < _MAX_INLINE_DEPTH and target not in self.loop_headers \
                and self.block_size(target) <= _MAX_INLINE_BLOCK:
            saved = self.known
            self.inline_depth += 1
            self.block(target)
            self.inline_depth -= 1
            self.known = saved
            return
        self.w("pc = %d" % target)
        self.w("continue")

    def block_size(self, start):
        """Instructions in the block at `start` (until the next leader)."""
        n = len(self.code.ops)
        pc = start + 1
        while pc < n and pc not in self.leaders:
            pc += 1
        return pc - start

    # -- instructions -------------------------------------------------------------

    def instruction(self, pc, op, arg, d):
        """Emit one instruction; True when control never falls through."""
        tmpl = _TEMPLATES.get(op)
        if tmpl is None:
            self.known = {}
            return self.fallback(pc, op, arg, d)
        pops, pushes = O.OPCODES[op].stack_effect(arg)
        known = self.known
        source = known.get(d - 1) if op == O.DUP else None
        ended = tmpl(self, pc, arg, d)
        for slot in range(d - pops, d - pops + max(pushes, 1)):
            known.pop(slot, None)
        if op == O.LOAD_SMI:
            known[d] = (str(arg), int)
        elif op == O.LOAD_CONST and type(self.code.constants[arg]) in (int, float):
            known[d] = (self.const(arg), type(self.code.constants[arg]))
        elif source is not None:
            known[d] = source
        return ended

    def operand(self, slot):
        """(text, known type) of stack slot `slot`: a number constant
        loaded in this block is used as a literal of type int or float;
        anything else is (slot name, None)."""
        lit = self.known.get(slot)
        if lit is not None:
            return lit
        return "s%d" % slot, None

    def fallback(self, pc, op, arg, d):
        """Any opcode: spill, run the interpreter's handler, reload."""
        w = self.w
        info = O.OPCODES[op]
        pops, pushes = info.stack_effect(arg)
        after = d - pops + pushes
        self.need_frame()
        self.spill(d)
        if self.direct:
            self.set_pc(pc)
        w("frame.pc = %d" % (pc + 1))
        argname = "A%d" % pc
        self.env[argname] = arg
        w("nxt = HANDLERS[%d](frame, %s)" % (op, argname))
        w("if nxt is not None:")
        if self.direct:
            # a handler that set up a call (spread, ...): run it nested
            w("    if nxt is RETURNED:")
            w("        return frame.completion")
            w("    frame.stack.append(run_nested(nxt))")
        else:
            w("    return None if nxt is RETURNED else nxt")
        if _FLAGS[op] & _TERM:
            w("raise AssertionError('terminator fell through')")
            return True
        self.reload(after)
        w("pc = frame.pc")
        w("continue")
        return True


def _t_load_reg(t, pc, arg, d):
    t.w("s%d = r%d" % (d, arg))


def _t_store_reg(t, pc, arg, d):
    t.w("r%d = s%d" % (arg, d - 1))


def _t_load_const(t, pc, arg, d):
    t.w("s%d = %s" % (d, t.const(arg)))


def _t_load_smi(t, pc, arg, d):
    t.w("s%d = %d" % (d, arg))


def _t_value(text):
    def tmpl(t, pc, arg, d):
        t.w("s%d = %s" % (d, text))
    return tmpl


def _t_pop(t, pc, arg, d):
    pass


def _t_dup(t, pc, arg, d):
    t.w("s%d = s%d" % (d, d - 1))


def _t_dup2(t, pc, arg, d):
    t.w("s%d, s%d = s%d, s%d" % (d, d + 1, d - 2, d - 1))


def _t_swap(t, pc, arg, d):
    t.w("s%d, s%d = s%d, s%d" % (d - 2, d - 1, d - 1, d - 2))


def _perm(src_order):
    """Stack permutations: src_order lists, for each result slot from the
    bottom of the affected window, which old slot it takes."""
    def tmpl(t, pc, arg, d):
        k = len(src_order)
        width = max(src_order) + 1
        base = d - width
        t.w("%s = %s" % (", ".join("s%d" % (base + i) for i in range(k)),
                         ", ".join("s%d" % (base + j) for j in src_order)))
    return tmpl


def _type_test(kinds, *operands):
    """The test that every operand's type is one of `kinds` (int, float);
    operands of a known type need none, None when one cannot pass."""
    tests = []
    for text, known in operands:
        if known is None:
            tests.append(" or ".join("type(%s) is %s" % (text, k.__name__) for k in kinds))
        elif known not in kinds:
            return None
    if not tests:
        return "True"
    return " and ".join(t if len(kinds) == 1 or len(tests) == 1 else "(%s)" % t for t in tests)


def _number_paths(t, pc, a_op, b_op, int_body, float_body, slow):
    """Emit the int path, the float path (and, when there are both, the
    mixed int/float path: Python's int-float arithmetic converts the int
    exactly, as ToNumber does), then the slow path `slow`.  Only the paths
    for the types the site's feedback has seen are emitted (all of them
    when it has none yet); the slow path records what it sees, so types
    the fast paths were not built for still reach the feedback.  The
    float path goes first when an operand is a known float."""
    w = t.w
    bits = t.feedback_bits(pc)
    if bits:
        if not bits & FB.SMALL_INT:
            int_body = None
        if not bits & FB.NUMBER:
            float_body = None
    paths = [(_type_test((int,), a_op, b_op), int_body),
             (_type_test((float,), a_op, b_op), float_body)]
    if a_op[1] is float or b_op[1] is float:
        paths.reverse()
    if float_body is not None and int_body is not None:
        paths.append((_type_test((int, float), a_op, b_op), float_body))
    first = True
    for test, body in paths:
        if test is None or body is None:
            continue
        w("%s %s:" % ("if" if first else "elif", test))
        first = False
        for line in body:
            w("    " + line)
    w("else:" if not first else "if True:")
    w("    " + t.pos(pc))
    w("    " + t.record_operands(pc, a_op[0], b_op[0]))
    w("    " + slow)


def _t_binary(t, pc, op, d):
    dst = "s%d" % (d - 2)
    a_op, b_op = t.operand(d - 2), t.operand(d - 1)
    a, b = a_op[0], b_op[0]
    slow = "%s = %s(%s, %s)" % (dst, _BINARY_SLOW[op], a, b)
    if op in _INT_BINARY:
        sym = _INT_BINARY[op]
        int_body = ["%s = %s %s %s" % (dst, a, sym, b),
                    "if not -MAX_SAFE <= %s <= MAX_SAFE: %s = float(%s)" % (dst, dst, dst)]
        float_body = ["%s = %s %s %s" % (dst, a, sym, b)]
        _number_paths(t, pc, a_op, b_op, int_body, float_body, slow)
    elif op == O.MUL:
        int_body = ["v = %s * %s" % (a, b),
                    "if not v and (%s < 0 or %s < 0): v = -0.0" % (a, b),
                    "elif not -MAX_SAFE <= v <= MAX_SAFE: v = float(v)",
                    "%s = v" % dst]
        _number_paths(t, pc, a_op, b_op, int_body, ["%s = %s * %s" % (dst, a, b)], slow)
    elif op == O.MOD:          # int % positive int with a non-negative dividend
        cond = "%s >= 0" % a if b_op[1] is int and int(b) > 0 else "%s >= 0 and %s > 0" % (a, b)
        int_body = ["if %s:" % cond, "    %s = %s %% %s" % (dst, a, b),
                    "else:", "    " + t.pos(pc), "    " + slow]
        _number_paths(t, pc, a_op, b_op, int_body, None, slow)
    elif op == O.DIV:          # exact quotients stay ints; a zero divisor is the slow path's
        int_body = ["if %s > 0:" % b,
                    "    %s = %s // %s if not %s %% %s else %s / %s" % (dst, a, b, a, b, a, b),
                    "else:", "    " + t.pos(pc), "    " + slow]
        float_body = ["if %s:" % b, "    %s = %s / %s" % (dst, a, b),
                      "else:", "    " + t.pos(pc), "    " + slow]
        _number_paths(t, pc, a_op, b_op, int_body, float_body, slow)
    elif op in _INT_BITWISE:
        in_range = " and ".join("-2147483648 <= %s <= 2147483647" % text
                                for text, known in (a_op, b_op)
                                if known is not int or not -2 ** 31 <= int(text) < 2 ** 31)
        int_body = ["if %s:" % (in_range or "True"),
                    "    %s = %s %s %s" % (dst, a, _INT_BITWISE[op], b),
                    "else:", "    " + t.pos(pc), "    " + slow]
        _number_paths(t, pc, a_op, b_op, int_body, None, slow)
    else:
        _number_paths(t, pc, a_op, b_op, None, None, slow)


def _binary(op):
    return lambda t, pc, arg, d: _t_binary(t, pc, op, d)


def _number_test(t, a_op, b_op):
    """Both operands numbers (int and float compare exactly in Python, as
    the mathematical values JS compares; NaN is unordered in both)."""
    return _type_test((int, float), a_op, b_op) or "False"


def _emit_compare(t, pc, op, d, dst, negate=False):
    """`dst = [not] (a < b)` (or >, <=, >=) for the two top slots: the
    number path inline, the slow path recording the operand types."""
    sym, slow = _COMPARE[op]
    a_op, b_op = t.operand(d - 2), t.operand(d - 1)
    a, b = a_op[0], b_op[0]
    neg = "not " if negate else ""
    w = t.w
    w("if %s:" % _number_test(t, a_op, b_op))
    w("    %s = %s%s %s %s" % (dst, neg, a, sym, b))
    w("else:")
    w("    " + t.pos(pc))
    w("    " + t.record_operands(pc, a, b))
    w("    %s = %s%s(%s, %s)" % (dst, neg, slow, a, b))


def _compare(op):
    def tmpl(t, pc, arg, d):
        _emit_compare(t, pc, op, d, "s%d" % (d - 2))
    return tmpl


def _compare_branch(t, pc, op, d, jump_if_true, target):
    """LT/GT/LE/GE followed by JUMP_IF_FALSE/JUMP_IF_TRUE."""
    _emit_compare(t, pc, op, d, "jump", negate=not jump_if_true)
    t.w("if jump:")
    t.w.indent += 1
    t.goto(target)
    t.w.indent -= 1
    for slot in (d - 2, d - 1):
        t.known.pop(slot, None)


def _strict_eq_expr(t, d):
    """IsStrictlyEqual of the two top slots as a Python expression: a
    known number constant compares by value with numbers only; ints and
    strings compare with ==; the rest calls strict_eq."""
    (a, ka), (b, kb) = t.operand(d - 2), t.operand(d - 1)
    if ka is not None or kb is not None:
        x, k = (b, a) if ka is not None else (a, b)
        return "(type(%s) is int or type(%s) is float) and %s == %s" % (x, x, x, k)
    return ("(%s == %s if type(%s) is type(%s) and (type(%s) is int or type(%s) is str) "
            "else strict_eq(%s, %s))" % (a, b, a, b, a, a, a, b))


def _strict_eq(negate):
    def tmpl(t, pc, arg, d):
        expr = _strict_eq_expr(t, d)
        t.w("s%d = %s(%s)" % (d - 2, "not " if negate else "", expr))
    return tmpl


def _strict_eq_branch(t, pc, op, d, jump_if_true, target):
    """STRICT_EQ/STRICT_NE followed by JUMP_IF_FALSE/JUMP_IF_TRUE."""
    jump_when_equal = jump_if_true == (op == O.STRICT_EQ)
    t.w("if %s(%s):" % ("" if jump_when_equal else "not ", _strict_eq_expr(t, d)))
    t.w.indent += 1
    t.goto(target)
    t.w.indent -= 1
    for slot in (d - 2, d - 1):
        t.known.pop(slot, None)


def _t_jump(t, pc, arg, d):
    t.goto(arg)
    return True


def _t_jump_loop(t, pc, arg, d):
    w = t.w
    w("code.back_edges += 1")
    if d == 0 and t.nregs:
        # hot loop: on-stack replacement into native code (jit/tiering.py)
        regs = "(%s,)" % ", ".join("r%d" % i for i in range(t.nregs))
        if t.direct:
            w("if code.back_edges >= code.osr_at:")
            w("    v = HOT_LOOP(fn, ctx, %d, %s, room, this)" % (arg, regs))
            w("    if v is not NOT_HANDLED:")
            w("        return v")
        else:
            w("if code.back_edges >= code.osr_at and frame.func is not None:")
            w("    v = HOT_LOOP(frame.func, frame.context, %d, %s, STACK_ROOM(frame), this)" % (arg, regs))
            w("    if v is not NOT_HANDLED:")
            w("        if frame.construct and not isinstance(v, JSObject): v = this")
            w("        frame.completion = v")
            w("        return None")
    t.w("pc = %d" % arg)
    t.w("continue")
    return True


def _cond(test):
    def tmpl(t, pc, arg, d):
        v = "s%d" % (d - 1)
        t.w("if %s:" % test.replace("v", v))
        t.w.indent += 1
        t.goto(arg)
        t.w.indent -= 1
    return tmpl


def _t_get_named(t, pc, arg, d, method=False):
    o = "s%d" % (d - 1)
    w = t.w
    slot = t.code.feedback[pc]
    if method:
        w("s%d = %s" % (d, o))
    slow = "%s = get_named(%s, %s, %s, %d)" % (o, t.site, "s%d" % d if method else o,
                                               t.name(arg), pc)
    f = t.code.feedback_vector[slot]
    if type(f) is tuple and not f[4]:
        # quickened: the site's monomorphic feedback as constants
        test, load = _quickened_load(t, pc, o, f)
        w("if %s:" % test)
        w("    %s = %s" % (o, load))
        w("else:")
        w("    " + t.pos(pc))
        w("    " + slow)
        return
    # the monomorphic own / direct-prototype entries inline (inline_cache.py)
    w("f = fbv[%d]" % slot)
    w("if f is not None and getattr(%s, 'shape', None) is f[0]:" % o)
    w("    h = f[2]")
    w("    if h is None:")
    w("        %s = %s.slots[f[1]]" % (o, o))
    w("    elif %s.proto is h and h.shape is f[3]:" % o)
    w("        %s = h.slots[f[1]]" % o)
    w("    else:")
    w("        " + t.pos(pc))
    w("        " + slow)
    w("else:")
    w("    " + t.pos(pc))
    w("    " + slow)


def _quickened_load(t, pc, o, entry):
    """(test, value) expressions for a load site with monomorphic
    feedback `entry` (own, or on the receiver's prototype)."""
    shape, slot, holder, holder_shape, _, cls = entry
    sh, cl = t.value("S%d" % pc, shape), t.value("C%d" % pc, cls)
    test = "type(%s) is %s and %s.shape is %s" % (o, cl, o, sh)
    if holder is None:
        return test, "%s.slots[%d]" % (o, slot)
    h, hs = t.value("H%d" % pc, holder), t.value("HS%d" % pc, holder_shape)
    return ("%s and %s.proto is %s and %s.shape is %s" % (test, o, h, h, hs),
            "%s.slots[%d]" % (h, slot))


def _t_get_method(t, pc, arg, d):
    _t_get_named(t, pc, arg, d, method=True)


def _t_set_named(t, pc, arg, d):
    o, v = "s%d" % (d - 2), "s%d" % (d - 1)
    w = t.w
    slot = t.code.feedback[pc]
    f = t.code.feedback_vector[slot]
    if type(f) is tuple and f[2] is None:
        # quickened: an own data store with the feedback's shape and slot
        w("if type(%s) is JSObject and %s.shape is %s:" % (o, o, t.value("S%d" % pc, f[0])))
        w("    %s.slots[%d] = %s" % (o, f[1], v))
    else:
        w("f = fbv[%d]" % slot)
        w("if f is not None and type(%s) is JSObject and %s.shape is f[0] and f[2] is None:"
          % (o, o))
        w("    %s.slots[f[1]] = %s" % (o, v))
    w("else:")
    w("    " + t.pos(pc))
    w("    set_named(%s, %s, %s, %s, %d)" % (t.site, o, t.name(arg), v, pc))


def _t_get_keyed(t, pc, arg, d):
    o, k = "s%d" % (d - 2), "s%d" % (d - 1)
    w = t.w
    w("v = None")
    w("if type(%s) is int and %s >= 0 and type(%s) in FAST_ELEMENT_TYPES:" % (k, k, o))
    w("    v = %s.get_index_fast(%s)" % (o, k))
    w("if v is None:")
    w("    " + t.pos(pc))
    w("    v = get_keyed(%s, %s, %s)" % (t.site, o, k))
    w("%s = v" % o)


def _t_set_keyed(t, pc, arg, d):
    o, k, v = "s%d" % (d - 3), "s%d" % (d - 2), "s%d" % (d - 1)
    w = t.w
    w("if not (type(%s) is int and %s >= 0 and type(%s) in FAST_ELEMENT_TYPES and %s.set_index_fast(%s, %s)):"
      % (k, k, o, o, k, v))
    w("    " + t.pos(pc))
    w("    set_keyed(%s, %s, %s, %s)" % (t.site, o, k, v))


def _t_load_global(t, pc, arg, d):
    w = t.w
    s = "s%d" % d
    w("%s = G.get_fast(%s)" % (s, t.name(arg)))
    w("if %s is None or %s in LEX:" % (s, t.name(arg)))     # a global let shadows the property
    w("    " + t.pos(pc))
    w("    %s = load_global(%s, %s)" % (s, t.site, t.name(arg)))


def _t_store_global(t, pc, arg, d):
    t.set_pc(pc)
    t.w("store_global(%s, %s, s%d)" % (t.site, t.name(arg), d - 1))


def _module_cells(t):
    """A module's cell list (interpreter/module_records.py): one list
    object for the module's lifetime, so generated code may hold it."""
    from minijs.interpreter.modules import tdz_error
    t.value("module_tdz", lambda index, code=t.code: tdz_error(code, index))
    return t.value("MCELLS", t.code.module.cells)


def _t_load_module_var(t, pc, arg, d):
    t.w("s%d = %s[%d].value" % (d, _module_cells(t), arg))
    t.w("if s%d is THE_HOLE:" % d)
    t.w("    " + t.pos(pc))
    t.w("    raise module_tdz(%d)" % arg)


def _t_store_module_var(t, pc, arg, d):
    t.w("%s[%d].value = s%d" % (_module_cells(t), arg, d - 1))


def _context(t, depth):
    t.w("c = %s%s" % ("ctx" if t.direct else "frame.context", ".parent" * depth))


def _t_load_context(t, pc, arg, d):
    _context(t, arg[0])
    t.w("s%d = c.slots[%d]" % (d, arg[1]))


def _t_store_context(t, pc, arg, d):
    _context(t, arg[0])
    t.w("c.slots[%d] = s%d" % (arg[1], d - 1))


def _t_call(t, pc, argc, d, with_this=True):
    w = t.w
    base = d - argc - (2 if with_this else 1)
    callee = "s%d" % base
    this = "s%d" % (base + 1) if with_this else "UNDEFINED"
    first = base + (2 if with_this else 1)
    args = "".join(", s%d" % i for i in range(first, d))
    argv = "[%s]" % ", ".join("s%d" % i for i in range(first, d))
    t.set_pc(pc)
    w("if type(%s) is JSFunction:" % callee)
    w("    entry = %s.code.direct" % callee)
    w("    if entry is not None:")
    w("        %s = entry(%s, %s, %s - 1%s)"
      % (callee, callee, this, "room" if t.direct else "STACK_ROOM(frame)", args))
    if t.direct:
        w("    else:")
        w("        %s = call_js(%s, %s, %s, room)" % (callee, callee, this, argv))
        w("else:")
        w("    %s = call_native(fn, %d, %s, %s, %s)" % (callee, pc, callee, this, argv))
        return False
    # frame entry: other JS functions run on the trampoline (no recursion)
    w("    elif %s.kind != 'class':" % callee)
    w.indent += 2
    t.spill(base)
    w("return H.new_frame(%s, %s, %s, frame, None, True)" % (callee, this, argv))
    w.indent -= 2
    w("    else:")
    w("        %s = call_other(frame, %d, %s, %s, %s)" % (callee, pc, callee, this, argv))
    w("else:")
    w("    %s = call_other(frame, %d, %s, %s, %s)" % (callee, pc, callee, this, argv))
    w("pc = %d" % (pc + 1))
    w("continue")
    return True


def _t_call_undefined(t, pc, argc, d):
    return _t_call(t, pc, argc, d, with_this=False)


def _t_construct(t, pc, argc, d):
    w = t.w
    base = d - argc - 1
    callee = "s%d" % base
    argv = "[%s]" % ", ".join("s%d" % i for i in range(base + 1, d))
    t.set_pc(pc)
    w("if type(%s) is JSFunction and %s.code.direct_construct and %s.constructible:"
      % (callee, callee, callee))
    w("    %s = construct_direct(%s, %s, %s - 1)"
      % (callee, callee, argv, "room" if t.direct else "STACK_ROOM(frame)"))
    w("else:")
    w.indent += 1
    if t.direct:
        t.need_frame()
        w("frame.pc = %d" % (pc + 1))
        w("%s = construct_js(frame, %d, %s, %s)" % (callee, pc, callee, argv))
        w.indent -= 1
        return False
    w("if type(%s) is JSFunction:" % callee)
    w.indent += 1
    t.spill(base)
    w("return construct_frame(%s, %s, %s, frame)" % (callee, argv, callee))
    w.indent -= 1
    w("%s = construct_other(frame, %d, %s, %s)" % (callee, pc, callee, argv))
    w.indent -= 1
    w("pc = %d" % (pc + 1))
    w("continue")
    return True


def _t_return(t, pc, arg, d):
    w = t.w
    v = "s%d" % (d - 1)
    if t.direct:
        w("return %s" % v)
        return True
    w("if frame.construct and not isinstance(%s, JSObject): %s = this" % (v, v))
    w("frame.completion = %s" % v)
    w("return None")
    return True


def _t_return_undefined(t, pc, arg, d):
    if t.direct:
        t.w("return UNDEFINED")
        return True
    t.w("frame.completion = this if frame.construct else UNDEFINED")
    t.w("return None")
    return True


def _t_inc(t, pc, arg, d, delta=1):
    s = "s%d" % (d - 1)
    w = t.w
    w("if type(%s) is int and -MAX_SAFE < %s < MAX_SAFE:" % (s, s))
    w("    %s = %s %s 1" % (s, s, "+" if delta > 0 else "-"))
    w("else:")
    w("    " + t.pos(pc))
    w("    %s = ops.%s(%s)" % (s, "increment" if delta > 0 else "decrement", s))


def _t_dec(t, pc, arg, d):
    _t_inc(t, pc, arg, d, -1)


def _t_to_numeric(t, pc, arg, d):
    s = "s%d" % (d - 1)
    t.w("if type(%s) is not int and type(%s) is not float:" % (s, s))
    t.w("    " + t.pos(pc))
    t.w("    %s = ops.to_numeric(%s)" % (s, s))


def _unary(expr, may_throw=True):
    def tmpl(t, pc, arg, d):
        s = "s%d" % (d - 1)
        if may_throw:
            t.set_pc(pc)
        t.w("%s = %s" % (s, expr.replace("v", s)))
    return tmpl


def _t_to_property_key(t, pc, element, d):
    s = "s%d" % (d - 1)
    t.w("if type(%s) is not str%s:" % (s, " and type(%s) is not int" % s if element else ""))
    t.w("    " + t.pos(pc))
    if element:
        t.w("    H.check_member_base(s%d, %s)" % (d - 2, s))
    t.w("    %s = ops.to_property_key(%s)" % (s, s))


def _t_load_this(t, pc, arg, d):
    t.w("s%d = this" % d)


def _t_create_closure(t, pc, arg, d):
    t.need_frame()
    t.w("s%d = make_closure(frame, children[%d])" % (d, arg))


def _t_loose_eq(negate):
    def tmpl(t, pc, arg, d):
        t.set_pc(pc)
        t.w("s%d = %sops.loose_equals(s%d, s%d)" % (d - 2, "not " if negate else "", d - 2, d - 1))
    return tmpl


_TEMPLATES = {
    O.LOAD_REG: _t_load_reg, O.STORE_REG: _t_store_reg, O.LOAD_CONST: _t_load_const,
    O.LOAD_SMI: _t_load_smi, O.LOAD_UNDEFINED: _t_value("UNDEFINED"),
    O.LOAD_NULL: _t_value("NULL"), O.LOAD_TRUE: _t_value("True"),
    O.LOAD_FALSE: _t_value("False"), O.LOAD_HOLE: _t_value("THE_HOLE"),
    O.POP: _t_pop, O.DUP: _t_dup, O.DUP2: _t_dup2, O.SWAP: _t_swap,
    O.ROT3: _perm([2, 0, 1]), O.ROT4: _perm([3, 0, 1, 2]),
    O.INSERT2: _perm([1, 0, 1]), O.INSERT3: _perm([2, 0, 1, 2]),
    O.INSERT4: _perm([3, 0, 1, 2, 3]),
    O.STRICT_EQ: _strict_eq(False), O.STRICT_NE: _strict_eq(True),
    O.JUMP: _t_jump, O.JUMP_LOOP: _t_jump_loop,
    O.JUMP_IF_FALSE: _cond("v is False or (v is not True and not to_boolean(v))"),
    O.JUMP_IF_TRUE: _cond("v is True or (v is not False and to_boolean(v))"),
    O.JUMP_IF_UNDEFINED: _cond("v is UNDEFINED"),
    O.JUMP_IF_NOT_UNDEFINED: _cond("v is not UNDEFINED"),
    O.JUMP_IF_NULLISH: _cond("v is UNDEFINED or v is NULL"),
    O.JUMP_IF_NOT_NULLISH: _cond("not (v is UNDEFINED or v is NULL)"),
    O.GET_NAMED: _t_get_named, O.GET_METHOD: _t_get_method, O.SET_NAMED: _t_set_named,
    O.GET_KEYED: _t_get_keyed, O.SET_KEYED: _t_set_keyed,
    O.LOAD_GLOBAL: _t_load_global, O.STORE_GLOBAL: _t_store_global,
    O.LOAD_CONTEXT: _t_load_context, O.STORE_CONTEXT: _t_store_context,
    O.LOAD_MODULE_VAR: _t_load_module_var, O.STORE_MODULE_VAR: _t_store_module_var,
    O.CALL: _t_call, O.CALL_UNDEFINED: _t_call_undefined, O.CONSTRUCT: _t_construct,
    O.RETURN: _t_return, O.RETURN_UNDEFINED: _t_return_undefined,
    O.INC: _t_inc, O.DEC: _t_dec, O.TO_NUMERIC: _t_to_numeric,
    O.NOT: _unary("not to_boolean(v)", False), O.TYPEOF: _unary("type_of(v)", False),
    O.NEG: _unary("ops.negate(v)"), O.TO_NUMBER: _unary("ops.to_number(v)"),
    O.TO_STRING: _unary("ops.to_string(v)"), O.BITNOT: _unary("ops.bitnot(v)"),
    O.LOAD_THIS: _t_load_this, O.CREATE_CLOSURE: _t_create_closure,
    O.TO_PROPERTY_KEY: _t_to_property_key,
    O.EQ: _t_loose_eq(False), O.NE: _t_loose_eq(True),
}
for _op in _BINARY_SLOW:
    _TEMPLATES[_op] = _binary(_op)
for _op in _COMPARE:
    _TEMPLATES[_op] = _compare(_op)

_BRANCHES = frozenset((O.JUMP_IF_FALSE, O.JUMP_IF_TRUE))
_MAX_INLINE_DEPTH = 2       # tail duplication: how deep copies may nest
_MAX_INLINE_BLOCK = 16      # instructions
_FUSED_BRANCH = {O.LT: _compare_branch, O.GT: _compare_branch, O.LE: _compare_branch,
                 O.GE: _compare_branch, O.STRICT_EQ: _strict_eq_branch,
                 O.STRICT_NE: _strict_eq_branch}

# Instructions after which the next one is a resume point (calls).
_RESUMES = frozenset((O.CALL, O.CALL_UNDEFINED, O.CONSTRUCT))

# Opcodes that never look at `this` (sloppy direct code skips coercing it).
_THIS_FREE = frozenset(op for op in _TEMPLATES if op not in (O.LOAD_THIS, O.CREATE_CLOSURE))
