"""The baseline tier (V8's Sparkplug analogue): bytecode -> Python source.

A CodeObject that runs often is translated, without optimisation, into
one Python function `run(frame)`.  Registers and operand-stack slots
become Python locals (`r3`, `s1`: the verifier knows every instruction's
stack depth, so slot numbers are static), the common cases of the hot
opcodes are inlined (small-integer arithmetic, inline-cache hits,
JS-to-JS calls), and only join points dispatch: `while True: if pc == X:`
over the basic blocks that are jump targets or resume points.

The frame layout stays the interpreter's (frame.py), which makes the two
tiers interchangeable at block boundaries:

* `run(frame)` loads `frame.regs` / `frame.stack` into locals and starts
  at `frame.pc`, which may be any block leader: function entry, the
  instruction after a call (resume), a handler, a loop header (the
  generic loop switches to baseline code at a back edge: on-stack
  replacement between interpreter tiers).
* A JS-to-JS call spills the locals back into the frame, sets
  `frame.pc` to the resume point and returns the callee's new frame to
  the trampoline (loop.py): no Python recursion.  The callee's return
  value is pushed on `frame.stack` and `run(frame)` is called again.
* `run` returns None when the frame has finished (`frame.completion`).
* Every path that can throw sets `frame.pc` to the instruction after the
  throwing one first, so handlers and stack traces see the exact
  instruction.  Handlers of the same function are found inside `run`
  (locals stay valid); otherwise the exception propagates to the
  trampoline, which unwinds into the caller.

Opcodes without a template fall back to their interpreter handler
(ops.py) with the frame spilled, so the translation covers everything.
"""

import math

from minijs.bytecode import opcodes as O
from minijs.interpreter import ops as H
from minijs.interpreter.frame import THE_HOLE
from minijs.interpreter.function import JSFunction
from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, to_boolean, type_of

__all__ = ["compile_baseline", "translate"]

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


_ENV = {
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
}

_BINARY_SLOW = {
    O.ADD: "ops.add", O.SUB: "ops.sub", O.MUL: "ops.mul", O.DIV: "ops.div", O.MOD: "ops.mod",
    O.EXP: "ops.exp", O.SHL: "ops.shl", O.SAR: "ops.sar", O.SHR: "ops.shr",
    O.BITAND: "ops.bitand", O.BITOR: "ops.bitor", O.BITXOR: "ops.bitxor",
}
_INT_BINARY = {O.ADD: "+", O.SUB: "-"}
_INT_BITWISE = {O.BITAND: "&", O.BITOR: "|", O.BITXOR: "^"}
_COMPARE = {O.LT: ("<", "lt"), O.GT: (">", "gt"), O.LE: ("<=", "le"), O.GE: (">=", "ge")}


def compile_baseline(code):
    """Translate `code` and install its baseline function (code.baseline)."""
    source, env = translate(code)
    namespace = dict(_ENV)
    namespace.update(env)
    exec(compile(source, "<baseline %s>" % (code.name or "anonymous"), "exec"), namespace)
    code.baseline = namespace["make"]()
    code.baseline_source = source
    return code.baseline


class _Writer:
    def __init__(self):
        self.lines = []
        self.indent = 0

    def __call__(self, line):
        self.lines.append("    " * self.indent + line)


def _leaders(code):
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
                or op in _RESUMES:
            leaders.add(pc + 1)
    return {p for p in leaders if p < len(ops_) and depths[p] is not None}


def translate(code):
    """Python source for `code`'s baseline function, and its environment."""
    t = _Translator(code)
    return t.run(), t.env


class _Translator:
    def __init__(self, code):
        self.code = code
        self.env = {"code": code, "consts": code.constants, "names": code.names,
                    "children": code.children}
        self.w = _Writer()
        self.nregs = code.register_count
        self.max_stack = max([d for d in code.stack_depths if d is not None] + [0]) + 2

    # -- helpers ---------------------------------------------------------------

    def const(self, index):
        v = self.code.constants[index]
        t = type(v)
        if t is int or t is str or (t is float and math.isfinite(v) and v != 0):
            return repr(v)
        name = "K%d" % index
        self.env[name] = v
        return name

    def name(self, index):
        return repr(self.code.names[index])

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

    # -- the function ------------------------------------------------------------

    def run(self):
        code = self.code
        w = self.w
        w("def make():")
        w.indent += 1
        w("fbv = code.feedback_vector")
        w("feedback = code.feedback")
        w("def run(frame):")
        w.indent += 1
        w("G = frame.realm.global_object")
        w("this = frame.this")
        w("stack = frame.stack")
        w("n = len(stack)")
        if self.nregs:
            w("%s, = frame.regs" % ", ".join("r%d" % i for i in range(self.nregs)))
        for d in range(1, self.max_stack):
            w("%s n == %d:" % ("if" if d == 1 else "elif", d))
            w("    %s, = stack" % ", ".join("s%d" % i for i in range(d)))
        w("pc = frame.pc")
        w("while True:")
        w.indent += 1
        w("try:")
        w.indent += 1
        w("while True:")
        w.indent += 1
        leaders = sorted(_leaders(code))
        self.leaders = set(leaders)
        # loop headers (targets of back edges) first: they are tested most
        back = {O.OPCODES[op].jump_target(a) for op, a in zip(code.ops, code.args)
                if op == O.JUMP_LOOP}
        order = [p for p in leaders if p in back] + [p for p in leaders if p not in back]
        first = True
        for start in order:
            w("%s pc == %d:" % ("if" if first else "elif", start))
            first = False
            w.indent += 1
            self.block(start)
            w.indent -= 1
        w("else:")
        w("    raise AssertionError('baseline: no block at %d' % pc)")
        w.indent -= 2
        w("except Exception as e:")
        w.indent += 1
        w("exc = e if type(e) is JSThrow else convert(e)")
        w("fp = frame.pc - 1")
        w("attach_position(exc, frame, fp)")
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
        w.indent -= 3
        w("return run")
        return "\n".join(w.lines) + "\n"

    def block(self, start):
        code = self.code
        depths = code.stack_depths
        pc = start
        n = len(code.ops)
        while pc < n:
            if pc != start and pc in self.leaders:
                self.w("pc = %d" % pc)
                self.w("continue")
                return
            op = code.ops[pc]
            d = depths[pc]
            ended = self.instruction(pc, op, code.args[pc], d)
            if ended:
                return
            pc += 1
        self.w("raise AssertionError('fell off the code')")

    # -- instructions -------------------------------------------------------------

    def instruction(self, pc, op, arg, d):
        """Emit one instruction; True when control never falls through."""
        tmpl = _TEMPLATES.get(op)
        if tmpl is None:
            return self.fallback(pc, op, arg, d)
        return tmpl(self, pc, arg, d)

    def fallback(self, pc, op, arg, d):
        """Any opcode: spill, run the interpreter's handler, reload."""
        w = self.w
        info = O.OPCODES[op]
        pops, pushes = info.stack_effect(arg)
        after = d - pops + pushes
        self.spill(d)
        w("frame.pc = %d" % (pc + 1))
        argname = "A%d" % pc
        self.env[argname] = arg
        w("nxt = HANDLERS[%d](frame, %s)" % (op, argname))
        w("if nxt is not None:")
        w("    return None if nxt is RETURNED else nxt")
        if _FLAGS[op] & _TERM:
            w("raise AssertionError('terminator fell through')")
            return True
        self.reload(after)
        w("pc = frame.pc")
        w("continue")
        return True

    def set_pc(self, pc):
        self.w("frame.pc = %d" % (pc + 1))


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


def _t_binary(t, pc, op, d):
    a, b = "s%d" % (d - 2), "s%d" % (d - 1)
    w = t.w
    if op in _INT_BINARY:
        w("if type(%s) is int and type(%s) is int:" % (a, b))
        w("    %s = %s %s %s" % (a, a, _INT_BINARY[op], b))
        w("    if not -MAX_SAFE <= %s <= MAX_SAFE: %s = float(%s)" % (a, a, a))
        w("elif type(%s) is float and type(%s) is float:" % (a, b))
        w("    %s = %s %s %s" % (a, a, _INT_BINARY[op], b))
    elif op == O.MUL:
        w("if type(%s) is float and type(%s) is float:" % (a, b))
        w("    %s = %s * %s" % (a, a, b))
    elif op in _INT_BITWISE:
        w("if type(%s) is int and type(%s) is int and -2147483648 <= %s <= 2147483647 "
          "and -2147483648 <= %s <= 2147483647:" % (a, b, a, b))
        w("    %s = %s %s %s" % (a, a, _INT_BITWISE[op], b))
    else:
        w("if False:")
        w("    pass")
    w("else:")
    w("    frame.pc = %d" % (pc + 1))
    w("    %s = %s(%s, %s)" % (a, _BINARY_SLOW[op], a, b))


def _binary(op):
    return lambda t, pc, arg, d: _t_binary(t, pc, op, d)


def _compare(op):
    sym, slow = _COMPARE[op]

    def tmpl(t, pc, arg, d):
        a, b = "s%d" % (d - 2), "s%d" % (d - 1)
        w = t.w
        w("if type(%s) is int and type(%s) is int or type(%s) is float and type(%s) is float:"
          % (a, b, a, b))
        w("    %s = %s %s %s" % (a, a, sym, b))
        w("else:")
        w("    frame.pc = %d" % (pc + 1))
        w("    %s = %s(%s, %s)" % (a, slow, a, b))
    return tmpl


def _t_strict_eq(t, pc, arg, d):
    t.w("s%d = strict_eq(s%d, s%d)" % (d - 2, d - 2, d - 1))


def _t_strict_ne(t, pc, arg, d):
    t.w("s%d = not strict_eq(s%d, s%d)" % (d - 2, d - 2, d - 1))


def _t_jump(t, pc, arg, d):
    t.w("pc = %d" % arg)
    t.w("continue")
    return True


def _t_jump_loop(t, pc, arg, d):
    t.w("code.back_edges += 1")
    t.w("pc = %d" % arg)
    t.w("continue")
    return True


def _cond(test):
    def tmpl(t, pc, arg, d):
        v = "s%d" % (d - 1)
        t.w("if %s:" % test.replace("v", v))
        t.w("    pc = %d" % arg)
        t.w("    continue")
    return tmpl


def _t_get_named(t, pc, arg, d, method=False):
    o = "s%d" % (d - 1)
    w = t.w
    slot = t.code.feedback[pc]
    w("f = fbv[%d]" % slot)
    if method:
        w("s%d = %s" % (d, o))
    w("if f is not None and getattr(%s, 'shape', None) is f[0]:" % o)
    w("    %s = %s.slots[f[1]]" % (o, o))
    w("else:")
    w("    frame.pc = %d" % (pc + 1))
    w("    %s = get_named(frame, %s, %s, %d)" % (o, "s%d" % d if method else o, t.name(arg), pc))


def _t_get_method(t, pc, arg, d):
    _t_get_named(t, pc, arg, d, method=True)


def _t_set_named(t, pc, arg, d):
    t.set_pc(pc)
    t.w("set_named(frame, s%d, %s, s%d, %d)" % (d - 2, t.name(arg), d - 1, pc))


def _t_get_keyed(t, pc, arg, d):
    o, k = "s%d" % (d - 2), "s%d" % (d - 1)
    w = t.w
    w("v = None")
    w("if type(%s) is int and %s >= 0 and type(%s) in FAST_ELEMENT_TYPES:" % (k, k, o))
    w("    v = %s.get_index_fast(%s)" % (o, k))
    w("if v is None:")
    w("    frame.pc = %d" % (pc + 1))
    w("    v = get_keyed(frame, %s, %s)" % (o, k))
    w("%s = v" % o)


def _t_set_keyed(t, pc, arg, d):
    o, k, v = "s%d" % (d - 3), "s%d" % (d - 2), "s%d" % (d - 1)
    w = t.w
    w("if not (type(%s) is int and %s >= 0 and type(%s) in FAST_ELEMENT_TYPES and %s.set_index_fast(%s, %s)):"
      % (k, k, o, o, k, v))
    w("    frame.pc = %d" % (pc + 1))
    w("    set_keyed(frame, %s, %s, %s)" % (o, k, v))


def _t_load_global(t, pc, arg, d):
    w = t.w
    s = "s%d" % d
    w("%s = G.get_fast(%s)" % (s, t.name(arg)))
    w("if %s is None:" % s)
    w("    frame.pc = %d" % (pc + 1))
    w("    %s = load_global(frame, %s)" % (s, t.name(arg)))


def _t_store_global(t, pc, arg, d):
    t.set_pc(pc)
    t.w("store_global(frame, %s, s%d)" % (t.name(arg), d - 1))


def _context(t, depth):
    t.w("c = frame.context" + ".parent" * depth)


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
    argv = "[%s]" % ", ".join("s%d" % i for i in range(first, d))
    w("frame.pc = %d" % (pc + 1))
    w("if type(%s) is JSFunction and %s.kind != 'class':" % (callee, callee))
    w.indent += 1
    t.spill(base)
    w("return H.new_frame(%s, %s, %s, frame, None, True)" % (callee, this, argv))
    w.indent -= 1
    w("%s = call_other(frame, %d, %s, %s, %s)" % (callee, pc, callee, this, argv))
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
    w("frame.pc = %d" % (pc + 1))
    w("if type(%s) is JSFunction:" % callee)
    w.indent += 1
    t.spill(base)
    w("return construct_frame(%s, %s, %s, frame)" % (callee, argv, callee))
    w.indent -= 1
    w("%s = construct_other(frame, %d, %s, %s)" % (callee, pc, callee, argv))
    w("pc = %d" % (pc + 1))
    w("continue")
    return True


def _t_return(t, pc, arg, d):
    w = t.w
    v = "s%d" % (d - 1)
    w("if frame.construct and not isinstance(%s, JSObject): %s = this" % (v, v))
    w("frame.completion = %s" % v)
    w("return None")
    return True


def _t_return_undefined(t, pc, arg, d):
    t.w("frame.completion = this if frame.construct else UNDEFINED")
    t.w("return None")
    return True


def _t_inc(t, pc, arg, d, delta=1):
    s = "s%d" % (d - 1)
    w = t.w
    w("if type(%s) is int and -MAX_SAFE < %s < MAX_SAFE:" % (s, s))
    w("    %s = %s %s 1" % (s, s, "+" if delta > 0 else "-"))
    w("else:")
    w("    frame.pc = %d" % (pc + 1))
    w("    %s = ops.%s(%s)" % (s, "increment" if delta > 0 else "decrement", s))


def _t_dec(t, pc, arg, d):
    _t_inc(t, pc, arg, d, -1)


def _t_to_numeric(t, pc, arg, d):
    s = "s%d" % (d - 1)
    t.w("if type(%s) is not int and type(%s) is not float:" % (s, s))
    t.w("    frame.pc = %d" % (pc + 1))
    t.w("    %s = ops.to_numeric(%s)" % (s, s))


def _unary(expr, may_throw=True):
    def tmpl(t, pc, arg, d):
        s = "s%d" % (d - 1)
        if may_throw:
            t.set_pc(pc)
        t.w("%s = %s" % (s, expr.replace("v", s)))
    return tmpl


def _t_load_this(t, pc, arg, d):
    t.w("s%d = this" % d)


def _t_create_closure(t, pc, arg, d):
    t.w("s%d = make_closure(frame, children[%d])" % (d, arg))


_TEMPLATES = {
    O.LOAD_REG: _t_load_reg, O.STORE_REG: _t_store_reg, O.LOAD_CONST: _t_load_const,
    O.LOAD_SMI: _t_load_smi, O.LOAD_UNDEFINED: _t_value("UNDEFINED"),
    O.LOAD_NULL: _t_value("NULL"), O.LOAD_TRUE: _t_value("True"),
    O.LOAD_FALSE: _t_value("False"), O.LOAD_HOLE: _t_value("THE_HOLE"),
    O.POP: _t_pop, O.DUP: _t_dup, O.DUP2: _t_dup2, O.SWAP: _t_swap,
    O.ROT3: _perm([2, 0, 1]), O.ROT4: _perm([3, 0, 1, 2]),
    O.INSERT2: _perm([1, 0, 1]), O.INSERT3: _perm([2, 0, 1, 2]),
    O.INSERT4: _perm([3, 0, 1, 2, 3]),
    O.STRICT_EQ: _t_strict_eq, O.STRICT_NE: _t_strict_ne,
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
    O.CALL: _t_call, O.CALL_UNDEFINED: _t_call_undefined, O.CONSTRUCT: _t_construct,
    O.RETURN: _t_return, O.RETURN_UNDEFINED: _t_return_undefined,
    O.INC: _t_inc, O.DEC: _t_dec, O.TO_NUMERIC: _t_to_numeric,
    O.NOT: _unary("not to_boolean(v)", False), O.TYPEOF: _unary("type_of(v)", False),
    O.NEG: _unary("ops.negate(v)"), O.TO_NUMBER: _unary("ops.to_number(v)"),
    O.TO_STRING: _unary("ops.to_string(v)"), O.BITNOT: _unary("ops.bitnot(v)"),
    O.LOAD_THIS: _t_load_this, O.CREATE_CLOSURE: _t_create_closure,
    O.EQ: lambda t, pc, a, d: (t.set_pc(pc), t.w("s%d = ops.loose_equals(s%d, s%d)" % (d - 2, d - 2, d - 1))) and None,
    O.NE: lambda t, pc, a, d: (t.set_pc(pc), t.w("s%d = not ops.loose_equals(s%d, s%d)" % (d - 2, d - 2, d - 1))) and None,
}
for _op in _BINARY_SLOW:
    _TEMPLATES[_op] = _binary(_op)
for _op in _COMPARE:
    _TEMPLATES[_op] = _compare(_op)

# Instructions after which the next one is a resume point (calls).
_RESUMES = frozenset((O.CALL, O.CALL_UNDEFINED, O.CONSTRUCT))
