"""Bytecode plus type feedback -> the typed SSA graph (ir.py).

The builder interprets the bytecode abstractly, block by block in
bytecode order, with a symbolic register file and operand stack of IR
values (TurboFan's BytecodeGraphBuilder).  Types come from speculation:

* parameters and OSR entry values: the types of the values the triggering
  call (or loop) actually had; the native entry checks them on every entry
  and falls back to the interpreter when they differ;
* operators: the static types of their operands and their feedback
  (feedback.py): int32 arithmetic for int32 operands unless the site has
  seen doubles or overflowed to float64 before (`JitInfo.f64_sites`);
  feedback of other types (strings, objects) refuses the function.  An
  instruction the compiler does not handle that never ran (an empty
  feedback slot) ends its block in a soft deopt instead (V8's
  "insufficient type feedback").

Loop headers get a phi for every live register and stack slot, typed by
the entry value; when a back edge brings a double into an int32 phi the
build starts over with that phi widened to float64 (a fixpoint over
types, a few rounds at most).  Anything else the compiler does not
handle raises Refused with a reason (--trace-opt shows it).
"""

from minijs.bytecode import opcodes as O
from minijs.bytecode.code import CodeFlag
from minijs.interpreter import feedback as FB
from minijs.interpreter.frame import THE_HOLE
from minijs.interpreter.function import JSFunction
from minijs.jit import ir
from minijs.jit.ir import BOOL, F64, FUNC, I32, OBJ, OBJN, RAW, UNDEF, FrameState, is_object_type
from minijs.runtime.arrays import JSArray
from minijs.runtime.objects import JSObject
from minijs.runtime.typed_arrays import TypedArrayObject
from minijs.jit.liveness import live_in
from minijs.jit.math_intrinsics import MATH_FUNCTIONS, math_object_of
from minijs.runtime.values import NULL, UNDEFINED

NO_SAMPLE = object()                # build_graph's `this` when the caller has none

__all__ = ["NO_SAMPLE", "Refused", "build_graph", "value_type", "compilable", "SOFT_DEOPT", "LEAVE_OSR", "TIER_UP"]

SOFT_DEOPT = "insufficient type feedback"
LEAVE_OSR = "leaving OSR code: "     # a deopt that is not a failed speculation
TIER_UP = LEAVE_OSR + "optimized code is ready"

INT32_MIN, INT32_MAX = -2 ** 31, 2 ** 31 - 1
MAX_GRAPHS = 8             # functions compiled into one native module
MAX_ROUNDS = 6             # type fixpoint rounds before giving up


class Refused(Exception):
    """The function cannot be compiled (yet); str() is the reason."""


class _Rebuild(Exception):
    """A type assumption turned out too narrow: build again."""


def value_type(v):
    """The IR type of an interpreter value, or None if the JIT has none."""
    t = type(v)
    if t is int:
        return I32 if INT32_MIN <= v <= INT32_MAX else F64
    if t is float:
        return F64
    if t is bool:
        return BOOL
    if v is UNDEFINED:
        return UNDEF
    if v is NULL:
        return OBJN
    if t is JSObject:
        return OBJ
    if t is JSArray:
        return _array_type(v)
    if t is TypedArrayObject:
        buf = v.buffer
        if (v.view is not None and buf.data is not None and buf.max_byte_length is None
                and not v.kind.bigint):
            return ir.typed_array_type(v.kind.name)
    return None


def _array_type(a):
    """arr:E for a dense array whose elements (a sample of them) are all
    of IR type E; None otherwise.  Loads check every element anyway."""
    els = a.elements
    if type(els) is not list or not els:
        return None
    sample = els if len(els) <= 64 else els[:32] + els[-32:]
    kinds = {type(x) for x in sample}
    if kinds == {bool}:
        return ir.array_type(BOOL)
    if kinds == {int} and all(INT32_MIN <= x <= INT32_MAX for x in sample):
        return ir.array_type(I32)
    if kinds <= {int, float}:
        return ir.array_type(F64)
    if kinds == {JSObject}:
        return ir.array_type(OBJ)
    if kinds in ({JSArray}, {TypedArrayObject}):     # rows of a matrix
        inner = {value_type(x) for x in sample[:8]}
        if len(inner) == 1 and None not in inner:
            return ir.array_type(inner.pop())
    return None


_UNSUPPORTED_FLAGS = (CodeFlag.GENERATOR | CodeFlag.ASYNC | CodeFlag.CLASS_CONSTRUCTOR
                      | CodeFlag.DERIVED | CodeFlag.EVAL | CodeFlag.NEEDS_ARGUMENTS)


def compilable(code):
    """A quick structural test before any graph is built; None if fine,
    else the reason."""
    if code.flags & _UNSUPPORTED_FLAGS:
        return "generator, async, class constructor, eval or arguments code"
    if code.handlers:
        return "try/catch/finally"
    if code.stack_depths is None:
        return "unverified bytecode"
    return None


# Binary operators: (int32 kind, float kind)
_ARITH = {O.ADD: ("add", "fadd"), O.SUB: ("sub", "fsub"), O.MUL: ("mul", "fmul"),
          O.DIV: (None, "fdiv"), O.MOD: ("mod", "fmod")}
_BITWISE = {O.BITAND: "and", O.BITOR: "or", O.BITXOR: "xor", O.SHL: "shl", O.SAR: "sar", O.SHR: "shr"}
_COMPARE = {O.LT: "<", O.GT: ">", O.LE: "<=", O.GE: ">=", O.STRICT_EQ: "==", O.STRICT_NE: "!=",
            O.EQ: "==", O.NE: "!="}
_NUMBER_BITS = FB.SMALL_INT | FB.NUMBER


class _Unit:
    """Everything compiled into one module: the root graph and the
    callees it calls natively, keyed by (code, closure, param types)."""

    def __init__(self, info_of, refused, settled):
        self.graphs = {}
        self.settled = settled      # facts a round learned that restart the build (kept across rounds)
        self.order = []
        self.info_of = info_of
        self.return_guess = {}      # key -> return type assumed for recursive calls
        self.refused = refused      # key -> why its graph cannot be built (kept across rounds)
        self.handed_out = set()     # keys whose unfinished graph a recursive call targets
        self.called = set()         # keys of the graphs called natively (with `this` undefined)


def build_graph(code, closure, param_types, info_of, osr_pc=None, samples=None, this=NO_SAMPLE):
    """The graph of `closure` (code `code`) for arguments of `param_types`
    (for OSR: the types of the live registers at `osr_pc`), with the
    graphs of the functions it calls natively in `graph.callees`.
    `info_of(code)` gives a code's JitInfo (speculation history).
    `samples`: the values those types were taken from (the triggering
    call's arguments, the loop's live registers): the types of object
    fields are speculated from what the sample objects hold.  `this`: the
    triggering activation's `this`, whose type the code speculates on if
    it reads `this`."""
    # an object argument or OSR value may be null next time (the end of a
    # list, a leaf's child): the entry accepts both
    param_types = tuple(OBJN if t == OBJ else t for t in param_types)
    refused = {}
    settled = {"resizes_arrays": False}
    for _round in range(MAX_ROUNDS):
        unit = _Unit(info_of, refused, settled)
        try:
            root = _build(unit, code, closure, param_types, osr_pc, (), this=this,
                          samples=tuple(samples) if samples is not None else None)
        except _Rebuild:
            continue
        _retarget_calls(unit)
        root.callees = [g for g in unit.order if g is not root]
        for key, g in unit.graphs.items():
            if g.this_type == OBJ and key in unit.called:
                raise Refused("%s reads `this` and is called with none" % g.name)
        return root
    raise Refused("types did not settle after %d rounds" % MAX_ROUNDS)


def _build(unit, code, closure, param_types, osr_pc, nesting, f64_phis=None, this=NO_SAMPLE,
           samples=None):
    key = (code, closure, param_types, osr_pc, this is not NO_SAMPLE and bool(nesting))
    reason = compilable(code)
    if reason:
        raise Refused("%s: %s" % (code.name or "(anonymous)", reason))
    phis = set() if f64_phis is None else f64_phis
    for _round in range(MAX_ROUNDS):
        graph = ir.Graph(code, closure, param_types, osr_pc)
        graph.key = key
        graph.this_sample = this
        graph.param_samples = samples
        unit.graphs[key] = graph
        try:
            _GraphBuilder(unit, graph, phis, nesting).run()
        except _WidenPhi as w:
            phis.add(w.key)
            continue
        if graph not in unit.order:
            unit.order.append(graph)
        guess = unit.return_guess.get(key)
        if guess is not None and guess != graph.return_type:
            # a recursive call assumed another return type: build again
            unit.return_guess[key] = graph.return_type
            raise _Rebuild()
        return graph
    raise Refused("loop phi types did not settle")


def _retarget_calls(unit):
    """Point every native call at the final graph of its callee.  A graph
    finished while a recursive caller was being built may call that
    caller's graph of a round that was then built again (_WidenPhi); the
    key is the same, and so are the types the call assumed (return_guess
    makes the whole unit build again if they differ)."""
    for g in unit.order:
        for blk in g.blocks:
            for v in blk.body:
                if v.op in ("call", "call_method"):
                    v.aux = unit.graphs[v.aux.key]


class _WidenPhi(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class _GraphBuilder:
    def __init__(self, unit, graph, f64_phis, nesting):
        self.unit = unit
        self.g = graph
        self.code = graph.code
        self.info = unit.info_of(graph.code)
        self.f64_phis = f64_phis
        self.nesting = nesting
        self.live = live_in(graph.code)
        self.ops = graph.code.ops
        self.args = graph.code.args
        self.returns = []           # (block, value)
        self.array_info = {}        # typed array value -> (element pointer, length)
        self.samples = {}           # value -> a Python value it had when compilation began
        samples = graph.param_samples
        self.param_samples = samples if samples and len(samples) == len(graph.param_types) else None

    # -- structure -------------------------------------------------------------

    def _leaders(self, start):
        code = self.code
        leaders = {start}
        for pc, op in enumerate(self.ops):
            flags = O.FLAGS[op]
            if flags & O.OpFlag.JUMP:
                leaders.add(O.OPCODES[op].jump_target(self.args[pc]))
            if flags & (O.OpFlag.JUMP | O.OpFlag.TERMINATOR):
                leaders.add(pc + 1)
        return sorted(p for p in leaders if p < len(code.ops))

    def run(self):
        g, code = self.g, self.code
        start = 0 if g.osr_pc is None else g.osr_pc
        leaders = self._leaders(start)
        self.block_at = {}
        for i, pc in enumerate(leaders):
            self.block_at[pc] = ir.Block(i + 1, pc)
        self.block_end = {pc: (leaders[i + 1] if i + 1 < len(leaders) else len(self.ops))
                          for i, pc in enumerate(leaders)}
        self.incoming = {}          # block -> [(pred block, state regs, state stack)]
        self.visited = set()
        entry = ir.Block(0, start)
        g.blocks.append(entry)
        regs = [None] * code.register_count
        live0 = self.live[start]
        if g.osr_pc is None:
            if len(g.param_types) != code.param_count:
                raise Refused("arity")
            for i, t in enumerate(g.param_types):
                p = g.value("param", t, aux=i)
                g.params.append(p)
                self._sample_param(p, i)
                if i in live0:
                    regs[i] = p
            for r in live0:
                if regs[r] is None:
                    regs[r] = self._const(entry, UNDEF, UNDEFINED)
        else:
            # OSR: the live registers at the loop header arrive as parameters
            if len(g.param_types) != len(live0):
                raise Refused("osr arity")
            for i, (r, t) in enumerate(zip(sorted(live0), g.param_types)):
                p = g.value("param", t, aux=i)
                g.params.append(p)
                self._sample_param(p, i)
                regs[r] = p
            if self.code.stack_depths[start]:
                raise Refused("OSR with a non-empty operand stack")
        # an interrupt request (time limit, Ctrl-C) is polled on entry
        # and on every loop back edge
        self.regs, self.stack, self.block = regs, [], entry
        self.entry_state = self.state(start)    # for guards hoisted into the entry block
        self.emit("interrupt_poll", UNDEF, aux="entry")
        target = self.block_at[start]
        entry.term = ("jump", target)
        self._add_edge(entry, target, regs, [])
        order, self.back_edges = self._reverse_postorder(start)
        # Reverse postorder from the entry: every forward edge is known
        # before its target is visited, and the targets of the other edges
        # are the loop headers.  (OSR into an inner loop makes the outer
        # loop's blocks come after the inner loop: the CFG seen from the
        # OSR entry, as TurboFan sees it.)
        for pc in order:
            block = self.block_at[pc]
            if block in self.incoming:
                self._visit(block)          # (unreached blocks: only after a deopt)
        self._finish_returns()

    def _successors(self, pc):
        """The bytecode offsets the block at `pc` can continue at."""
        last = self.block_end[pc] - 1
        op = self.ops[last]
        flags = O.FLAGS[op]
        if flags & O.OpFlag.TERMINATOR:
            return ()
        nxt = (last + 1,) if last + 1 < len(self.ops) else ()
        if flags & O.OpFlag.JUMP:
            target = O.OPCODES[op].jump_target(self.args[last])
            return (target,) + nxt if flags & O.OpFlag.CONDITIONAL else (target,)
        return nxt

    def _reverse_postorder(self, start):
        """(block offsets in reverse postorder from `start`, loop headers)."""
        post, headers = [], set()
        on_stack, seen = {start}, {start}
        stack = [(start, iter(self._successors(start)))]
        while stack:
            pc, succs = stack[-1]
            for nxt in succs:
                if nxt in on_stack:
                    headers.add(nxt)
                elif nxt not in seen:
                    seen.add(nxt)
                    on_stack.add(nxt)
                    stack.append((nxt, iter(self._successors(nxt))))
                    break
            else:
                stack.pop()
                on_stack.discard(pc)
                post.append(pc)
        return post[::-1], headers

    def _add_edge(self, pred, succ, regs, stack):
        if succ in self.visited:
            if not succ.loop_header:
                raise Refused("irreducible control flow at @%d" % succ.pc)
            self._add_back_edge(pred, succ, regs, stack)
            return
        self.incoming.setdefault(succ, []).append((pred, list(regs), list(stack)))

    # -- merging ---------------------------------------------------------------

    def _join_type(self, types, key):
        types = set(types)
        if len(types) == 1:
            return types.pop()
        if types <= {I32, F64}:
            return F64
        if types <= {OBJ, OBJN}:
            return OBJN
        raise Refused("values of mixed types (%s) meet at %s" % ("/".join(sorted(types)), key))

    def _convert_in(self, block, v, typ):
        """`v` converted to `typ` at the end of `block` (before its jump)."""
        if v.type == typ:
            return v
        if v.type == I32 and typ == F64:
            c = self.g.value("i2f", F64, [v])
            c.block = block
            block.body.append(c)
            return c
        if v.type == OBJ and typ == OBJN:
            return v                # the same pointer
        raise Refused("cannot convert %s to %s" % (v.type, typ))

    def _visit(self, block):
        g = self.g
        g.blocks.append(block)
        self.visited.add(block)
        edges = self.incoming[block]
        live = self.live[block.pc]
        nregs = self.code.register_count
        depth = len(edges[0][2])
        if any(len(s) != depth for _, _, s in edges):
            raise Refused("operand stack depths differ at @%d" % block.pc)
        if block.pc in self.back_edges:
            block.loop_header = True
        regs = [None] * nregs
        stack = [None] * depth
        slots = [("r", r) for r in range(nregs) if r in live] + [("s", i) for i in range(depth)]
        for kind, i in slots:
            incoming = [(p, (rs[i] if kind == "r" else ss[i])) for p, rs, ss in edges]
            if any(v is None for _, v in incoming):
                if kind == "r":
                    continue        # undefined on some path: reads would see a dead register
                raise Refused("undefined stack value at @%d" % block.pc)
            values = [v for _, v in incoming]
            same = all(v is values[0] for v in values)
            if not block.loop_header and same:
                merged = values[0]
            elif (same and is_object_type(values[0].type)
                  and ("inv", block.pc, kind, i) not in self.f64_phis):
                # an array in a loop: speculated to be the same object on
                # every iteration (the back edge checks), so its element
                # pointer and length are loaded once, before the loop
                merged = values[0]
                block.invariants.append((kind, i, merged))
            else:
                typ = self._join_type([v.type for v in values], "@%d" % block.pc)
                if block.loop_header and (block.pc, kind, i) in self.f64_phis:
                    if typ in (I32, F64):
                        typ = F64
                    elif typ in (OBJ, OBJN):
                        typ = OBJN
                    else:
                        raise Refused("loop value of type %s" % typ)
                if typ == FUNC and len({id(v.aux) for v in values}) == 1 and not block.loop_header:
                    merged = values[0]
                else:
                    if typ == FUNC:
                        raise Refused("different functions meet at @%d" % block.pc)
                    merged = g.value("phi", typ)
                    merged.aux = [(p, self._convert_in(p, v, typ)) for p, v in incoming]
                    merged.inputs = []
                    merged.block = block
                    merged.reason = (kind, i)
                    block.phis.append(merged)
                    if is_object_type(typ):
                        # its fields or elements are typed from a sample: an incoming one's
                        sample = next((self.samples[v] for v in values
                                       if type(self.samples.get(v)) in (JSObject, JSArray)), None)
                        if sample is not None:
                            self.samples[merged] = sample
            if kind == "r":
                regs[i] = merged
            else:
                stack[i] = merged
        block.preds = [p for p, _, _ in edges]
        self.regs, self.stack, self.block = regs, stack, block
        pc = block.pc
        end = self.block_end[block.pc]
        while pc < end:
            op = self.ops[pc]
            handler = _HANDLERS.get(op)
            if handler is None:
                self._unsupported(pc, "%s is not supported" % O.NAMES[op])
                return
            result = handler(self, pc, self.args[pc])
            if result is _DONE:
                return
            pc += 1
        # fall through into the next block
        nxt = self.block_at[end]
        block.term = ("jump", nxt)
        self._add_edge(block, nxt, self.regs, self.stack)

    def _add_back_edge(self, pred, header, regs, stack):
        for kind, i, v in header.invariants:
            if (regs[i] if kind == "r" else stack[i]) is not v:
                raise _WidenPhi(("inv", header.pc, kind, i))
        for phi in header.phis:
            kind, i = phi.reason
            v = regs[i] if kind == "r" else stack[i]
            if v is None:
                raise Refused("loop register r%d undefined on the back edge" % i)
            if v.type != phi.type:
                if (phi.type, v.type) in ((I32, F64), (OBJ, OBJN)):
                    raise _WidenPhi((header.pc, kind, i))
                v = self._convert_in(pred, v, phi.type)
            phi.aux.append((pred, v))
        header.preds.append(pred)

    def this_value(self):
        """The Value of `this`, or None if it cannot be typed: a plain
        object as the triggering activation had, or undefined in a strict
        function called with no receiver (as native calls call it); the
        native entry checks it."""
        g = self.g
        sample = g.this_sample
        if sample is UNDEFINED or (sample is NO_SAMPLE and self.nesting):
            if not self.code.strict:
                return None                 # sloppy: the global object
            g.this_type = UNDEF             # (a plain native call passes no receiver)
            return self.const(UNDEF, UNDEFINED)
        if value_type(sample) != OBJ:
            return None
        if g.this_value is None:
            g.this_type = OBJ
            g.this_value = g.value("this", OBJ)   # (lowered as the function's `this` argument)
        self.samples[g.this_value] = sample
        return g.this_value

    def _sample_param(self, p, i):
        if self.param_samples is not None:
            self.samples[p] = self.param_samples[i]

    # -- helpers for handlers -------------------------------------------------

    def state(self, pc, stack=None):
        live = self.live[pc]
        regs = [v if i in live else None for i, v in enumerate(self.regs)]
        return FrameState(pc, regs, self.stack if stack is None else stack)

    def emit(self, op, typ, inputs=(), aux=None, pc=None, reason=None, state=None):
        if reason is not None and state is None:
            state = self.state(pc)
        v = self.g.value(op, typ, inputs, aux, state, reason)
        v.block = self.block
        self.block.body.append(v)
        return v

    def _const(self, block, typ, value):
        v = self.g.value("const", typ, aux=value)
        v.block = block
        block.body.append(v)
        return v

    def const(self, typ, value):
        return self._const(self.block, typ, value)

    def to_f64(self, v):
        if v.type == F64:
            return v
        if v.type == I32:
            return self.emit("i2f", F64, [v])
        raise Refused("%s used as a number" % v.type)

    def elements_info(self, pc, a):
        """The element pointer and count (RAW, I32) of array `a`, loaded
        once: in the entry block for an argument or OSR value, after the
        load for an object's field, at the join for a phi.  Nothing native code does resizes an
        array or detaches a buffer, and a field holding an array is never
        replaced natively (stores replace numbers and booleans only)."""
        if a.type.startswith(ir.ARRAY_PREFIX) and self.unit.settled["resizes_arrays"]:
            # the unit pushes onto arrays (any of them may be this one):
            # elements and their count are loaded at every access
            return self.emit("arr_items", RAW, [a]), self.emit("arr_size", I32, [a])
        info = self.array_info.get(a)
        if info is None:
            if a.op not in _PLACEABLE:
                raise Refused("@%d: an array that is not an argument, OSR value, field or join" % pc)
            if a.type.startswith(ir.TYPED_ARRAY_PREFIX):
                data = self.g.value("ta_data", RAW, [a])
                count = self.g.value("ta_length", I32, [a], aux=a.type[len(ir.TYPED_ARRAY_PREFIX):])
            else:
                data = self.g.value("arr_items", RAW, [a])
                count = self.g.value("arr_size", I32, [a])
            self.place_once(a, (data, count))
            info = self.array_info[a] = (data, count)
        return info

    def place_once(self, a, values):
        """Put `values`, computed once from array `a`, where `a` is
        defined: in the entry block for an argument or OSR value, right
        after the load of a field (which dominates every use of `a`)."""
        if a.op == "param":
            where, at = self.g.blocks[0], len(self.g.blocks[0].body)
        elif a.op == "phi":         # (at its block's start, after the phis)
            where, at = a.block, 0
        else:
            where, at = a.block, a.block.body.index(a) + 1
        for v in values:
            v.block = where
            where.body.insert(at, v)
            at += 1

    def defined_state(self, a):
        """The frame state a guard placed by place_once deopts to."""
        return self.entry_state if a.op == "param" else a.state

    def feedback(self, pc):
        index = self.code.feedback[pc]
        f = self.code.feedback_vector[index] if index >= 0 else None
        return f if type(f) is int else 0

    def deopt_here(self, pc, reason):
        """End the block in an unconditional deopt at `pc`."""
        self.block.term = ("deopt", self.state(pc), reason)
        return _DONE

    def _unsupported(self, pc, reason):
        """An instruction the compiler does not handle: if it never ran
        (its feedback slot is empty) the block ends in a soft deopt,
        otherwise the whole function is refused."""
        if self.g.osr_pc is not None and not self._in_osr_loop(pc):
            # OSR code is for its loop: what follows the loop may go on in
            # the interpreter (once per activation; the code is kept)
            return self.deopt_here(pc, LEAVE_OSR + reason)
        index = self.code.feedback[pc]
        if (index >= 0 and not self.code.feedback_vector[index] and pc not in self.info.ran_sites
                and O.opinfo(self.ops[pc]).feedback != O.FeedbackKind.LITERAL):
            # (literal sites record nothing yet: an empty one may well have run)
            return self.deopt_here(pc, SOFT_DEOPT)
        raise Refused("@%d: %s" % (pc, reason))

    def _in_osr_loop(self, pc):
        """Whether `pc` lies in the loop OSR entered (header .. back edge)."""
        header = self.g.osr_pc
        return any(header <= pc <= j for j, op in enumerate(self.ops)
                   if op == O.JUMP_LOOP and self.args[j] == header)

    def truthy(self, v):
        if v.type == BOOL:
            return v
        if v.type == I32:
            return self.emit("icmp", BOOL, [v, self.const(I32, 0)], "!=")
        if v.type == F64:
            return self.emit("fcmp", BOOL, [v, self.const(F64, 0.0)], "une0")
        if v.type == UNDEF:
            return self.const(BOOL, False)
        if v.type == OBJN:
            return self.emit("is_null", BOOL, [v], "!=")
        if v.type == FUNC or is_object_type(v.type):
            return self.const(BOOL, True)
        raise Refused("truthiness of %s" % v.type)

    def not_null(self, pc, v):
        """`v` (obj?) as an obj behind a null check, in place of `v` in the
        registers and on the stack: a null deopts, and the interpreter
        throws the TypeError."""
        if v.type != OBJN:
            return v
        narrowed = self.emit("not_null", OBJ, [v], pc=pc, reason="null where an object was expected")
        sample = self.samples.get(v)
        if type(sample) is JSObject:
            self.samples[narrowed] = sample
        for values in (self.regs, self.stack):
            for i, x in enumerate(values):
                if x is v:
                    values[i] = narrowed
        return narrowed

    def branch(self, pc, cond, target, jump_if):
        taken, fall = self.block_at[target], self.block_at[pc + 1]
        t, f = (taken, fall) if jump_if else (fall, taken)
        self.block.term = ("branch", cond, t, f)
        self._add_edge(self.block, t, self.regs, self.stack)
        self._add_edge(self.block, f, self.regs, self.stack)
        return _DONE

    def record_return(self, v):
        self.block.term = ("return", v)
        self.returns.append(self.block)
        return _DONE

    def may_return_object(self):
        """Only the unit's root returns objects (its entry hands them to the
        interpreter); a native caller would hold a pointer nobody owns."""
        return not self.nesting

    def _finish_returns(self):
        g = self.g
        types = [b.term[1].type for b in self.returns]
        if not types:
            g.return_type = UNDEF        # never returns normally (always deopts)
            return
        g.return_type = self._join_type(types, "return")
        if g.return_type not in (I32, F64, BOOL, UNDEF) and not self.may_return_object():
            raise Refused("returns a %s" % g.return_type)
        for b in self.returns:
            b.term = ("return", self._convert_in(b, b.term[1], g.return_type))

    # -- calls -----------------------------------------------------------------

    def call_target(self, fn, arg_types, this=NO_SAMPLE, samples=None):
        """The graph a native call of `fn` with `arg_types` goes to (a
        method call: `this`, a sample of the receiver; `samples`: of the
        arguments, for the fields the callee reads)."""
        key = (fn.code, fn, tuple(arg_types), None, this is not NO_SAMPLE)
        unit = self.unit
        if this is NO_SAMPLE:
            unit.called.add(key)
        if key in unit.refused:
            raise Refused(unit.refused[key])
        if key in unit.graphs:
            graph = unit.graphs[key]
            if graph.return_type is None:          # recursive: still being built
                guess = unit.return_guess.setdefault(key, I32)
                unit.handed_out.add(key)
                return graph, guess
            return graph, graph.return_type
        if len(unit.graphs) >= MAX_GRAPHS or len(self.nesting) >= 4:
            raise Refused("too many functions in one compilation")
        try:
            graph = _build(unit, fn.code, fn, tuple(arg_types), None, self.nesting + (key,), this=this,
                           samples=samples)
        except Refused as e:
            # no call may target a graph that was never finished: if a
            # recursive call already does, build the unit again, this
            # callee refused at every call site from the start
            unit.refused[key] = str(e)
            unit.graphs.pop(key, None)
            if key in unit.handed_out:
                raise _Rebuild() from None
            raise
        return graph, graph.return_type


_DONE = object()
_HANDLERS = {}


def _handler(*ops):
    def register(f):
        for op in ops:
            _HANDLERS[op] = f
        return f
    return register


# -- constants and stack shuffles ---------------------------------------------------

@_handler(O.NOP)
def _nop(b, pc, arg):
    pass


@_handler(O.LOAD_SMI)
def _load_smi(b, pc, arg):
    b.stack.append(b.const(I32, arg))


@_handler(O.LOAD_CONST)
def _load_const(b, pc, arg):
    v = b.code.constants[arg]
    t = value_type(v)
    if t not in (I32, F64):
        return b._unsupported(pc, "constant of type %s" % type(v).__name__)
    b.stack.append(b.const(t, float(v) if t == F64 else v))


@_handler(O.LOAD_TRUE, O.LOAD_FALSE)
def _load_bool(b, pc, arg):
    b.stack.append(b.const(BOOL, b.ops[pc] == O.LOAD_TRUE))


@_handler(O.LOAD_NULL)
def _load_null(b, pc, arg):
    b.stack.append(b.const(OBJN, NULL))


@_handler(O.LOAD_UNDEFINED)
def _load_undefined(b, pc, arg):
    b.stack.append(b.const(UNDEF, UNDEFINED))


@_handler(O.LOAD_THIS)
def _load_this(b, pc, arg):
    v = b.this_value()
    if v is None:
        return b._unsupported(pc, "`this` of a type the JIT does not handle")
    b.stack.append(v)


@_handler(O.POP)
def _pop(b, pc, arg):
    b.stack.pop()


@_handler(O.DUP)
def _dup(b, pc, arg):
    b.stack.append(b.stack[-1])


@_handler(O.DUP2)
def _dup2(b, pc, arg):
    b.stack += b.stack[-2:]


@_handler(O.SWAP)
def _swap(b, pc, arg):
    s = b.stack
    s[-1], s[-2] = s[-2], s[-1]


@_handler(O.ROT3)
def _rot3(b, pc, arg):
    s = b.stack
    s[-3:] = [s[-1], s[-3], s[-2]]


@_handler(O.INSERT2)
def _insert2(b, pc, arg):
    s = b.stack
    s[-2:] = [s[-1], s[-2], s[-1]]


@_handler(O.INSERT3)
def _insert3(b, pc, arg):
    s = b.stack
    s[-3:] = [s[-1], s[-3], s[-2], s[-1]]


# -- registers ---------------------------------------------------------------

def _reg(b, pc, r):
    v = b.regs[r]
    if v is None:
        raise Refused("@%d: r%d read while undefined on some path" % (pc, r))
    return v


@_handler(O.LOAD_REG, O.LOAD_REG_CHECKED)
def _load_reg(b, pc, arg):
    r = arg[0] if isinstance(arg, tuple) else arg
    b.stack.append(_reg(b, pc, r))


@_handler(O.LOAD_REG2)
def _load_reg2(b, pc, arg):
    b.stack += [_reg(b, pc, arg[0]), _reg(b, pc, arg[1])]


@_handler(O.STORE_REG)
def _store_reg(b, pc, arg):
    b.regs[arg] = b.stack.pop()


@_handler(O.TEE_REG)
def _tee_reg(b, pc, arg):
    b.regs[arg] = b.stack[-1]


@_handler(O.STORE_REG_CHECKED)
def _store_reg_checked(b, pc, arg):
    r = arg[0]
    _reg(b, pc, r)                 # a register in its TDZ would hold THE_HOLE: no type
    b.regs[r] = b.stack.pop()


# -- arithmetic --------------------------------------------------------------

def _number_feedback(b, pc):
    """The site's feedback bits (0: none recorded: the operands' static
    types decide, guarded as always).  Baseline fast paths do not record,
    so a site that only ever saw the types of its fast paths can have no
    feedback although it ran many times."""
    bits = b.feedback(pc)
    if bits & ~_NUMBER_BITS:
        raise Refused("@%d: %s with %s operands" % (pc, O.NAMES[b.ops[pc]], FB.describe(bits)))
    return bits


def _arith(b, pc, op, x, y):
    """x op y for numbers."""
    bits = _number_feedback(b, pc)
    int_kind, float_kind = _ARITH[op]
    if (int_kind and x.type == I32 and y.type == I32 and not bits & FB.NUMBER
            and pc not in b.info.f64_sites):
        reason = {"add": "int32 overflow", "sub": "int32 overflow", "mul": "int32 overflow or -0",
                  "mod": "int32 modulus out of range"}[int_kind]
        return b.emit(int_kind, I32, [x, y], pc=pc, reason=reason)
    return b.emit(float_kind, F64, [b.to_f64(x), b.to_f64(y)])


def _binary(b, pc, op):
    y, x = b.stack[-1], b.stack[-2]
    for v in (x, y):
        if v.type not in (I32, F64):
            return b._unsupported(pc, "%s of a %s" % (O.NAMES[op], v.type))
    if op in _BITWISE:
        _number_feedback(b, pc)
        xi, yi = _to_int32(b, pc, x), _to_int32(b, pc, y)
        kind = _BITWISE[op]
        if kind == "shr":
            if pc in b.info.f64_sites:
                r = b.emit("shr_f64", F64, [xi, yi])
            else:
                r = b.emit("shr", I32, [xi, yi], pc=pc, reason="unsigned shift result above int32")
        else:
            r = b.emit(kind, I32, [xi, yi])
    else:
        r = _arith(b, pc, op, x, y)
    b.stack[-2:] = [r]


def _to_int32(b, pc, v):
    if v.type == I32:
        return v
    return b.emit("f2i", I32, [v], pc=pc, reason="not an int32 bitwise operand")


for _op in list(_ARITH) + list(_BITWISE):
    _HANDLERS[_op] = (lambda op: lambda b, pc, arg: _binary(b, pc, op))(_op)


@_handler(O.INC, O.DEC)
def _inc(b, pc, arg):
    x = b.stack[-1]
    if x.type not in (I32, F64):
        return b._unsupported(pc, "increment of a %s" % x.type)
    r = _arith(b, pc, O.ADD if b.ops[pc] == O.INC else O.SUB, x, b.const(I32, 1))
    b.stack[-1] = r


@_handler(O.INC_REG)
def _inc_reg(b, pc, arg):
    x = _reg(b, pc, arg)
    if x.type not in (I32, F64):
        return b._unsupported(pc, "increment of a %s" % x.type)
    r = _arith(b, pc, O.ADD, x, b.const(I32, 1))
    b.regs[arg] = r


@_handler(O.LOAD_REG_ADD_SMI)
def _load_reg_add_smi(b, pc, arg):
    r, imm = arg
    x = _reg(b, pc, r)
    if x.type not in (I32, F64):
        return b._unsupported(pc, "addition to a %s" % x.type)
    v = _arith(b, pc, O.ADD, x, b.const(I32, imm))
    b.stack.append(v)


@_handler(O.NEG)
def _neg(b, pc, arg):
    x = b.stack[-1]
    if x.type not in (I32, F64):
        return b._unsupported(pc, "negation of a %s" % x.type)
    _number_feedback(b, pc)
    if x.type == I32 and pc not in b.info.f64_sites:
        b.stack[-1] = b.emit("neg", I32, [x], pc=pc, reason="negation gives -0 or overflows")
    else:
        b.stack[-1] = b.emit("fneg", F64, [b.to_f64(x)])


@_handler(O.BITNOT)
def _bitnot(b, pc, arg):
    x = b.stack[-1]
    if x.type not in (I32, F64):
        return b._unsupported(pc, "~ of a %s" % x.type)
    b.stack[-1] = b.emit("xor", I32, [_to_int32(b, pc, x), b.const(I32, -1)])


@_handler(O.TO_NUMERIC, O.TO_NUMBER)
def _to_number(b, pc, arg):
    x = b.stack[-1]
    if x.type not in (I32, F64):
        return b._unsupported(pc, "ToNumber of a %s" % x.type)


@_handler(O.NOT)
def _not(b, pc, arg):
    c = b.truthy(b.stack[-1])
    b.stack[-1] = b.emit("not", BOOL, [c])


# -- comparisons and branches ---------------------------------------------------

def _compare(b, pc, op, x, y):
    sym = _COMPARE[op]
    strict = op in (O.STRICT_EQ, O.STRICT_NE)
    if x.type in (I32, F64) and y.type in (I32, F64):
        if x.type == I32 and y.type == I32:
            return b.emit("icmp", BOOL, [x, y], sym)
        return b.emit("fcmp", BOOL, [b.to_f64(x), b.to_f64(y)], sym)
    if sym in ("==", "!=") and x.type == y.type == BOOL:
        return b.emit("icmp", BOOL, [x, y], sym)
    if sym in ("==", "!=") and is_object_type(x.type) and is_object_type(y.type):
        return b.emit("same_object", BOOL, [x, y], sym)    # identity, for == too (no undefined here)
    if sym in ("==", "!=") and not strict and UNDEF in (x.type, y.type) and OBJN in (x.type, y.type):
        return b.emit("is_null", BOOL, [x if x.type == OBJN else y], sym)   # null == undefined
    if sym in ("==", "!=") and strict and x.type != y.type and FUNC not in (x.type, y.type):
        return b.const(BOOL, sym == "!=")           # different types are never ===
    if sym in ("==", "!=") and x.type == y.type == UNDEF:
        return b.const(BOOL, sym == "==")
    b._unsupported(pc, "comparison of %s and %s" % (x.type, y.type))
    return None


def _compare_handler(b, pc, arg):
    op = b.ops[pc]
    y, x = b.stack[-1], b.stack[-2]
    r = _compare(b, pc, op, x, y)
    if r is None:
        return _DONE
    b.stack[-2:] = [r]


for _op in _COMPARE:
    _HANDLERS[_op] = _compare_handler


@_handler(O.JUMP)
def _jump(b, pc, arg):
    target = b.block_at[arg]
    b.block.term = ("jump", target)
    b._add_edge(b.block, target, b.regs, b.stack)
    return _DONE


@_handler(O.JUMP_LOOP)
def _jump_loop(b, pc, arg):
    if arg == b.g.osr_pc and not b.stack:
        # the back edge of the loop OSR entered may leave for the
        # interpreter at the loop header when optimized code replaced
        # this quick-tier code (lowering: op_interrupt_poll)
        b.emit("interrupt_poll", UNDEF, aux="loop", state=b.state(arg, []), reason=TIER_UP)
    else:
        b.emit("interrupt_poll", UNDEF, aux="loop")
    return _jump(b, pc, arg)


@_handler(O.JUMP_IF_TRUE, O.JUMP_IF_FALSE)
def _jump_if(b, pc, arg):
    v = b.stack.pop()
    return b.branch(pc, b.truthy(v), arg, b.ops[pc] == O.JUMP_IF_TRUE)


@_handler(O.JUMP_IF_NULLISH, O.JUMP_IF_NOT_NULLISH)
def _jump_if_nullish(b, pc, arg):
    v = b.stack.pop()
    if v.type == OBJN:
        nullish = b.emit("is_null", BOOL, [v], "==")
    elif v.type == UNDEF:
        nullish = b.const(BOOL, True)
    elif v.type in (I32, F64, BOOL, FUNC) or is_object_type(v.type):
        nullish = b.const(BOOL, False)
    else:
        return b._unsupported(pc, "nullish test of a %s" % v.type)
    return b.branch(pc, nullish, arg, b.ops[pc] == O.JUMP_IF_NULLISH)


@_handler(O.JUMP_IF_REG_NOT_LT_CONST)
def _jump_if_reg_not_lt_const(b, pc, arg):
    r, k, target = arg
    x = _reg(b, pc, r)
    kv = b.code.constants[k]
    t = value_type(kv)
    if t not in (I32, F64):
        return b._unsupported(pc, "comparison with a constant of type %s" % type(kv).__name__)
    c = _compare(b, pc, O.LT, x, b.const(t, float(kv) if t == F64 else kv))
    if c is None:
        return _DONE
    return b.branch(pc, c, target, False)


@_handler(O.JUMP_IF_REG_NOT_LT_REG)
def _jump_if_reg_not_lt_reg(b, pc, arg):
    r1, r2, target = arg
    c = _compare(b, pc, O.LT, _reg(b, pc, r1), _reg(b, pc, r2))
    if c is None:
        return _DONE
    return b.branch(pc, c, target, False)


@_handler(O.RETURN)
def _return(b, pc, arg):
    v = b.stack.pop()
    if v.type not in (I32, F64, BOOL, UNDEF) and not (is_object_type(v.type) and b.may_return_object()):
        return b._unsupported(pc, "return of a %s" % v.type)
    return b.record_return(v)


@_handler(O.RETURN_UNDEFINED)
def _return_undefined(b, pc, arg):
    return b.record_return(b.const(UNDEF, UNDEFINED))


@_handler(O.THROW)
def _throw(b, pc, arg):
    return b.deopt_here(pc, "throw")


# -- context variables and calls ----------------------------------------------

def _context_at(closure_context, depth):
    c = closure_context
    for _ in range(depth):
        c = c.parent
    return c


@_handler(O.LOAD_CONTEXT, O.LOAD_CONTEXT_CHECKED)
def _load_context(b, pc, arg):
    depth, slot = arg[0], arg[1]
    ctx = _context_at(b.g.closure.context, depth)
    value = ctx.slots[slot]
    if isinstance(value, JSFunction):
        b.stack.append(b.emit("context_function", FUNC, [], (ctx, slot, value),
                              pc=pc, reason="wrong call target"))
        return
    if value is THE_HOLE or value_type(value) is None:
        return b._unsupported(pc, "context variable holding %s" % type(value).__name__)
    t = value_type(value)
    if t == UNDEF:
        return b._unsupported(pc, "context variable holding undefined")
    b.stack.append(b.emit("context_number" if t != BOOL else "context_bool", t, [], (ctx, slot),
                          pc=pc, reason="context variable changed type"))


_GLOBAL_CONSTANTS = {"undefined": (UNDEF, UNDEFINED), "NaN": (F64, float("nan")),
                     "Infinity": (F64, float("inf"))}


@_handler(O.LOAD_GLOBAL)
def _load_global(b, pc, arg):
    name = b.code.names[arg]
    if name in _GLOBAL_CONSTANTS:
        # non-writable, non-configurable properties of the global object
        # (ES 19.1): no guard needed, as V8 folds them too
        typ, value = _GLOBAL_CONSTANTS[name]
        b.stack.append(b.const(typ, value))
        return
    realm = b.g.closure.realm
    value = realm.global_object.get_fast(name)
    if isinstance(value, JSFunction):
        b.stack.append(b.emit("global_function", FUNC, [], (realm.global_object, name, value),
                              pc=pc, reason="wrong call target"))
        return
    if value is not None and math_object_of(realm) is value:
        b.stack.append(b.emit("global_object", FUNC, [], (realm.global_object, name, value),
                              pc=pc, reason="global redefined"))
        return
    return b._unsupported(pc, "global %s" % name)


@_handler(O.GET_NAMED, O.GET_METHOD)
def _get_named(b, pc, arg):
    obj = b.stack[-1]
    name = b.code.names[arg]
    if obj.type == FUNC and obj.op == "global_object" and name in MATH_FUNCTIONS:
        fn = obj.aux[2].get_fast(name)
        if fn is not None:
            v = b.emit("property_function", FUNC, [obj], (obj.aux[2], name, fn),
                       pc=pc, reason="Math function redefined")
            if b.ops[pc] == O.GET_METHOD:
                b.stack[-1:] = [v, obj]
            else:
                b.stack[-1] = v
            return
    if obj.type == OBJN:
        obj = b.not_null(pc, obj)
    if obj.type == OBJ and b.ops[pc] == O.GET_METHOD:
        v = _prototype_method(b, pc, obj, name)
        if v is not None:
            b.stack[-1:] = [v, obj]
            return
    if obj.type == OBJ and b.ops[pc] == O.GET_NAMED:
        v = _load_field(b, pc, obj, name)
        if v is not None:
            b.stack[-1] = v
            return
    if name == "push" and obj.type.startswith(ir.ARRAY_PREFIX) and b.ops[pc] == O.GET_METHOD:
        v = _array_push_method(b, pc, obj)
        if v is not None:
            b.stack[-1:] = [v, obj]
            return
    if name == "length" and obj.type.startswith(ir.ARRAY_PREFIX) and b.ops[pc] == O.GET_NAMED:
        b.stack[-1] = _array_length(b, pc, obj)
        return
    if name == "length" and obj.type.startswith(ir.TYPED_ARRAY_PREFIX) and b.ops[pc] == O.GET_NAMED:
        if _typed_array_length_guard(b, pc, obj):
            b.stack[-1] = b.elements_info(pc, obj)[1]
            return
    return b._unsupported(pc, "property load .%s" % name)


# the IR types an object field may be speculated to hold (and arrays, typed arrays)
_FIELD_TYPES = (I32, F64, BOOL, OBJ)


def _own_field_feedback(b, pc, store):
    """(shape, slot index) of a monomorphic own data property feedback at
    `pc` (a store: of an existing writable property), else None."""
    index = b.code.feedback[pc]
    f = b.code.feedback_vector[index] if index >= 0 else None
    if type(f) is not tuple or f[2] is not None:
        return None                 # none, polymorphic, on a prototype, or an add transition
    if not store and f[5] is not JSObject:
        return None
    return f[0], f[1]


def _add_transition_feedback(b, pc):
    """(shape before, slot, shape after, prototype chain) of a monomorphic
    store that added a property (see inline_cache.store_entry), else None."""
    index = b.code.feedback[pc]
    f = b.code.feedback_vector[index] if index >= 0 else None
    if type(f) is not tuple or f[2] is None:
        return None
    return f


def _sample_of_shape(b, shape, budget=256):
    """Some object of hidden class `shape` among the compiler's samples,
    their fields and the elements of sampled arrays, or None.  For a
    value with no sample of its own (a loop variable that was null when
    the loop was entered): its fields are typed from another object of
    the shape the feedback saw (the loads check the types anyway)."""
    seen = set()
    todo = list(b.samples.values())
    while todo and budget > 0:
        o = todo.pop()
        budget -= 1
        if id(o) in seen:
            continue
        seen.add(id(o))
        if type(o) is JSObject:
            if o.shape is shape:
                return o
            todo.extend(x for x in o.slots if type(x) in (JSObject, JSArray))
        elif type(o) is JSArray and type(o.elements) is list:
            todo.extend(x for x in o.elements[:8] if type(x) in (JSObject, JSArray))
    return None


def _load_field(b, pc, obj, name):
    """obj.name for an object whose feedback saw one shape with `name`
    as its own data property: a shape guard and a slot load, unboxed to
    the type the sample object's field has (None: not handled here)."""
    fb = _own_field_feedback(b, pc, store=False)
    if fb is None:
        return None
    sample = b.samples.get(obj)
    if type(sample) is not JSObject or sample.shape is not fb[0]:
        sample = _sample_of_shape(b, fb[0])
        if sample is None:
            return None
    shape, slot = fb
    value = sample.slots[slot]
    typ = value_type(value)
    if typ == I32 and pc in b.info.f64_sites:
        typ = F64
    if typ == OBJ:
        typ = OBJN                  # may hold null next time (the end of a list)
    if typ is None or not (typ in _FIELD_TYPES or ir.is_object_type(typ)):
        return None
    # (its shape guard deopts as "wrong shape (hidden class)": lowering)
    v = b.emit("load_field", typ, [obj], (shape, slot, name), pc=pc, reason="field of another type")
    if ir.is_object_type(typ):
        b.samples[v] = value
    return v


def _array_push_method(b, pc, obj):
    """arr.push of the built-in push, as monomorphic feedback saw it on
    Array.prototype, with prototypes that have no elements (so appending
    is all a [[Set]] of the next index does).  The first one in a unit
    makes it build again with array elements loaded at every access."""
    from minijs.builtins.array_mutation import push
    index = b.code.feedback[pc]
    f = b.code.feedback_vector[index] if index >= 0 else None
    intrinsics = b.g.closure.realm.intrinsics
    array_proto, object_proto = intrinsics["ArrayPrototype"], intrinsics["ObjectPrototype"]
    if type(f) is not tuple or f[2] is not array_proto or f[4] or f[5] is not JSArray:
        return None
    fn = array_proto.slots[f[1]] if array_proto.shape is f[3] else None
    if getattr(fn, "fn", None) is not push or array_proto.proto is not object_proto \
            or object_proto.proto is not NULL \
            or array_proto.elements is not None or object_proto.elements is not None:
        return None
    if not b.unit.settled["resizes_arrays"]:
        b.unit.settled["resizes_arrays"] = True
        raise _Rebuild()
    return b.emit("array_push_method", FUNC, [obj], (array_proto, f[3], fn, object_proto, f[1]),
                  pc=pc, reason="wrong call target")


def _prototype_method(b, pc, obj, name):
    """obj.name() of a function found on obj's prototype, as monomorphic
    feedback saw it: a FUNC guarded on the receiver's shape and
    prototype, the prototype's shape and the function in its slot (V8
    checks maps and embeds the function the same way).  None if the site
    or the sample object says otherwise."""
    index = b.code.feedback[pc]
    f = b.code.feedback_vector[index] if index >= 0 else None
    if type(f) is not tuple or f[2] is None or f[4] or f[5] is not JSObject:
        return None                 # not a data property of the direct prototype
    shape, slot, holder, holder_shape = f[0], f[1], f[2], f[3]
    sample = b.samples.get(obj)
    fn = holder.slots[slot] if holder.shape is holder_shape else None
    if (sample is None or sample.shape is not shape or sample.proto is not holder
            or not isinstance(fn, JSFunction)):
        return None
    # (aux[2] is the function, as for every FUNC value)
    return b.emit("prototype_method", FUNC, [obj], (shape, holder, fn, holder_shape, slot),
                  pc=pc, reason="wrong shape (hidden class)")


@_handler(O.SET_NAMED)
def _set_named(b, pc, arg):
    obj, value = b.stack[-2], b.stack[-1]
    name = b.code.names[arg]
    fb = _own_field_feedback(b, pc, store=True)
    add = _add_transition_feedback(b, pc)
    if obj.type == OBJN and (fb is not None or add is not None):
        obj = b.not_null(pc, obj)
    if add is not None and obj.type == OBJ and (value.type in (I32, F64, BOOL)
                                               or value.type in (OBJ, OBJN)):
        # (appending never drops a value a register holds; the list takes a reference)
        b.emit("add_field", UNDEF, [obj, value], add + (name,), pc=pc,
               reason="wrong shape (hidden class)")
        del b.stack[-2:]
        return
    if obj.type != OBJ or fb is None or value.type not in (I32, F64, BOOL):
        return b._unsupported(pc, "property store .%s" % name)
    shape, slot = fb
    b.emit("store_field", UNDEF, [obj, value], (shape, slot, name), pc=pc,
           reason="the field held an object")
    del b.stack[-2:]


def _typed_array_length_guard(b, pc, a):
    """`a.length` is the built-in getter's answer if `a` has no own
    properties and its prototype chain is the pristine one: checked once,
    in the entry block (nothing native code does can change it).  False
    if the chain is not pristine now."""
    if ("length guard", a) in b.array_info:
        return True
    if a.op not in ("param", "load_field"):      # (a guard needs the frame state there)
        return False
    intrinsics = b.g.closure.realm.intrinsics
    kind_proto = intrinsics[_element_kind(a.type) + "Prototype"]
    ta_proto = intrinsics["TypedArrayPrototype"]
    entry = ta_proto.shape.table.get("length")
    if (kind_proto.shape.dictionary or ta_proto.shape.dictionary or kind_proto.proto is not ta_proto
            or "length" in kind_proto.shape.table or entry is None):
        return False
    accessor = ta_proto.slots[entry >> 4]
    if getattr(accessor, "getter", None) is not intrinsics["TypedArrayLengthGetter"]:
        return False
    v = b.g.value("typed_array_length_guard", UNDEF, [a],
                  (kind_proto, kind_proto.shape, ta_proto, ta_proto.shape, entry >> 4, accessor),
                  b.defined_state(a), "typed array with own properties or another prototype chain")
    b.place_once(a, (v,))
    b.array_info[("length guard", a)] = v
    return True


# the values whose arrays' element pointer, count and length are loaded once (place_once)
_PLACEABLE = ("param", "load_field", "phi", "arr_load")


def _array_length(b, pc, a):
    """An array's length (its own "length": loaded once, in the entry)."""
    if b.unit.settled["resizes_arrays"]:
        return b.emit("arr_length", I32, [a])           # (see elements_info)
    v = b.array_info.get(("length", a))
    if v is None:
        if a.op not in _PLACEABLE:
            raise Refused("@%d: length of an array that is not an argument, OSR value, field or join" % pc)
        v = b.array_info[("length", a)] = b.g.value("arr_length", I32, [a])
        b.place_once(a, (v,))
    return v


# -- elements -------------------------------------------------------------------

def _element_kind(t):
    return t[len(ir.TYPED_ARRAY_PREFIX):]


@_handler(O.GET_KEYED)
def _get_keyed(b, pc, arg):
    obj, key = b.stack[-2], b.stack[-1]
    if not (is_object_type(obj.type) and key.type == I32):
        return b._unsupported(pc, "element load of %s[%s]" % (obj.type, key.type))
    data, length = b.elements_info(pc, obj)
    if obj.type.startswith(ir.ARRAY_PREFIX):
        typ = obj.type[len(ir.ARRAY_PREFIX):]
        v = b.emit("arr_load", typ, [data, length, key], pc=pc, reason="hole, out of bounds or another type")
        sample = b.samples.get(obj)
        if is_object_type(typ) and sample is not None and type(sample.elements) is list \
                and sample.elements:
            b.samples[v] = sample.elements[0]      # (the array's objects share a shape, or loads deopt)
    else:
        kind = _element_kind(obj.type)
        typ = F64 if kind in ("Float32Array", "Float64Array", "Uint32Array") else I32
        v = b.emit("ta_load", typ, [data, length, key], kind, pc=pc, reason="out of bounds")
    b.stack[-2:] = [v]


@_handler(O.TO_PROPERTY_KEY)
def _to_property_key(b, pc, arg):
    if not (arg == 1 and b.stack[-1].type == I32):      # an element key that is an int stays one
        return b._unsupported(pc, "property key of a %s" % b.stack[-1].type)


@_handler(O.SET_KEYED)
def _set_keyed(b, pc, arg):
    obj, key, value = b.stack[-3], b.stack[-2], b.stack[-1]
    if obj.type.startswith(ir.ARRAY_PREFIX) and key.type == I32:
        element = obj.type[len(ir.ARRAY_PREFIX):]
        if element == OBJ:          # would drop an object a register may hold (see ir.OBJ)
            return b._unsupported(pc, "store into an array of objects")
        if not (value.type == element or (element == F64 and value.type == I32)):
            return b._unsupported(pc, "store of a %s into an array of %s" % (value.type, element))
        data, length = b.elements_info(pc, obj)
        b.emit("arr_store", UNDEF, [data, length, key, value], pc=pc, reason="hole or out of bounds")
        del b.stack[-3:]
        return
    if not (obj.type.startswith(ir.TYPED_ARRAY_PREFIX) and key.type == I32
            and value.type in (I32, F64)):
        return b._unsupported(pc, "element store %s[%s] = %s" % (obj.type, key.type, value.type))
    kind = _element_kind(obj.type)
    data, length = b.elements_info(pc, obj)
    if value.type == F64 and kind not in ("Float32Array", "Float64Array", "Uint8ClampedArray"):
        value = b.emit("f2i", I32, [value], pc=pc, reason="not an int32 stored into an integer array")
    b.emit("ta_store", UNDEF, [data, length, key, value], kind)
    del b.stack[-3:]


def _call(b, pc, argc, with_this):
    stack = b.stack
    n = argc + (2 if with_this else 1)
    callee = stack[-n]
    args = stack[len(stack) - argc:]
    if callee.type != FUNC:
        return b._unsupported(pc, "call of a %s" % callee.type)
    fn = callee.aux[2]
    if callee.op == "array_push_method":
        arr = stack[-n + 1]
        element = arr.type[len(ir.ARRAY_PREFIX):]
        if argc != 1 or not (args[0].type == element or (element == F64 and args[0].type == I32)
                             or (element == OBJ and args[0].type == OBJN)):
            return b._unsupported(pc, "push of a %s onto an array of %s"
                                  % ("/".join(a.type for a in args), element))
        value = b.to_f64(args[0]) if element == F64 else args[0]
        stack[-n:] = [b.emit("arr_push", I32, [arr, value], pc=pc,
                             reason="array not extensible, sparse or of another length")]
        return
    if callee.op == "property_function":          # Math.f(...)
        name = callee.aux[1]
        for a in args:
            if a.type not in (I32, F64):
                return b._unsupported(pc, "Math.%s of a %s" % (name, a.type))
        v = MATH_FUNCTIONS[name](b, pc, args)
        if v is None:
            return b._unsupported(pc, "Math.%s with %d arguments" % (name, argc))
        stack[-n:] = [v]
        return
    if not isinstance(fn, JSFunction):
        return b._unsupported(pc, "call of a non-function")
    if fn.code.flags & CodeFlag.CLASS_CONSTRUCTOR:
        return b._unsupported(pc, "class constructor called without new")
    types = []
    for a in args:
        if a.type not in (I32, F64, BOOL) and not is_object_type(a.type):
            return b._unsupported(pc, "call with a %s argument" % a.type)
        types.append(a.type)
    params = fn.code.param_count
    if len(types) != params:
        return b._unsupported(pc, "call with %d arguments for %d parameters" % (len(types), params))
    method = callee.op == "prototype_method"        # obj.m(...): the receiver is `this`
    receiver = stack[-n + 1] if method else None
    if method and receiver not in b.samples:
        return b._unsupported(pc, "method call on an object the compiler has not seen")
    try:
        samples = [b.samples.get(a) for a in args]
        if method:
            graph, rtype = b.call_target(fn, types, this=b.samples[receiver], samples=samples)
        else:
            graph, rtype = b.call_target(fn, types, samples=samples)
    except Refused as e:
        return b._unsupported(pc, "callee %s: %s" % (fn.code.name, e))
    after = stack[:len(stack) - n]
    state = FrameState(pc + 1, [v if i in b.live[pc + 1] else None for i, v in enumerate(b.regs)], after)
    if method:
        v = b.emit("call_method", rtype, [receiver] + args, graph, state=state,
                   reason="callee deoptimized")
    else:
        v = b.emit("call", rtype, args, graph, state=state, reason="callee deoptimized")
    stack[-n:] = [v]


@_handler(O.CALL_UNDEFINED)
def _call_undefined(b, pc, arg):
    return _call(b, pc, arg, False)


@_handler(O.CALL)
def _call_with_this(b, pc, arg):
    return _call(b, pc, arg, True)
