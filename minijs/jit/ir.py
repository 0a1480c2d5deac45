"""The optimizing tier's typed SSA IR (TurboFan's graph, much simplified).

A Graph is a list of Blocks in bytecode order.  Every Value is one SSA
definition with a static machine type:

    I32    a JS number known to be an int32 (speculated; overflow deopts)
    F64    a JS number as an IEEE double
    BOOL   a JS boolean (i1)
    UNDEF  the value undefined (no bits: only returned or dropped)
    FUNC   a known JSFunction (a compile-time constant whose identity a
           guard proved); no bits at run time either
    BOXED  a PyObject* (a new reference), only ever the result of a
           call that came back from the interpreter; it goes straight into
           a deopt's frame state
    ta:K   a fixed-length typed array of kind K (e.g. "ta:Float64Array"):
           a borrowed PyObject* that the entry checked; its element
           pointer and length are loaded once (ta_data, ta_length), as
           nothing native code does can move or detach its buffer
    arr:E  a dense Array (list elements) whose elements are speculated to
           be of IR type E (bool, i32 or f64; each load checks): like ta:K,
           its element pointer and count are loaded once
    obj    a plain JS object (a JSObject, not an exotic one): a borrowed
           PyObject* whose owner (a caller, an array) outlives the native
           code's use of it; its fields are loaded behind a shape (hidden
           class) guard, and native stores never drop an object a register
           could hold (they only replace numbers and booleans)
    obj?   a plain JS object or null (the null singleton's address): what
           arguments, OSR values and object fields are speculated to be, so
           that the null ending a list or a tree does not deopt.  Property
           access first narrows it to obj behind a null check (the
           interpreter then throws the TypeError)
    RAW    a machine pointer that is not a JS value (element storage)

Values that can fail carry a FrameState: the interpreter state *before*
the instruction at `pc` (registers, operand stack), so a failed guard
resumes the interpreter there and the instruction runs again with the
same operands (nothing in native code has a side effect before its last
guard).  `reason` names the guard (shown by --trace-deopt).

Blocks end in a terminator: ("jump", target), ("branch", cond, t, f),
("return", value) or ("deopt", FrameState, reason) (a point the compiled
code never expects to reach: code that never ran in the interpreter).
"""

I32 = "i32"
F64 = "f64"
BOOL = "bool"
UNDEF = "undef"
FUNC = "func"
BOXED = "boxed"
OBJ = "obj"
OBJN = "obj?"

RAW = "raw"
TYPED_ARRAY_PREFIX = "ta:"
ARRAY_PREFIX = "arr:"

NUMBER_TYPES = (I32, F64)


def typed_array_type(kind_name):
    return TYPED_ARRAY_PREFIX + kind_name


def array_type(element_type):
    return ARRAY_PREFIX + element_type


def is_object_type(t):
    """A type whose run-time value is a borrowed PyObject* (a JS object)."""
    return t in (OBJ, OBJN) or t.startswith(TYPED_ARRAY_PREFIX) or t.startswith(ARRAY_PREFIX)


def is_array_type(t):
    """An array or typed array: its element pointer and length are cached."""
    return t.startswith(TYPED_ARRAY_PREFIX) or t.startswith(ARRAY_PREFIX)


class FrameState:
    """Where the interpreter resumes: `pc`, the live registers (None:
    dead, resumes as undefined) and the operand stack, bottom first."""
    __slots__ = ("pc", "regs", "stack")

    def __init__(self, pc, regs, stack):
        self.pc = pc
        self.regs = tuple(regs)
        self.stack = tuple(stack)

    def values(self):
        """Every value the state needs, with where it goes."""
        out = [("r", i, v) for i, v in enumerate(self.regs) if v is not None]
        out += [("s", i, v) for i, v in enumerate(self.stack)]
        return out

    def describe(self):
        regs = " ".join("r%d=v%d" % (i, v.id) for i, v in enumerate(self.regs) if v is not None)
        stack = " ".join("v%d" % v.id for v in self.stack)
        return "@%d {%s} [%s]" % (self.pc, regs, stack)


class Value:
    __slots__ = ("id", "op", "type", "inputs", "aux", "state", "reason", "block")

    def __init__(self, vid, op, typ, inputs=(), aux=None, state=None, reason=None):
        self.id = vid
        self.op = op
        self.type = typ
        self.inputs = list(inputs)
        self.aux = aux
        self.state = state          # FrameState of a guard, else None
        self.reason = reason        # the deopt reason of a guard
        self.block = None

    def describe(self):
        args = ", ".join("v%d" % v.id for v in self.inputs)
        aux = "" if self.aux is None else " %s" % (self.aux,)
        guard = "" if self.state is None else "  ; guard %s -> deopt %s" % (
            self.reason, self.state.describe())
        return "v%d:%s = %s%s(%s)%s" % (self.id, self.type, self.op, aux, args, guard)


class Block:
    __slots__ = ("id", "pc", "phis", "body", "term", "preds", "loop_header", "invariants")

    def __init__(self, bid, pc):
        self.id = bid
        self.pc = pc
        self.phis = []
        self.body = []
        self.term = None
        self.preds = []
        self.loop_header = False
        self.invariants = []        # loop header: (kind, index, value) speculated not to change

    def describe(self):
        lines = ["b%d (@%d)%s preds=[%s]" % (self.id, self.pc, " loop" if self.loop_header else "",
                                             ", ".join("b%d" % p.id for p in self.preds))]
        for phi in self.phis:
            lines.append("  v%d:%s = phi(%s)" % (phi.id, phi.type, ", ".join(
                "b%d:v%d" % (b.id, v.id) for b, v in phi.aux)))
        lines += ["  " + v.describe() for v in self.body]
        lines.append("  " + describe_terminator(self.term))
        return "\n".join(lines)


def describe_terminator(term):
    kind = term[0]
    if kind == "jump":
        return "jump b%d" % term[1].id
    if kind == "branch":
        return "branch v%d ? b%d : b%d" % (term[1].id, term[2].id, term[3].id)
    if kind == "return":
        return "return v%d" % term[1].id
    return "deopt %s -> %s" % (term[2], term[1].describe())


class Graph:
    """One compiled unit: a function, or a function entered at a loop
    header (`osr_pc`, on-stack replacement)."""

    def __init__(self, code, closure, param_types, osr_pc=None):
        self.code = code
        self.closure = closure
        self.param_types = tuple(param_types)
        self.osr_pc = osr_pc
        self.blocks = []
        self.params = []            # Values of op "param", in entry order
        self.return_type = None
        self.callees = []           # Graphs this one calls natively
        self.this_value = None      # the Value of `this`, if the code reads it
        self.this_type = None       # ... and its type, which the native entry checks
        self.this_sample = None     # the `this` the compiler speculates on (builder.NO_SAMPLE: none)
        self.param_samples = None   # values of the parameters when compilation began: the
                                    # triggering call's (or loop's), or a callee's caller's
        self._ids = 0
        self.key = None             # its key in the builder's unit (builder._build)

    def value(self, op, typ, inputs=(), aux=None, state=None, reason=None):
        self._ids += 1
        return Value(self._ids, op, typ, inputs, aux, state, reason)

    @property
    def name(self):
        return self.code.name or "(anonymous)"

    def dump(self):
        head = "graph %s(%s)%s -> %s" % (
            self.name, ", ".join(self.param_types),
            "" if self.osr_pc is None else " osr@%d" % self.osr_pc, self.return_type)
        return "\n".join([head] + [b.describe() for b in self.blocks])
