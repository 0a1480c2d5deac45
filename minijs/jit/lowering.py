"""Typed SSA graphs (ir.py) -> one LLVM module (as text, llvm_text.py).

Every graph becomes an internal function `(i32 room, ptr this, params...) -> T`
whose result type follows the graph's return type; a native call passes
`room - 1` (frames left before the stack limit).  After every native call
the caller reads the shared status cell (layout.STATUS):

    OK         the result is valid
    EXCEPTION  a Python exception is set: return at once (the entry
               reports it to the interpreter, which unwinds)
    BOXED      the callee deoptimised and its result has another type: it
               is in the boxed cell, and the caller deoptimises right after
               the call with that value on its operand stack

Each graph also gets a `METH_FASTCALL` entry (entry.py turns its address
into a Python builtin): `entry(self, args, nargs)` with the direct-call
arguments `(fn, this, room, a0, ...)` (OSR: `(room, this, live registers...)`)
checks and unboxes them, calls the function and boxes the result; any
argument that does not fit calls the fallback (the baseline entry) with
the same arguments.

A failed guard builds the interpreter's frame state: every live value is
boxed into an argument vector and the deopt helper (deopt.py) is called
through PyObject_Vectorcall; it resumes the interpreter at the guard's
bytecode and returns the function's result, which this function then
returns (unboxed when it fits the return type, else as BOXED).
"""

import itertools
from minijs.jit import ir
from minijs.jit import llvm_text as L
from minijs.jit.deopt import DeoptSite, raise_stack_overflow
from minijs.jit.interrupt import BUDGET, interrupt_check
from minijs.jit.layout import LAYOUT, NATIVE_FRAMES, STATUS, STATUS_BOXED, STATUS_EXCEPTION
from minijs.runtime.values import NULL, UNDEFINED

__all__ = ["lower_unit", "ENTRY_PREFIX", "QUICK_TIER_FLAG", "OPTIMIZING_TIER_FLAG"]

i1, i8, i32, i64 = L.IntType(1), L.IntType(8), L.IntType(32), L.IntType(64)
f64 = L.DoubleType()
ptr = L.PointerType()

ENTRY_PREFIX = "entry_"
_UNIT_IDS = itertools.count()
# A module constant of quick-tier code; its definition line in the IR
# text, and the same with false for recompiling that text fully optimized.
QUICK_TIER_GLOBAL = "minijs.quick_tier"
QUICK_TIER_FLAG = '@"%s" = internal constant i1 1' % QUICK_TIER_GLOBAL
OPTIMIZING_TIER_FLAG = '@"%s" = internal constant i1 0' % QUICK_TIER_GLOBAL
_LLTYPES = {ir.I32: i32, ir.F64: f64, ir.BOOL: i1, ir.UNDEF: i8, ir.FUNC: i8, ir.BOXED: ptr,
            ir.RAW: ptr}


def _lltype(t):
    return ptr if ir.is_object_type(t) else _LLTYPES[t]


# typed array kinds: (element type, signed) of the stored integers; None: floats
_ELEMENT = {"Int8Array": (L.IntType(8), True), "Uint8Array": (L.IntType(8), False),
            "Uint8ClampedArray": (L.IntType(8), False), "Int16Array": (L.IntType(16), True),
            "Uint16Array": (L.IntType(16), False), "Int32Array": (i32, True),
            "Uint32Array": (i32, False), "Float32Array": None, "Float64Array": None}
_ELEMENT_SHIFT = {"Int8Array": 0, "Uint8Array": 0, "Uint8ClampedArray": 0, "Int16Array": 1,
                  "Uint16Array": 1, "Int32Array": 2, "Uint32Array": 2, "Float32Array": 2,
                  "Float64Array": 3}
_ICMP = {"<": "<", ">": ">", "<=": "<=", ">=": ">=", "==": "==", "!=": "!="}
_FCMP_ORDERED = {"<": "<", ">": ">", "<=": "<=", ">=": ">=", "==": "=="}
# IR operations that are one LLVM instruction (the IRBuilder method)
_PLAIN_BINARY = {"fadd": "fadd", "fsub": "fsub", "fmul": "fmul", "fdiv": "fdiv", "fmod": "frem",
                 "and": "and_", "or": "or_", "xor": "xor", "imul": "mul"}


class _Unit:
    """The module being built and the Python objects its code refers to
    (kept alive as long as the native code is)."""

    def __init__(self, name, triple, data_layout, deopt_helper, fallbacks, tier_up):
        self.id = next(_UNIT_IDS)
        self.tier_up = tier_up      # (callable, hotness cell address) in the quick tier, else None
        self.module = L.Module(name)
        self.module.triple = triple
        self.module.data_layout = data_layout
        self.keep = []
        self.sites = []             # DeoptSites of every guard
        self.deopt_helper = deopt_helper
        self.fallbacks = fallbacks  # graph -> callable for entry misses
        m = self.module
        self.capi = {
            "PyLong_FromLong": L.Function(m, L.FunctionType(ptr, [i64]), "PyLong_FromLong"),
            "PyFloat_FromDouble": L.Function(m, L.FunctionType(ptr, [f64]), "PyFloat_FromDouble"),
            "PyObject_Vectorcall": L.Function(m, L.FunctionType(ptr, [ptr, ptr, i64, ptr]),
                                              "PyObject_Vectorcall"),
            "_Py_Dealloc": L.Function(m, L.FunctionType(L.VoidType(), [ptr]), "_Py_Dealloc"),
            "PyList_Append": L.Function(m, L.FunctionType(i32, [ptr, ptr]), "PyList_Append"),
        }
        self.functions = {}

    def obj(self, builder, o):
        """A Python object as a constant pointer (kept alive by the unit)."""
        self.keep.append(o)
        return builder.inttoptr(i64(id(o)), ptr)

    def quick_tier_flag(self):
        """The module's constant i1 that quick-tier code tests (true); see
        QUICK_TIER_FLAG."""
        flag = self.module.globals.get(QUICK_TIER_GLOBAL)
        if flag is None:
            flag = L.GlobalVariable(self.module, i1, QUICK_TIER_GLOBAL)
            flag.global_constant = True
            flag.linkage = "internal"
            flag.initializer = i1(1)
        return flag

    def unboxer(self, typ):
        """The module's function `(ptr o) -> {value, i1 ok}`: _unbox of `o`
        as IR type `typ`, made once."""
        name = "unbox.%d.%s" % (self.id, typ)
        fn = self.module.globals.get(name)
        if fn is None:
            value_type = _lltype(typ)
            pair = L.StructType([value_type, i1])
            fn = L.Function(self.module, L.FunctionType(pair, [ptr]), name)
            fn.linkage = "internal"
            b = L.IRBuilder(fn.append_basic_block("entry"))
            fail = fn.append_basic_block("fail")
            v = _unbox(b, fn.args[0], typ, fail)
            b.ret(b.insert_value(b.insert_value(L.Undefined(pair), v, 0), i1(1), 1))
            b.position_at_end(fail)
            b.ret(b.insert_value(L.Undefined(pair), i1(0), 1))
        return fn

    def intrinsic(self, name, nargs=1):
        return self.module.declare_intrinsic(name + ".f64", f64, [f64] * nargs)


def lower_unit(graphs, name, triple, data_layout, deopt_helper, fallbacks, tier_up=None):
    """An LLVM module with every graph and its entry; returns
    (module, unit) where unit.sites lists the deopt sites.  `tier_up`:
    (callable, address of an int64 hotness cell) makes quick-tier code
    that counts down the cell by the work it does (calls and loop
    iterations) and calls the callable once it reaches 0 (see
    op_interrupt_poll)."""
    unit = _Unit(name, triple, data_layout, deopt_helper, fallbacks, tier_up)
    for i, g in enumerate(graphs):
        fnty = L.FunctionType(_lltype(g.return_type), [i32, ptr] + [_lltype(t) for t in g.param_types])
        # names unique in the process: every unit's module joins one MCJIT engine
        f = L.Function(unit.module, fnty, "js%d_%d" % (unit.id, i))
        f.linkage = "internal"
        unit.functions[g] = f
    for g in graphs:
        _FunctionLowering(unit, g).run()
        _lower_entry(unit, g)
    return unit.module, unit


# -- boxing helpers ----------------------------------------------------------------

def _load_at(b, base, offset, typ):
    p = b.gep(base, [i64(offset)], source_etype=i8)
    return b.load(p, typ=typ)


def _incref(b, o):
    rc = b.load(o, typ=i64)
    b.store(b.add(rc, i64(1)), o)


def _decref(unit, b, o):
    rc = b.sub(b.load(o, typ=i64), i64(1))
    b.store(rc, o)
    with b.if_then(b.icmp_signed("==", rc, i64(0)), likely=False):
        b.call(unit.capi["_Py_Dealloc"], [o])


def _box(unit, b, v, typ):
    """A new reference to the Python value of native `v` of IR type `typ`."""
    if typ == ir.I32:
        return b.call(unit.capi["PyLong_FromLong"], [b.sext(v, i64)])
    if typ == ir.F64:
        return b.call(unit.capi["PyFloat_FromDouble"], [v])
    if typ == ir.BOOL:
        o = b.select(v, b.inttoptr(i64(LAYOUT.true), ptr), b.inttoptr(i64(LAYOUT.false), ptr))
    elif ir.is_object_type(typ):
        o = v                       # borrowed from the entry's caller
    else:
        o = unit.obj(b, UNDEFINED)
    _incref(b, o)
    return o


def _is_null(b, o):
    """i1: `o` is JS null (the singleton)."""
    return b.icmp_unsigned("==", b.ptrtoint(o, i64), i64(id(NULL)))


def _type_is(b, o, type_address):
    """i1: Python object `o`'s exact type is the type at `type_address`."""
    return b.icmp_unsigned("==", _load_at(b, o, LAYOUT.ob_type, i64), i64(type_address))


def _small_int(b, o, on_fail):
    """The value (i64) of `o` if it is a PyLong of at most two 30-bit
    digits (every int32, every safe integer below 2**60); else branch to
    `on_fail`.  (A PyLong's allocation always covers two digits: CPython
    rounds object sizes up to 16 bytes.)"""
    is_long = _type_is(b, o, LAYOUT.long_type)
    long_block = b.append_basic_block("long")
    b.cbranch(is_long, long_block, on_fail)
    b.position_at_end(long_block)
    size = _load_at(b, o, LAYOUT.long_size, i64)
    negative = b.icmp_signed("<", size, i64(0))
    ndigits = b.select(negative, b.sub(i64(0), size), size)
    small = b.append_basic_block("small_long")
    b.cbranch(b.icmp_unsigned("<=", ndigits, i64(2)), small, on_fail)
    b.position_at_end(small)
    d0 = b.zext(_load_at(b, o, LAYOUT.long_digit0, i32), i64)
    d1 = b.zext(_load_at(b, o, LAYOUT.long_digit0 + 4, i32), i64)
    d1 = b.select(b.icmp_unsigned("==", ndigits, i64(2)), d1, i64(0))
    magnitude = b.or_(d0, b.shl(d1, i64(30)))
    magnitude = b.select(b.icmp_unsigned("==", ndigits, i64(0)), i64(0), magnitude)
    return b.select(negative, b.sub(i64(0), magnitude), magnitude)


def _unbox(b, o, typ, on_fail):
    """Native value of Python object `o` as `typ`; branches to block
    `on_fail` when it has another type."""
    if typ == ir.I32:
        # a float with an int32 value (not -0) is that int32: native code
        # hands f64 values back as floats (a loop variable widened to f64
        # comes back into an OSR entry that speculated int32)
        is_float = _type_is(b, o, LAYOUT.float_type)
        fblock = b.append_basic_block("float")
        iblock = b.append_basic_block("int")
        cont = b.append_basic_block("unboxed")
        b.cbranch(is_float, fblock, iblock)
        b.position_at_end(fblock)
        fv = _load_at(b, o, LAYOUT.float_value, f64)
        in_range = b.and_(b.fcmp_ordered("<", fv, f64(2147483648.0)),
                          b.fcmp_ordered(">=", fv, f64(-2147483648.0)))   # (false for NaN)
        convert = b.append_basic_block("float_to_int")
        b.cbranch(in_range, convert, on_fail)       # fptosi out of range would be poison
        b.position_at_end(convert)
        fi = b.fptosi(fv, i32)
        exact = b.fcmp_ordered("==", b.sitofp(fi, f64), fv)
        not_minus_zero = b.icmp_unsigned("!=", b.bitcast(fv, i64), i64(-(1 << 63)))
        float_end = b.block
        b.cbranch(b.and_(exact, not_minus_zero), cont, on_fail)
        b.position_at_end(iblock)
        value = _small_int(b, o, on_fail)
        fits = b.icmp_signed("==", b.sext(b.trunc(value, i32), i64), value)
        iv = b.trunc(value, i32)
        int_end = b.block
        b.cbranch(fits, cont, on_fail)
        b.position_at_end(cont)
        phi = b.phi(i32)
        phi.add_incoming(fi, float_end)
        phi.add_incoming(iv, int_end)
        return phi
    if typ == ir.F64:
        is_float = _type_is(b, o, LAYOUT.float_type)
        fblock = b.append_basic_block("float")
        iblock = b.append_basic_block("int")
        cont = b.append_basic_block("unboxed")
        b.cbranch(is_float, fblock, iblock)
        b.position_at_end(fblock)
        fv = _load_at(b, o, LAYOUT.float_value, f64)
        b.branch(cont)
        b.position_at_end(iblock)
        iv = b.sitofp(_small_int(b, o, on_fail), f64)
        int_end = b.block
        b.branch(cont)
        b.position_at_end(cont)
        phi = b.phi(f64)
        phi.add_incoming(fv, fblock)
        phi.add_incoming(iv, int_end)
        return phi
    if typ == ir.BOOL:
        addr = b.ptrtoint(o, i64)
        is_true = b.icmp_unsigned("==", addr, i64(LAYOUT.true))
        is_bool = b.or_(is_true, b.icmp_unsigned("==", addr, i64(LAYOUT.false)))
        cont = b.append_basic_block("unboxed")
        b.cbranch(is_bool, cont, on_fail)
        b.position_at_end(cont)
        return is_true
    if typ in (ir.OBJ, ir.OBJN):
        ok = _type_is(b, o, LAYOUT.object_type)
        if typ == ir.OBJN:
            ok = b.or_(ok, _is_null(b, o))
        cont = b.append_basic_block("plain_object")
        b.cbranch(ok, cont, on_fail)
        b.position_at_end(cont)
        return o
    if typ.startswith(ir.TYPED_ARRAY_PREFIX):
        return _check_typed_array(b, o, typ, on_fail)
    if typ.startswith(ir.ARRAY_PREFIX):
        return _check_array(b, o, on_fail)
    if typ == ir.UNDEF:
        ok = b.icmp_unsigned("==", b.ptrtoint(o, i64), i64(id(UNDEFINED)))
        cont = b.append_basic_block("unboxed")
        b.cbranch(ok, cont, on_fail)
        b.position_at_end(cont)
        return i8(0)
    raise AssertionError(typ)


def _unbox_out_of_line(unit, b, o, typ, on_fail):
    """_unbox through the module's one function for `typ` (see
    _Unit.unboxer): for entries, which run once per call from the
    interpreter; inlined, the checks of an OSR entry's dozen values were
    about a third of the unit's code and of LLVM's time."""
    pair = b.call(unit.unboxer(typ), [o])
    cont = b.append_basic_block("unboxed")
    b.cbranch(b.extract_value(pair, 1), cont, on_fail)
    b.position_at_end(cont)
    return b.extract_value(pair, 0)


def _check_typed_array(b, o, typ, on_fail):
    """`o` itself if it is a typed array of the kind of `typ` on a
    fixed-length, attached buffer, with elements (what value_type says)."""
    from minijs.runtime.typed_arrays import KIND_BY_NAME
    kind = KIND_BY_NAME[typ[len(ir.TYPED_ARRAY_PREFIX):]]
    checks = [
        lambda: _type_is(b, o, LAYOUT.typed_array_type),
        lambda: b.icmp_unsigned("==", _load_at(b, o, LAYOUT.typed_array_kind, i64), i64(id(kind))),
        lambda: b.icmp_unsigned("!=", _load_at(b, o, LAYOUT.typed_array_view, i64), i64(LAYOUT.none)),
    ]
    for check in checks:
        cont = b.append_basic_block("typed_array")
        b.cbranch(check(), cont, on_fail)
        b.position_at_end(cont)
    buf = _load_at(b, o, LAYOUT.typed_array_buffer, ptr)
    attached = b.icmp_unsigned("!=", _load_at(b, buf, LAYOUT.buffer_data, i64), i64(LAYOUT.none))
    fixed = b.icmp_unsigned("==", _load_at(b, buf, LAYOUT.buffer_max_byte_length, i64),
                            i64(LAYOUT.none))
    cont = b.append_basic_block("typed_array_ok")
    b.cbranch(b.and_(attached, fixed), cont, on_fail)
    b.position_at_end(cont)
    return o


def _check_array(b, o, on_fail):
    """`o` itself if it is an Array whose elements are a list (dense)."""
    is_array = _type_is(b, o, LAYOUT.array_type)
    cont = b.append_basic_block("array")
    b.cbranch(is_array, cont, on_fail)
    b.position_at_end(cont)
    elements = _load_at(b, o, LAYOUT.object_elements, ptr)
    dense = _type_is(b, elements, LAYOUT.list_type)
    cont = b.append_basic_block("dense_array")
    b.cbranch(dense, cont, on_fail)
    b.position_at_end(cont)
    _unbox(b, _load_at(b, o, LAYOUT.array_length, ptr), ir.I32, on_fail)   # length is an int32
    return o


def _record_native_frame(b, room, info, pc):
    """NATIVE_FRAMES[room] = (info, pc): this activation, for stack traces.
    `info` is a pointer or 0 (the end of a native chain)."""
    index = b.zext(room, i64)
    inside = b.icmp_unsigned("<", index, i64(NATIVE_FRAMES.SIZE))
    with b.if_then(inside):
        slot = b.gep(b.inttoptr(i64(NATIVE_FRAMES.address), ptr), [b.mul(index, i64(2))],
                     source_etype=i64)
        b.store(b.ptrtoint(info, i64) if info.type == ptr else info, slot)
        b.store(i64(pc), b.gep(slot, [i64(1)], source_etype=i64))


def _status_ptr(b, offset=0):
    return b.inttoptr(i64(STATUS.status_address + offset), ptr)


def _vectorcall(unit, b, callable_ptr, values):
    """PyObject_Vectorcall(callable, values) -> new reference or NULL."""
    n = len(values)
    argv = b.alloca(ptr, n if n else 1)
    for i, v in enumerate(values):
        b.store(v, b.gep(argv, [i64(i)], source_etype=ptr))
    return b.call(unit.capi["PyObject_Vectorcall"], [callable_ptr, argv, i64(n), L.Constant(ptr, None)])


class _FunctionLowering:
    def __init__(self, unit, graph):
        self.unit = unit
        self.g = graph
        self.f = unit.functions[graph]
        self.rtype = _lltype(graph.return_type)
        self.values = {}
        self.blocks = {}
        self.exit_block = {}        # IR block -> the LLVM block it ends in (guards split blocks)
        self.deopt_exit = None      # the block every guard deopts through (made by the first)
        self.exception_exit = None  # the block every failed C-API call returns through
        self.deopt_edges = []       # (block, site, {slot key: raw value}) of every deopt
        self.deopt_slots = {}       # slot key (position, LLVM type) -> index in the buffer
        self.frame_info = (graph.code, graph.closure)   # what a stack trace shows of it
        self.has_loops = any(v.op == "interrupt_poll" and v.aux == "loop"
                             for blk in graph.blocks for v in blk.body)

    def run(self):
        f, g = self.f, self.g
        entry = f.append_basic_block("entry")
        for blk in g.blocks:
            self.blocks[blk] = f.append_basic_block("b%d" % blk.id)
        b = L.IRBuilder(entry)
        self.loop_budget = b.alloca(i64)
        b.store(i64(BUDGET), self.loop_budget)
        self.room = f.args[0]
        self.this = f.args[1]           # borrowed: the caller holds it
        for p in g.params:
            self.values[p] = f.args[2 + p.aux]
        if g.this_value is not None:
            self.values[g.this_value] = self.this
        overflow = f.append_basic_block("stack_overflow")
        b.cbranch(b.icmp_signed("<", self.room, i32(0)), overflow, self.blocks[g.blocks[0]])
        b.position_at_end(overflow)
        room = b.call(self.unit.capi["PyLong_FromLong"], [b.sext(self.room, i64)])
        r = _vectorcall(self.unit, b, self.unit.obj(b, raise_stack_overflow),
                        [self.unit.obj(b, g.code), self.unit.obj(b, g.closure), room])
        self._unwind_if_null(b, r)
        b.unreachable()                 # it always raises
        phis = []
        for blk in g.blocks:
            b.position_at_end(self.blocks[blk])
            for phi in blk.phis:
                p = b.phi(_lltype(phi.type), name="v%d" % phi.id)
                self.values[phi] = p
                phis.append((phi, p))
            for v in blk.body:
                self.values[v] = self.lower_value(b, v)
            self.terminate(b, blk)
        for phi, p in phis:
            for pred, v in phi.aux:
                p.add_incoming(self.values[v], self.exit_block[pred])
        if self.deopt_exit is not None:
            self._lower_deopt_exit()

    def terminate(self, b, blk):
        self.exit_block[blk] = b.block
        term = blk.term
        kind = term[0]
        if kind == "jump":
            b.branch(self.blocks[term[1]])
        elif kind == "branch":
            b.cbranch(self.values[term[1]], self.blocks[term[2]], self.blocks[term[3]])
        elif kind == "return":
            if self.unit.tier_up is not None and self.has_loops:
                self._spend_hotness(b, b.sub(i64(BUDGET), b.load(self.loop_budget, typ=i64)))
            b.ret(self.values[term[1]])
        else:
            self.deopt(b, term[1], term[2])

    # -- guards and deopts ---------------------------------------------------------

    def guard(self, b, ok, v, extra=None, reason=None):
        """Continue when `ok`; else deopt with v's frame state."""
        fail = self.f.append_basic_block("deopt_v%d" % v.id)
        cont = self.f.append_basic_block("ok_v%d" % v.id)
        b.cbranch(ok, cont, fail)
        b.position_at_end(fail)
        self.deopt(b, v.state, reason or v.reason, extra)
        b.position_at_end(cont)

    def deopt(self, b, state, reason, extra=None):
        """Leave through the function's shared deopt exit with the frame
        state of `state`: its raw live values go to the exit as phi inputs
        (see _lower_deopt_exit).  `extra`: (value, IR type) pushed on top
        of the state's stack (a call's result that came back with another
        type)."""
        layout = []
        raw = {}
        for kind, i, v in state.values():
            t = v.type
            if t in (ir.I32, ir.F64, ir.BOOL) or ir.is_object_type(t):
                layout.append((kind, i, t, self._raw_slot(raw, self.values[v])))
            else:                       # constants: the site holds them
                layout.append((kind, i, t, v.aux[2] if t == ir.FUNC else UNDEFINED))
        if extra is not None:
            value, typ = extra
            if typ in (ir.UNDEF, ir.FUNC):
                layout.append(("s", len(state.stack), typ, UNDEFINED))
            else:
                layout.append(("s", len(state.stack), typ, self._raw_slot(raw, value)))
        site = DeoptSite(self.g.code, self.g.closure, state.pc, layout, reason, osr=self.g.osr_pc is not None)
        self.unit.sites.append(site)
        if self.deopt_exit is None:
            self.deopt_exit = self.f.append_basic_block("deopt_exit")
        self.deopt_edges.append((b.block, site, raw))
        b.branch(self.deopt_exit)

    def _raw_slot(self, raw, value):
        """The buffer index for the next raw value of a deopt (`raw`: the
        slot keys it uses so far).  The n-th value of a given LLVM type
        has the same slot at every deopt, so deopts with alike states
        share their phis."""
        n = sum(1 for key in raw if key[1] == value.type)
        key = (n, value.type)
        raw[key] = value
        return self.deopt_slots.setdefault(key, len(self.deopt_slots))

    def _lower_deopt_exit(self):
        """The block every guard deopts through, written once all are
        known: one phi per buffer slot (undef from deopts that do not use
        it) and the site, the raw values stored into the frame-state
        buffer, then deopt.deopt_packed(site, room, this, buffer address).
        Per guard that is a branch: storing each deopt's values on its own
        path wrote most of the code (in nbody 1,700 of 2,850
        instructions) and most of LLVM's work."""
        unit = self.unit
        b = L.IRBuilder(self.deopt_exit)
        site = b.phi(ptr, name="deopt_site")
        for block, s, _ in self.deopt_edges:
            site.add_incoming(unit.obj(b, s), block)       # (a constant: no code in `block`)
        slots = []
        for key, index in self.deopt_slots.items():
            phi = b.phi(key[1])
            undef = L.Undefined(key[1])
            for block, _, raw in self.deopt_edges:
                phi.add_incoming(raw.get(key, undef), block)
            slots.append((phi, index))
        buffer = b.alloca(i64, max(1, len(slots)))
        for phi, index in slots:
            b.store(self._as_raw(b, phi), b.gep(buffer, [i64(index)], source_etype=i64))
        room = b.call(unit.capi["PyLong_FromLong"], [b.sext(self.room, i64)])
        address = b.call(unit.capi["PyLong_FromLong"], [b.ptrtoint(buffer, i64)])
        r = _vectorcall(unit, b, unit.obj(b, unit.deopt_helper), [site, room, self.this, address])
        _decref(unit, b, room)
        _decref(unit, b, address)
        self._return_result(b, r)

    @staticmethod
    def _as_raw(b, value):
        """A native value as the 64 bits deopt_packed reads."""
        t = value.type
        if t == f64:
            return b.bitcast(value, i64)
        if t == i32:
            return b.sext(value, i64)
        if t == i1:
            return b.zext(value, i64)
        return b.ptrtoint(value, i64)

    def _unwind_if_null(self, b, r):
        """A C-API call returned NULL: a Python exception is set, so
        return at once with STATUS_EXCEPTION (through the function's one
        exception exit); else go on."""
        is_null = b.icmp_unsigned("==", b.ptrtoint(r, i64), i64(0))
        have = self.f.append_basic_block("result")
        b.cbranch(is_null, self._exception_exit(), have, likely=False)
        b.position_at_end(have)

    def _exception_exit(self):
        if self.exception_exit is None:
            block = self.exception_exit = self.f.append_basic_block("exception")
            b = L.IRBuilder(block)
            b.store(i64(STATUS_EXCEPTION), _status_ptr(b))
            b.ret(L.Constant(self.rtype, None))
        return self.exception_exit

    def _return_result(self, b, r):
        """Return the Python result `r` (a new reference or NULL) of the
        interpreter's run of a deoptimized activation, boxed: an entry
        hands it to the interpreter as it is, and a native caller deopts
        too, taking it as the call's result.  The caller must not go on:
        the interpreter may have resized or replaced arrays it cached, and
        the callee's code, thrown away, must not be called from it again
        (V8 drops code a deoptimized function was inlined into as well)."""
        self._unwind_if_null(b, r)
        b.store(b.ptrtoint(r, i64), _status_ptr(b, 8))
        b.store(i64(STATUS_BOXED), _status_ptr(b))
        b.ret(L.Constant(self.rtype, None))

    # -- values ---------------------------------------------------------------------

    def lower_value(self, b, v):
        op = v.op
        x = [self.values[a] for a in v.inputs]
        if op in _PLAIN_BINARY:
            return getattr(b, _PLAIN_BINARY[op])(x[0], x[1])
        method = getattr(self, "op_" + op, None)
        if method is not None:
            return method(b, v, x)
        raise AssertionError("no lowering for %s" % op)

    def op_const(self, b, v, x):
        if v.type == ir.I32:
            return i32(v.aux)
        if v.type == ir.F64:
            return f64(v.aux)
        if v.type == ir.BOOL:
            return i1(1 if v.aux else 0)
        if v.type == ir.OBJN:
            return self.unit.obj(b, v.aux)         # null
        return i8(0)

    def op_i2f(self, b, v, x):
        return b.sitofp(x[0], f64)

    def _checked(self, b, v, x, method):
        pair = getattr(b, method)(x[0], x[1])
        self.guard(b, b.not_(b.extract_value(pair, 1)), v)
        return b.extract_value(pair, 0)

    def op_add(self, b, v, x):
        return self._checked(b, v, x, "sadd_with_overflow")

    def op_sub(self, b, v, x):
        return self._checked(b, v, x, "ssub_with_overflow")

    def op_mul(self, b, v, x):
        r = self._checked(b, v, x, "smul_with_overflow")
        zero = b.icmp_signed("==", r, i32(0))
        negative = b.icmp_signed("<", b.or_(x[0], x[1]), i32(0))
        self.guard(b, b.not_(b.and_(zero, negative)), v)      # -0 is not an int32
        return r

    def op_mod(self, b, v, x):
        self.guard(b, b.icmp_signed(">", x[1], i32(0)), v)
        r = b.srem(x[0], x[1])
        minus_zero = b.and_(b.icmp_signed("==", r, i32(0)), b.icmp_signed("<", x[0], i32(0)))
        self.guard(b, b.not_(minus_zero), v)
        return r

    def op_fneg(self, b, v, x):
        return b.fneg(x[0])

    def op_neg(self, b, v, x):
        bad = b.or_(b.icmp_signed("==", x[0], i32(0)), b.icmp_signed("==", x[0], i32(-2 ** 31)))
        self.guard(b, b.not_(bad), v)
        return b.sub(i32(0), x[0])

    def op_shl(self, b, v, x):
        return b.shl(x[0], b.and_(x[1], i32(31)))

    def op_sar(self, b, v, x):
        return b.ashr(x[0], b.and_(x[1], i32(31)))

    def op_shr(self, b, v, x):
        r = b.lshr(x[0], b.and_(x[1], i32(31)))
        self.guard(b, b.icmp_signed(">=", r, i32(0)), v)
        return r

    def op_shr_f64(self, b, v, x):
        return b.uitofp(b.lshr(x[0], b.and_(x[1], i32(31))), f64)

    def op_f2i(self, b, v, x):
        in_range = b.fcmp_ordered("<", self._fabs(b, x[0]), f64(2.0 ** 31))
        self.guard(b, in_range, v)
        return b.fptosi(x[0], i32)

    def _fabs(self, b, x):
        return b.call(self.unit.intrinsic("llvm.fabs"), [x])

    def op_icmp(self, b, v, x):
        return b.icmp_signed(_ICMP[v.aux], x[0], x[1])

    def op_fcmp(self, b, v, x):
        sym = v.aux
        if sym == "!=":
            return b.fcmp_unordered("!=", x[0], x[1])
        if sym == "une0":                   # truthiness: neither 0 nor NaN
            return b.fcmp_ordered("!=", x[0], x[1])
        return b.fcmp_ordered(_FCMP_ORDERED[sym], x[0], x[1])

    def op_not(self, b, v, x):
        return b.xor(x[0], i1(1))

    def op_iabs(self, b, v, x):
        self.guard(b, b.icmp_signed("!=", x[0], i32(-2 ** 31)), v)
        return b.select(b.icmp_signed("<", x[0], i32(0)), b.sub(i32(0), x[0]), x[0])

    def op_imin(self, b, v, x):
        return b.select(b.icmp_signed("<", x[0], x[1]), x[0], x[1])

    def op_imax(self, b, v, x):
        return b.select(b.icmp_signed(">", x[0], x[1]), x[0], x[1])

    def op_fmin(self, b, v, x):
        return b.call(self.unit.intrinsic("llvm.minimum", 2), x)

    def op_fmax(self, b, v, x):
        return b.call(self.unit.intrinsic("llvm.maximum", 2), x)

    def op_fcall(self, b, v, x):
        return b.call(self.unit.intrinsic(v.aux), x)

    def op_pycall_f64(self, b, v, x):
        unit = self.unit
        boxed = [b.call(unit.capi["PyFloat_FromDouble"], [a]) for a in x]
        r = _vectorcall(unit, b, unit.obj(b, v.aux), boxed)
        for o in boxed:
            _decref(unit, b, o)
        self._unwind_if_null(b, r)
        bad = self.f.append_basic_block("not_a_number")
        value = _unbox(b, r, ir.F64, bad)
        _decref(unit, b, r)
        cont = b.block
        b.position_at_end(bad)
        b.unreachable()             # the kernels always return numbers
        b.position_at_end(cont)
        return value

    # -- typed arrays ------------------------------------------------------------------

    def op_typed_array_length_guard(self, b, v, x):
        """No own properties, and the prototype chain of the compile (see
        builder._typed_array_length_guard)."""
        from minijs.runtime.shapes import ROOT
        kind_proto, kind_shape, ta_proto, ta_shape, slot, accessor = v.aux
        unit = self.unit
        unit.keep.extend(v.aux)
        a = x[0]

        def same(base, offset, expected):
            return self._same(b, _load_at(b, base, offset, ptr), expected)

        kp = unit.obj(b, kind_proto)
        tp = unit.obj(b, ta_proto)
        ok = same(a, LAYOUT.object_shape, ROOT)
        ok = b.and_(ok, same(a, LAYOUT.object_proto, kind_proto))
        ok = b.and_(ok, same(kp, LAYOUT.object_shape, kind_shape))
        ok = b.and_(ok, same(kp, LAYOUT.object_proto, ta_proto))
        ok = b.and_(ok, same(tp, LAYOUT.object_shape, ta_shape))
        ok = b.and_(ok, self._same(b, self._object_slot(b, tp, slot), accessor))
        self.guard(b, ok, v)
        return i8(0)

    def op_ta_data(self, b, v, x):
        view = _load_at(b, x[0], LAYOUT.typed_array_view, ptr)
        return _load_at(b, view, LAYOUT.memoryview_buf, ptr)

    def op_ta_length(self, b, v, x):
        view = _load_at(b, x[0], LAYOUT.typed_array_view, ptr)
        nbytes = _load_at(b, view, LAYOUT.memoryview_len, i64)
        return b.trunc(b.lshr(nbytes, i64(_ELEMENT_SHIFT[v.aux])), i32)

    def _element_address(self, b, data, index, kind):
        element = _ELEMENT[kind]
        etype = f64 if kind == "Float64Array" else L.FloatType() if element is None else element[0]
        return b.gep(data, [b.zext(index, i64)], source_etype=etype), etype

    def op_ta_load(self, b, v, x):
        data, length, index = x
        self.guard(b, b.icmp_unsigned("<", index, length), v)
        address, etype = self._element_address(b, data, index, v.aux)
        raw = b.load(address, typ=etype)
        element = _ELEMENT[v.aux]
        if element is None:
            return raw if etype == f64 else b.fpext(raw, f64)
        if v.aux == "Uint32Array":
            return b.uitofp(raw, f64)
        if element[0] == i32:
            return raw
        return b.sext(raw, i32) if element[1] else b.zext(raw, i32)

    def op_ta_store(self, b, v, x):
        data, length, index, value = x
        kind = v.aux
        inside = self.f.append_basic_block("store_v%d" % v.id)
        done = self.f.append_basic_block("stored_v%d" % v.id)
        b.cbranch(b.icmp_unsigned("<", index, length), inside, done)   # outside: no effect
        b.position_at_end(inside)
        address, etype = self._element_address(b, data, index, kind)
        if _ELEMENT[kind] is None:
            if value.type == i32:
                value = b.sitofp(value, f64)
            b.store(value if etype == f64 else b.fptrunc(value, etype), address)
        else:
            if kind == "Uint8ClampedArray":
                value = self._clamp_uint8(b, value)
            b.store(value if etype == i32 else b.trunc(value, etype), address)
        b.branch(done)
        b.position_at_end(done)
        return i8(0)

    def _clamp_uint8(self, b, value):
        """ToUint8Clamp (7.1.12) of an i32 or a double (NaN -> 0, ties to even)."""
        if value.type == i32:
            low = b.select(b.icmp_signed("<", value, i32(0)), i32(0), value)
            return b.select(b.icmp_signed(">", low, i32(255)), i32(255), low)
        rounded = b.call(self.unit.intrinsic("llvm.rint"), [value])
        high = b.select(b.fcmp_ordered(">", rounded, f64(255.0)), f64(255.0), rounded)
        positive = b.fcmp_ordered(">", value, f64(0.0))        # false for NaN
        return b.select(positive, b.fptosi(high, i32), i32(0))

    # -- dense arrays (elements: a Python list of boxed values) ---------------------------

    def op_arr_items(self, b, v, x):
        return _load_at(b, _load_at(b, x[0], LAYOUT.object_elements, ptr), LAYOUT.list_items, ptr)

    def op_arr_size(self, b, v, x):
        elements = _load_at(b, x[0], LAYOUT.object_elements, ptr)
        return b.trunc(_load_at(b, elements, LAYOUT.list_size, i64), i32)

    def op_arr_length(self, b, v, x):
        """(The entry checked that the length is an int32.)"""
        here = b.block
        never = self.f.append_basic_block("length_not_int32_v%d" % v.id)
        b.position_at_end(never)
        b.unreachable()
        b.position_at_end(here)
        return _unbox(b, _load_at(b, x[0], LAYOUT.array_length, ptr), ir.I32, never)

    def op_arr_load(self, b, v, x):
        items, size, index = x
        self.guard(b, b.icmp_unsigned("<", index, size), v)
        item = b.load(b.gep(items, [b.zext(index, i64)], source_etype=ptr), typ=ptr)
        return _unbox(b, item, v.type, self._deopt_block(b, v))

    def op_arr_store(self, b, v, x):
        items, size, index, value = x
        self.guard(b, b.icmp_unsigned("<", index, size), v)
        slot = b.gep(items, [b.zext(index, i64)], source_etype=ptr)
        old = b.load(slot, typ=ptr)
        self.guard(b, b.icmp_unsigned("!=", b.ptrtoint(old, i64), i64(LAYOUT.hole)), v)
        b.store(_box(self.unit, b, value, v.inputs[3].type), slot)
        _decref(self.unit, b, old)
        return i8(0)

    def _deopt_block(self, b, v):
        """A block that deopts with v's frame state (for _unbox's failures);
        the builder stays where it was."""
        here = b.block
        fail = self.f.append_basic_block("deopt_v%d" % v.id)
        b.position_at_end(fail)
        self.deopt(b, v.state, v.reason)
        b.position_at_end(here)
        return fail

    def op_interrupt_poll(self, b, v, x):
        """V8's interrupt budget: every poll spends one unit; when the
        budget is gone, call interrupt_check(room) (Python), which runs the
        interpreter's pending work: signal handlers (Ctrl-C), exceptions
        other threads raised in this one (time limits), GIL hand-over.
        If it raises, unwind like any exception.

        Quick-tier code also spends its unit's hotness (_spend_hotness):
        calls here, a whole budget of loop iterations when a loop's budget
        is gone (the rest at the function's returns).  A loop poll with a
        frame state (the OSR loop's back edge) leaves for the interpreter
        when the tier-up callable says optimized code is ready: the next
        back edge enters that code."""
        # loops count in a local (a register once SROA ran: LLVM here has
        # no LICM to keep a global counter out of memory); calls count in
        # the global cell, so recursion without loops is polled too
        entry = v.aux == "entry"
        cell = _status_ptr(b, 16) if entry else self.loop_budget
        left = b.sub(b.load(cell, typ=i64), i64(1))
        b.store(left, cell)
        check = self.f.append_basic_block("interrupt_check_v%d" % v.id)
        cont = self.f.append_basic_block("interrupt_done_v%d" % v.id)
        b.cbranch(b.icmp_signed(">", left, i64(0)), cont, check)
        b.position_at_end(check)
        # the check learns where this activation is (a profiler's tick
        # that runs in it walks the native stack from there): its frame
        # in NATIVE_FRAMES; an OSR activation leaves its slot 0 (its
        # interpreter frame is the activation)
        if self.g.osr_pc is None:
            _record_native_frame(b, self.room, self.unit.obj(b, self.frame_info),
                                 v.state.pc if v.state is not None else 0)
        room = b.call(self.unit.capi["PyLong_FromLong"], [b.sext(self.room, i64)])
        r = _vectorcall(self.unit, b, self.unit.obj(b, interrupt_check), [room])
        _decref(self.unit, b, room)
        self._unwind_if_null(b, r)
        _decref(self.unit, b, r)
        if not entry:
            b.store(i64(BUDGET), cell)
            if self.unit.tier_up is not None:
                ready = self._spend_hotness(b, i64(BUDGET))
                if v.state is not None:
                    self.guard(b, b.not_(ready), v)
        b.branch(cont)
        b.position_at_end(cont)
        if entry and self.unit.tier_up is not None:
            self._spend_hotness(b, i64(1))
        return i8(0)

    def _spend_hotness(self, b, amount):
        """Count `amount` of work down from the unit's hotness cell; at 0,
        call the tier-up callable.  The i1 result: it returned True
        (optimized code for this unit is installed).  All of it depends on
        the module constant QUICK_TIER_FLAG, which the TURBOFAN compile of
        the same IR text sets false, so LLVM removes it there."""
        unit = self.unit
        callable_, address = unit.tier_up
        here = b.block
        count = self.f.append_basic_block("tier_up_count")
        call = self.f.append_basic_block("tier_up")
        done = self.f.append_basic_block("tier_up_done")
        b.cbranch(b.load(unit.quick_tier_flag(), typ=i1), count, done)
        b.position_at_end(count)
        cell = b.inttoptr(i64(address), ptr)
        hot = b.sub(b.load(cell, typ=i64), amount)
        b.store(hot, cell)
        b.cbranch(b.icmp_signed("<=", hot, i64(0)), call, done)
        b.position_at_end(call)
        r = _vectorcall(unit, b, unit.obj(b, callable_), [])
        self._unwind_if_null(b, r)
        ready = b.icmp_unsigned("==", b.ptrtoint(r, i64), i64(id(True)))
        _decref(unit, b, r)
        called = b.block
        b.branch(done)
        b.position_at_end(done)
        no = i1(0)
        flag = b.phi(i1)
        flag.add_incoming(no, here)
        flag.add_incoming(no, count)
        flag.add_incoming(ready, called)
        return flag

    # -- loads with guards ---------------------------------------------------------------

    def _list_item(self, b, list_ptr, index):
        items = _load_at(b, list_ptr, LAYOUT.list_items, ptr)
        return b.load(b.gep(items, [i64(index)], source_etype=ptr), typ=ptr)

    def _object_slot(self, b, obj, index):
        slots = _load_at(b, obj, LAYOUT.object_slots, ptr)
        return self._list_item(b, slots, index)

    def _shape_guard(self, b, v, obj, shape):
        """Deopt unless `obj` has hidden class `shape` (the feedback's)."""
        self.unit.keep.append(shape)
        same = self._same(b, _load_at(b, obj, LAYOUT.object_shape, ptr), shape)
        self.guard(b, same, v, reason="wrong shape (hidden class)")

    def _field_address(self, b, obj, slot):
        slots = _load_at(b, obj, LAYOUT.object_slots, ptr)
        items = _load_at(b, slots, LAYOUT.list_items, ptr)
        return b.gep(items, [i64(slot)], source_etype=ptr)

    def op_load_field(self, b, v, x):
        """A field of an object of a known shape (its slots list is as
        long as the shape has properties), unboxed to v's type."""
        obj, = x
        shape, slot, _name = v.aux
        self._shape_guard(b, v, obj, shape)
        item = b.load(self._field_address(b, obj, slot), typ=ptr)
        return _unbox(b, item, v.type, self._deopt_block(b, v))

    def op_store_field(self, b, v, x):
        """Replace a number or boolean field (a writable own data property
        of a known shape) with a new number or boolean; a field holding
        anything else deopts (dropping an object a register holds, or
        running a finalizer, must not happen here)."""
        obj, value = x
        shape, slot, _name = v.aux
        self._shape_guard(b, v, obj, shape)
        address = self._field_address(b, obj, slot)
        old = b.load(address, typ=ptr)
        plain = b.or_(b.or_(_type_is(b, old, LAYOUT.long_type), _type_is(b, old, LAYOUT.float_type)),
                      _type_is(b, old, LAYOUT.bool_type))
        self.guard(b, plain, v)
        b.store(_box(self.unit, b, value, v.inputs[1].type), address)
        _decref(self.unit, b, old)
        return i8(0)

    def op_not_null(self, b, v, x):
        self.guard(b, b.not_(_is_null(b, x[0])), v)
        return x[0]

    def op_is_null(self, b, v, x):
        null = _is_null(b, x[0])
        return null if v.aux == "==" else b.not_(null)

    def op_same_object(self, b, v, x):
        return b.icmp_unsigned(v.aux, b.ptrtoint(x[0], i64), b.ptrtoint(x[1], i64))

    def op_array_push_method(self, b, v, x):
        """arr.push is the built-in push on Array.prototype, and a [[Set]]
        of the next index only appends: the prototypes (Array.prototype,
        then Object.prototype, then null) have no elements."""
        arr = x[0]
        array_proto, proto_shape, fn, object_proto, slot = v.aux
        ap, op = self.unit.obj(b, array_proto), self.unit.obj(b, object_proto)
        ok = self._same(b, _load_at(b, arr, LAYOUT.object_proto, ptr), array_proto)
        ok = b.and_(ok, self._same(b, _load_at(b, ap, LAYOUT.object_shape, ptr), proto_shape))
        ok = b.and_(ok, self._same(b, _load_at(b, ap, LAYOUT.object_proto, ptr), object_proto))
        ok = b.and_(ok, self._same(b, _load_at(b, op, LAYOUT.object_proto, ptr), NULL))
        self.guard(b, ok, v, reason="wrong shape (hidden class)")
        self.guard(b, self._same(b, self._object_slot(b, ap, slot), fn), v)
        none = b.and_(self._same(b, _load_at(b, ap, LAYOUT.object_elements, ptr), None),
                      self._same(b, _load_at(b, op, LAYOUT.object_elements, ptr), None))
        self.guard(b, none, v, reason="a prototype has elements")
        return i8(0)

    def op_arr_push(self, b, v, x):
        """arr.push(value) of a dense, extensible array whose length is
        its element count and below the int32 maximum: append, then store
        length + 1 (every guard comes before either)."""
        arr, value = x
        elements = _load_at(b, arr, LAYOUT.object_elements, ptr)
        fail = self._deopt_block(b, v)
        ok = b.and_(_type_is(b, elements, LAYOUT.list_type),
                    self._same(b, _load_at(b, arr, LAYOUT.object_extensible, ptr), True))
        ok = b.and_(ok, self._same(b, _load_at(b, arr, LAYOUT.array_length_writable, ptr), True))
        cont = self.f.append_basic_block("push_ok_v%d" % v.id)
        b.cbranch(ok, cont, fail)
        b.position_at_end(cont)
        length_obj = _load_at(b, arr, LAYOUT.array_length, ptr)
        length = _unbox(b, length_obj, ir.I32, fail)
        size = _load_at(b, elements, LAYOUT.list_size, i64)
        ok = b.and_(b.icmp_unsigned("==", size, b.sext(length, i64)),
                    b.icmp_signed("<", length, i32(2 ** 31 - 1)))
        cont = self.f.append_basic_block("push_fits_v%d" % v.id)
        b.cbranch(ok, cont, fail)
        b.position_at_end(cont)
        new_length = b.add(length, i32(1))
        boxed_length = b.call(self.unit.capi["PyLong_FromLong"], [b.sext(new_length, i64)])
        self._unwind_if_null(b, boxed_length)   # (before the append: nothing done yet)
        boxed = _box(self.unit, b, value, v.inputs[1].type)
        failed = b.call(self.unit.capi["PyList_Append"], [elements, boxed])
        _decref(self.unit, b, boxed)            # the list holds its own reference
        have = self.f.append_basic_block("pushed_v%d" % v.id)
        no_memory = self.f.append_basic_block("push_failed_v%d" % v.id)
        b.cbranch(b.icmp_signed("!=", failed, i32(0)), no_memory, have, likely=False)
        b.position_at_end(no_memory)
        _decref(self.unit, b, boxed_length)
        b.branch(self._exception_exit())
        b.position_at_end(have)
        b.store(boxed_length, b.gep(arr, [i64(LAYOUT.array_length)], source_etype=i8))
        _decref(self.unit, b, length_obj)
        return new_length

    def op_add_field(self, b, v, x):
        """Add a property by a shape transition, as the store feedback saw
        it (inline_cache.store_entry): the object has shape `before` and is
        extensible, and its prototype chain is the same objects with the
        same shapes up to null (nothing on it can intercept the store).
        Then the value is appended to the slots and the shape replaced."""
        obj, value = x
        before, _slot, after, chain, _name = v.aux
        self._shape_guard(b, v, obj, before)
        self.guard(b, self._same(b, _load_at(b, obj, LAYOUT.object_extensible, ptr), True), v)
        holder = obj
        for proto, proto_shape in chain:
            self.guard(b, self._same(b, _load_at(b, holder, LAYOUT.object_proto, ptr), proto), v)
            holder = self.unit.obj(b, proto)
            self.guard(b, self._same(b, _load_at(b, holder, LAYOUT.object_shape, ptr), proto_shape), v)
        self.guard(b, self._same(b, _load_at(b, holder, LAYOUT.object_proto, ptr), NULL), v)
        boxed = _box(self.unit, b, value, v.inputs[1].type)
        failed = b.call(self.unit.capi["PyList_Append"], [_load_at(b, obj, LAYOUT.object_slots, ptr), boxed])
        _decref(self.unit, b, boxed)            # the list holds its own reference
        have = self.f.append_basic_block("appended_v%d" % v.id)
        b.cbranch(b.icmp_signed("!=", failed, i32(0)), self._exception_exit(), have, likely=False)
        b.position_at_end(have)
        new_shape = self.unit.obj(b, after)
        _incref(b, new_shape)
        b.store(new_shape, b.gep(obj, [i64(LAYOUT.object_shape)], source_etype=i8))
        _decref(self.unit, b, self.unit.obj(b, before))   # (the transition tree keeps it alive)
        return i8(0)

    def _same(self, b, p, o):
        return b.icmp_unsigned("==", b.ptrtoint(p, i64), i64(id(o)))

    def op_context_function(self, b, v, x):
        ctx, slot, fn = v.aux
        slots = _load_at(b, self.unit.obj(b, ctx), LAYOUT.context_slots, ptr)
        self.unit.keep.append(fn)
        self.guard(b, self._same(b, self._list_item(b, slots, slot), fn), v)
        return i8(0)

    def _context_item(self, b, v):
        ctx, slot = v.aux
        slots = _load_at(b, self.unit.obj(b, ctx), LAYOUT.context_slots, ptr)
        return self._list_item(b, slots, slot)

    def op_context_number(self, b, v, x):
        item = self._context_item(b, v)
        fail = self.f.append_basic_block("deopt_v%d" % v.id)
        value = _unbox(b, item, v.type, fail)
        cont = b.block
        b.position_at_end(fail)
        self.deopt(b, v.state, v.reason)
        b.position_at_end(cont)
        return value

    op_context_bool = op_context_number

    def _own_property(self, b, v, x):
        """Guard that own data property `name` of `holder` still holds
        `value`: the same shape and the same object in its slot."""
        holder, name, value = v.aux
        shape = holder.shape
        entry = shape.table.get(name)
        self.unit.keep.extend((holder, value, shape))
        h = self.unit.obj(b, holder)
        ok = self._same(b, self._object_slot(b, h, entry >> 4), value)
        if not shape.dictionary:
            ok = b.and_(ok, self._same(b, _load_at(b, h, LAYOUT.object_shape, ptr), shape))
        self.guard(b, ok, v)
        return i8(0)

    op_global_function = _own_property
    op_global_object = _own_property
    op_property_function = _own_property

    # -- calls --------------------------------------------------------------------------

    def op_call(self, b, v, x):
        return self._native_call(b, v, self.unit.obj(b, UNDEFINED), x)

    def op_call_method(self, b, v, x):
        """obj.m(...): the receiver (a plain object) is the callee's `this`."""
        return self._native_call(b, v, x[0], x[1:])

    def op_prototype_method(self, b, v, x):
        """The receiver still has the shape and prototype, the prototype
        its shape and the method in its slot."""
        shape, holder, fn, holder_shape, slot = v.aux
        self.unit.keep.extend(v.aux)
        obj = x[0]
        h = self.unit.obj(b, holder)
        ok = self._same(b, _load_at(b, obj, LAYOUT.object_shape, ptr), shape)
        ok = b.and_(ok, self._same(b, _load_at(b, obj, LAYOUT.object_proto, ptr), holder))
        ok = b.and_(ok, self._same(b, _load_at(b, h, LAYOUT.object_shape, ptr), holder_shape))
        self.guard(b, ok, v)
        self.guard(b, self._same(b, self._object_slot(b, h, slot), fn), v, reason="wrong call target")
        return i8(0)

    def _native_call(self, b, v, this, x):
        callee = self.unit.functions[v.aux]
        if self.g.osr_pc is None:   # (an OSR activation is the interpreter frame that entered it)
            _record_native_frame(b, self.room, self.unit.obj(b, self.frame_info), v.state.pc)
        r = b.call(callee, [b.sub(self.room, i32(1)), this] + x)
        status = b.load(_status_ptr(b), typ=i64)
        slow = self.f.append_basic_block("call_status_v%d" % v.id)
        cont = self.f.append_basic_block("call_ok_v%d" % v.id)
        b.cbranch(b.icmp_unsigned("==", status, i64(0)), cont, slow)
        b.position_at_end(slow)
        exc = self.f.append_basic_block("call_exception_v%d" % v.id)
        boxed = self.f.append_basic_block("call_boxed_v%d" % v.id)
        b.cbranch(b.icmp_unsigned("==", status, i64(STATUS_EXCEPTION)), exc, boxed)
        b.position_at_end(exc)
        b.ret(L.Constant(self.rtype, None))
        b.position_at_end(boxed)
        b.store(i64(0), _status_ptr(b))
        result = b.inttoptr(b.load(_status_ptr(b, 8), typ=i64), ptr)
        self.deopt(b, v.state, v.reason, extra=(result, ir.BOXED))
        b.position_at_end(cont)
        return r


def _lower_entry(unit, g):
    """The METH_FASTCALL entry of graph `g` (see the module docstring)."""
    f = L.Function(unit.module, L.FunctionType(ptr, [ptr, ptr, i64]), ENTRY_PREFIX + unit.functions[g].name)
    _, args, nargs = f.args
    b = L.IRBuilder(f.append_basic_block("entry"))
    miss = f.append_basic_block("miss")
    osr = g.osr_pc is not None
    lead = 2 if osr else 3                 # (room, this, ...) or (fn, this, room, ...)
    expected = lead + len(g.param_types)

    def arg(i):
        return b.load(b.gep(args, [i64(i)], source_etype=ptr), typ=ptr)

    checks = f.append_basic_block("checks")
    # extra arguments are never read (code reading `arguments` is not
    # compiled): a callback that map() calls with three takes the entry
    enough = b.icmp_signed("==" if osr else ">=", nargs, i64(expected))
    b.cbranch(enough, checks, miss)
    b.position_at_end(checks)
    if not osr:
        same = b.icmp_unsigned("==", b.ptrtoint(arg(0), i64), i64(id(g.closure)))
        ok = f.append_basic_block("closure_ok")
        b.cbranch(same, ok, miss)
        b.position_at_end(ok)
    room = _unbox_out_of_line(unit, b, arg(0 if osr else 2), ir.I32, miss)
    this = arg(1)
    if g.this_type is not None:             # the code reads `this`: of the type it speculated on
        _unbox_out_of_line(unit, b, this, g.this_type, miss)
    values = [room, this]
    for i, t in enumerate(g.param_types):
        values.append(_unbox_out_of_line(unit, b, arg(lead + i), t, miss))
    # no native caller above (OSR: the entering interpreter frame is the activation itself)
    _record_native_frame(b, room if osr else b.add(room, i32(1)), i64(0), 0)
    r = b.call(unit.functions[g], values)
    status = b.load(_status_ptr(b), typ=i64)
    good = f.append_basic_block("ok")
    bad = f.append_basic_block("status")
    b.cbranch(b.icmp_unsigned("==", status, i64(0)), good, bad)
    b.position_at_end(good)
    b.ret(_box(unit, b, r, g.return_type))
    b.position_at_end(bad)
    b.store(i64(0), _status_ptr(b))
    exc = f.append_basic_block("exception")
    boxed = f.append_basic_block("boxed")
    b.cbranch(b.icmp_unsigned("==", status, i64(STATUS_EXCEPTION)), exc, boxed)
    b.position_at_end(exc)
    b.ret(L.Constant(ptr, None))
    b.position_at_end(boxed)
    b.ret(b.inttoptr(b.load(_status_ptr(b, 8), typ=i64), ptr))
    b.position_at_end(miss)
    fallback = unit.obj(b, unit.fallbacks[g])
    b.ret(b.call(unit.capi["PyObject_Vectorcall"], [fallback, args, nargs, L.Constant(ptr, None)]))
