"""Opcode handlers of the interpreter: `HANDLERS[op](frame, arg)`.

The loop (loop.py) inlines the hottest opcodes; every opcode also has a
handler here (the table is complete: `check_dispatch` proves it), which
is the generic definition of its semantics.  A handler works on
`frame.stack` / `frame.regs` and returns None to go on at `frame.pc`, a
Frame to switch to (a call), or RETURNED when the frame has finished
with `frame.completion` as its value.

Slow paths that the inlined fast paths call (property access with inline
caches, globals, calls of non-JS callees, construct) live here too.
"""

from minijs.bytecode import opcodes as O
from minijs.bytecode.code import CodeFlag
from minijs.interpreter.fast_iteration import FAST_NEXT, Step, walk_for
from minijs.interpreter import inline_cache as IC
from minijs.interpreter.feedback import record_operands
from minijs.interpreter.frame import THE_HOLE, Context
from minijs.interpreter.function import JSFunction, add_prototype_property
from minijs.interpreter.state import stack_overflow
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.arrays import JSArray, array_create, create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import set_failure_error
from minijs.runtime.shapes import NOT_FOUND
from minijs.runtime.typed_arrays import TypedArrayObject
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSSymbol, is_constructor,
    array_index, key_to_display, to_boolean, type_of)

__all__ = ["HANDLERS", "RETURNED", "HostExit", "FAST_ELEMENT_TYPES"]

RETURNED = object()
HANDLERS = [None] * O.NUM_OPCODES
# Types whose get_index_fast / set_index_fast the keyed-access fast path may call.
FAST_ELEMENT_TYPES = frozenset((JSArray, JSObject, TypedArrayObject))
MAX_SAFE = 2 ** 53


class HostExit(Exception):
    """process.exit(): unwinds everything, never catchable by JS."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def handler(*names):
    def register(fn):
        for name in names:
            HANDLERS[O.BY_NAME[name].code] = fn
        return fn
    return register


# -- errors ---------------------------------------------------------------

def internal_error(exc):
    """A Python exception inside the engine, as a catchable JS Error (never
    a Python traceback in front of the user)."""
    if isinstance(exc, RecursionError):
        return stack_overflow()
    return JSThrow(errors.make_error("Error", "internal error: %s: %s" % (type(exc).__name__, exc)))


def attach_position(exc, frame, pc):
    """Remember where an exception was first thrown (for the uncaught
    error report: file:line, source line, caret)."""
    if getattr(exc, "where", None) is None:
        exc.where = (frame.code, pc)


def call_site_text(frame, pc):
    """The source text of the callee of the call at `pc` (V8 prints it in
    "x is not a function"), or None."""
    span = frame.code.call_sites.get(pc)
    script = frame.code.script
    if span is None or script is None:
        return None
    text = script.source[span[0]:span[1]]
    if "\n" in text or len(text) > 80:
        return None
    return text


def not_callable(frame, pc, callee):
    text = call_site_text(frame, pc)
    if text is None:
        text = errors.display_value(callee) if not isinstance(callee, JSObject) else "object"
    return errors.type_error("%s is not a function" % text)


def not_constructor(frame, pc, callee):
    text = call_site_text(frame, pc)
    if text is None:
        text = errors.display_value(callee)
    return errors.type_error("%s is not a constructor" % text)


# -- properties -------------------------------------------------------------

def get_named(site, obj, name, pc):
    """obj.name (the slow path of GET_NAMED / GET_METHOD at `pc`): the
    inline cache's polymorphic and prototype entries, else the full
    lookup, recorded as feedback.  `site`: anything with .code and .realm
    (a Frame, or the running JSFunction in baseline direct code)."""
    if isinstance(obj, JSObject):
        code = site.code
        index = code.feedback[pc]
        vector = code.feedback_vector
        v = IC.cached_load(vector[index], obj)
        if v is not IC.MISS:
            return v
        entry = IC.load_entry(obj, name)
        if entry is not None:
            IC.record(vector, index, entry)
        return obj.get(name, obj)
    if obj is UNDEFINED or obj is NULL:
        raise errors.type_error("Cannot read properties of %s (reading '%s')"
                                % (errors.display_value(obj), key_to_display(name)))
    return ops.get_v(obj, name)


def get_keyed(frame, obj, key):
    if isinstance(obj, JSObject):
        return obj.get(ops.key_for(key), obj)
    if obj is UNDEFINED or obj is NULL:
        raise _nullish_base(obj, key, "read", "reading")
    if type(obj) is str and type(key) is int and 0 <= key < len(obj):
        return obj[key]
    return ops.get_v(obj, ops.key_for(key))


def put(frame, obj, key, value):
    """PutValue of a property reference (6.2.5.6): strict code throws when
    the assignment is refused."""
    if isinstance(obj, JSObject):
        if not obj.set(key, value, obj) and frame.code.strict:
            raise set_failure_error(obj, key)
        return
    if obj is UNDEFINED or obj is NULL:
        raise errors.type_error("Cannot set properties of %s (setting '%s')"
                                % (errors.display_value(obj), key_to_display(key)))
    ok = ops.to_object(obj).set(key, value, obj)
    if not ok and frame.code.strict:
        raise errors.type_error(errors.msg_cannot_create_on_primitive(key, obj))


def set_named(site, obj, name, value, pc):
    """obj.name = value (SET_NAMED at `pc`): cached own stores and adds,
    else [[Set]], recorded as feedback when it was a plain own store or
    add.  `site` as for get_named."""
    if type(obj) is JSObject:
        code = site.code
        index = code.feedback[pc]
        vector = code.feedback_vector
        if IC.cached_store(vector[index], obj, value):
            return
        before = obj.shape
        put(site, obj, name, value)
        entry = IC.store_entry(obj, name, before)
        if entry is not None:
            IC.record(vector, index, entry)
        return
    put(site, obj, name, value)


def _nullish_base(obj, key, verb, gerund):
    """The TypeError of null[key] / undefined[key]: the base is checked
    before the key is converted (GetValue / PutValue step 3), so an object
    key is not shown (node does the same)."""
    if isinstance(key, JSObject):
        return errors.type_error("Cannot %s properties of %s" % (verb, errors.display_value(obj)))
    return errors.type_error("Cannot %s properties of %s (%s '%s')" % (
        verb, errors.display_value(obj), gerund, key_to_display(ops.key_for(key))))


def set_keyed(frame, obj, key, value):
    if obj is UNDEFINED or obj is NULL:
        raise _nullish_base(obj, key, "set", "setting")
    put(frame, obj, ops.key_for(key), value)


def load_global(frame, name, typeof=False):
    """A global variable (9.1.1.4 GetBindingValue of the global
    environment): lexical bindings first, then the global object."""
    realm = frame.realm
    lex = realm.global_lexicals
    if name in lex:
        v = lex[name]
        if v is THE_HOLE:
            raise errors.reference_error("Cannot access '%s' before initialization" % name)
        return v
    g = realm.global_object
    if g.has_property(name):
        return g.get(name, g)
    if typeof:
        return UNDEFINED
    raise errors.reference_error("%s is not defined" % name)


def store_global(frame, name, value):
    realm = frame.realm
    lex = realm.global_lexicals
    if name in lex:
        if lex[name] is THE_HOLE:
            raise errors.reference_error("Cannot access '%s' before initialization" % name)
        if name in realm.global_const:
            raise errors.type_error("Assignment to constant variable.")
        lex[name] = value
        return
    g = realm.global_object
    if frame.code.strict and not g.has_property(name):
        raise errors.reference_error("%s is not defined" % name)
    if not g.set(name, value, g) and frame.code.strict:
        raise set_failure_error(g, name)


# -- calls ---------------------------------------------------------------------

def construct_frame(fn, args, new_target, parent):
    """The frame of `new fn(...args)` for a JSFunction (10.2.2 [[Construct]]:
    OrdinaryCreateFromConstructor, then the body with that `this`)."""
    from minijs.interpreter.loop import new_frame
    if not fn.constructible:
        if parent is not None:
            raise not_constructor(parent, parent.pc - 1, fn)
        raise errors.type_error("%s is not a constructor" % (fn.name or "anonymous"))
    if int(fn.code.flags) & _DERIVED:
        this = THE_HOLE                 # bound by super(...) (interpreter/classes.py)
    else:
        this = JSObject(ops.get_prototype_from_constructor(new_target, "ObjectPrototype"))
    frame = new_frame(fn, this, args, parent, new_target)
    frame.construct = True
    return frame


def construct_result(frame, value):
    """The result of [[Construct]] when the body returned a non-object."""
    return frame.this


def construct_other(frame, pc, callee, args):
    """`new callee(...args)` for anything but a JSFunction."""
    if not is_constructor(callee):
        raise not_constructor(frame, pc, callee)
    frame.native = callee
    frame.native_this = None
    result = callee.construct(args, callee)
    frame.native = None
    return result


def _call_value(frame, pc, callee, this, argv):
    """Call `callee`: returns a Frame for JS functions, else pushes the
    result of the native call."""
    if type(callee) is JSFunction and callee.kind != "class":
        from minijs.interpreter.loop import new_frame
        return new_frame(callee, this, argv, frame)
    if not getattr(callee, "callable", False):
        raise not_callable(frame, pc, callee)
    frame.native = callee
    frame.native_this = this
    frame.stack.append(callee.call(this, argv))
    frame.native = None
    return None


@handler("CALL")
def _call(frame, argc):
    stack = frame.stack
    n = argc + 2
    callee, this = stack[-n], stack[-n + 1]
    argv = stack[len(stack) - argc:]
    del stack[-n:]
    return _call_value(frame, frame.pc - 1, callee, this, argv)


@handler("CALL_UNDEFINED")
def _call_undefined(frame, argc):
    stack = frame.stack
    n = argc + 1
    callee = stack[-n]
    argv = stack[len(stack) - argc:]
    del stack[-n:]
    return _call_value(frame, frame.pc - 1, callee, UNDEFINED, argv)


@handler("CALL_SPREAD")
def _call_spread(frame, arg):
    stack = frame.stack
    array = stack.pop()
    this = stack.pop()
    callee = stack.pop()
    return _call_value(frame, frame.pc - 1, callee, this, _list_of(array))


@handler("CALL_EVAL")
def _call_eval(frame, arg):
    argc, desc_index = arg
    stack = frame.stack
    n = argc + 1
    callee = stack[-n]
    argv = stack[len(stack) - argc:]
    del stack[-n:]
    realm = frame.realm
    if callee is realm.intrinsics.get("eval"):
        from minijs.interpreter.eval_code import direct_eval
        return direct_eval(frame, argv, frame.code.constants[desc_index])
    return _call_value(frame, frame.pc - 1, callee, UNDEFINED, argv)


@handler("CONSTRUCT")
def _construct(frame, argc):
    stack = frame.stack
    n = argc + 1
    callee = stack[-n]
    argv = stack[len(stack) - argc:]
    del stack[-n:]
    return _construct_value(frame, callee, argv)


def _construct_value(frame, callee, argv):
    if type(callee) is JSFunction:
        return construct_frame(callee, argv, callee, frame)
    frame.stack.append(construct_other(frame, frame.pc - 1, callee, argv))
    return None


@handler("CONSTRUCT_SPREAD")
def _construct_spread(frame, arg):
    array = frame.stack.pop()
    callee = frame.stack.pop()
    return _construct_value(frame, callee, _list_of(array))


def _list_of(array):
    """The values of an arguments array built by the spread code."""
    el = array.elements
    if type(el) is list and len(el) == array.length:
        return list(el)
    return [array.get(str(i), array) for i in range(array.length)]


@handler("RETURN")
def _return(frame, arg):
    v = frame.stack.pop()
    if frame.construct and not isinstance(v, JSObject):
        v = frame.this
    frame.completion = v
    return RETURNED


@handler("RETURN_UNDEFINED")
def _return_undefined(frame, arg):
    frame.completion = frame.this if frame.construct else UNDEFINED
    return RETURNED


# -- constants and stack -------------------------------------------------------

def _push_value(value):
    def h(frame, arg):
        frame.stack.append(value)
    return h


HANDLERS[O.NOP] = lambda frame, arg: None
HANDLERS[O.LOAD_UNDEFINED] = _push_value(UNDEFINED)
HANDLERS[O.LOAD_NULL] = _push_value(NULL)
HANDLERS[O.LOAD_TRUE] = _push_value(True)
HANDLERS[O.LOAD_FALSE] = _push_value(False)
HANDLERS[O.LOAD_HOLE] = _push_value(THE_HOLE)


@handler("LOAD_SMI")
def _load_smi(frame, arg):
    frame.stack.append(arg)


@handler("LOAD_CONST")
def _load_const(frame, arg):
    frame.stack.append(frame.code.constants[arg])


@handler("POP")
def _pop(frame, arg):
    frame.stack.pop()


@handler("DUP")
def _dup(frame, arg):
    frame.stack.append(frame.stack[-1])


@handler("DUP2")
def _dup2(frame, arg):
    frame.stack.extend(frame.stack[-2:])


@handler("SWAP")
def _swap(frame, arg):
    s = frame.stack
    s[-1], s[-2] = s[-2], s[-1]


@handler("ROT3")
def _rot3(frame, arg):
    s = frame.stack
    s.insert(-2, s.pop())


@handler("ROT4")
def _rot4(frame, arg):
    s = frame.stack
    s.insert(-3, s.pop())


@handler("INSERT2")
def _insert2(frame, arg):
    s = frame.stack
    s.insert(-2, s[-1])


@handler("INSERT3")
def _insert3(frame, arg):
    s = frame.stack
    s.insert(-3, s[-1])


@handler("INSERT4")
def _insert4(frame, arg):
    s = frame.stack
    s.insert(-4, s[-1])


# -- registers and contexts ---------------------------------------------------------

def _tdz_error(name):
    if name == "this":                  # a derived constructor's `this` before super()
        return errors.reference_error("Must call super constructor in derived class before "
                                      "accessing 'this' or returning from derived constructor")
    return errors.reference_error("Cannot access '%s' before initialization" % name)


@handler("LOAD_REG")
def _load_reg(frame, arg):
    frame.stack.append(frame.regs[arg])


@handler("STORE_REG")
def _store_reg(frame, arg):
    frame.regs[arg] = frame.stack.pop()


@handler("LOAD_REG_CHECKED")
def _load_reg_checked(frame, arg):
    reg, name = arg
    v = frame.regs[reg]
    if v is THE_HOLE:
        raise _tdz_error(frame.code.names[name])
    frame.stack.append(v)


@handler("STORE_REG_CHECKED")
def _store_reg_checked(frame, arg):
    reg, name = arg
    if frame.regs[reg] is THE_HOLE:
        raise _tdz_error(frame.code.names[name])
    frame.regs[reg] = frame.stack.pop()


def _context_at(frame, depth):
    c = frame.context
    while depth:
        c = c.parent
        depth -= 1
    return c


@handler("LOAD_CONTEXT")
def _load_context(frame, arg):
    frame.stack.append(_context_at(frame, arg[0]).slots[arg[1]])


@handler("STORE_CONTEXT")
def _store_context(frame, arg):
    _context_at(frame, arg[0]).slots[arg[1]] = frame.stack.pop()


@handler("LOAD_CONTEXT_CHECKED")
def _load_context_checked(frame, arg):
    depth, slot, name = arg
    v = _context_at(frame, depth).slots[slot]
    if v is THE_HOLE:
        raise _tdz_error(frame.code.names[name])
    frame.stack.append(v)


@handler("STORE_CONTEXT_CHECKED")
def _store_context_checked(frame, arg):
    depth, slot, name = arg
    c = _context_at(frame, depth)
    if c.slots[slot] is THE_HOLE:
        raise _tdz_error(frame.code.names[name])
    c.slots[slot] = frame.stack.pop()


@handler("PUSH_CONTEXT")
def _push_context(frame, arg):
    desc = frame.code.constants[arg]
    frame.context = Context([UNDEFINED] * desc.slots, frame.context, desc)


@handler("PUSH_WITH_CONTEXT")
def _push_with_context(frame, arg):
    obj = ops.to_object(frame.stack.pop())
    frame.context = Context([], frame.context, None, obj)


@handler("POP_CONTEXT")
def _pop_context(frame, arg):
    frame.context = frame.context.parent


@handler("SAVE_CONTEXT")
def _save_context(frame, arg):
    frame.regs[arg] = frame.context


@handler("RESTORE_CONTEXT")
def _restore_context(frame, arg):
    frame.context = frame.regs[arg]


@handler("CHECK_TDZ")
def _check_tdz(frame, arg):
    if frame.stack[-1] is THE_HOLE:
        raise _tdz_error(frame.code.names[arg])


@handler("THROW_TYPE_ERROR")
def _throw_type_error(frame, arg):
    raise errors.type_error(frame.code.constants[arg])


@handler("THROW_REFERENCE_ERROR")
def _throw_reference_error(frame, arg):
    raise errors.reference_error(frame.code.constants[arg])


@handler("THROW_CONST_ASSIGN")
def _throw_const_assign(frame, arg):
    raise errors.type_error("Assignment to constant variable.")


# -- globals and dynamic lookups ---------------------------------------------------

@handler("LOAD_GLOBAL")
def _load_global(frame, arg):
    frame.stack.append(load_global(frame, frame.code.names[arg]))


@handler("LOAD_GLOBAL_TYPEOF")
def _load_global_typeof(frame, arg):
    frame.stack.append(load_global(frame, frame.code.names[arg], typeof=True))


@handler("STORE_GLOBAL")
def _store_global(frame, arg):
    store_global(frame, frame.code.names[arg], frame.stack.pop())


@handler("INIT_GLOBAL")
def _init_global(frame, arg):
    frame.realm.global_lexicals[frame.code.names[arg]] = frame.stack.pop()


@handler("DECLARE_GLOBALS")
def _declare_globals(frame, arg):
    from minijs.interpreter.globals_decl import declare_globals
    declare_globals(frame, frame.code.constants[arg])


def _lookup(frame, name):
    """Resolve `name` through the context chain at run time (with / sloppy
    eval): (context, slot) for a declarative binding, (object, None) for
    an object environment, or (None, None) for the global environment."""
    c = frame.context
    while c is not None:
        if c.with_object is not None:
            obj = c.with_object
            if obj.has_property(name):
                unscopables = obj.get(WELL_KNOWN.unscopables, obj)
                if not (isinstance(unscopables, JSObject)
                        and to_boolean(unscopables.get(name, unscopables))):
                    return obj, None
        elif c.desc is not None and name in c.desc.names:
            return c, c.desc.names.index(name)
        c = c.parent
    return None, None


def _object_binding_value(frame, obj, name):
    """GetBindingValue of a with object's environment (9.1.1.2.6): the
    property may have gone since the name was resolved."""
    if obj.has_property(name):
        return obj.get(name, obj)
    if frame.code.strict:
        raise errors.reference_error("%s is not defined" % name)
    return UNDEFINED


def _set_object_binding(frame, obj, name, value):
    """SetMutableBinding of a with object's environment (9.1.1.2.5)."""
    if not obj.has_property(name) and frame.code.strict:
        raise errors.reference_error("%s is not defined" % name)
    put(frame, obj, name, value)


def _binding_value(frame, name, where, slot, typeof=False):
    """GetValue of a reference `_lookup` resolved to (where, slot)."""
    if where is None:
        return load_global(frame, name, typeof)
    if slot is None:
        return _object_binding_value(frame, where, name)
    v = where.slots[slot]
    if v is THE_HOLE:
        raise _tdz_error(name)
    return v


def _put_binding(frame, name, where, slot, value):
    """PutValue of a reference `_lookup` resolved to (where, slot)."""
    if where is None:
        store_global(frame, name, value)
    elif slot is None:
        _set_object_binding(frame, where, name, value)
    else:
        if where.slots[slot] is THE_HOLE:
            raise _tdz_error(name)
        if name in where.desc.consts:
            raise errors.type_error("Assignment to constant variable.")
        where.slots[slot] = value


@handler("LOAD_LOOKUP", "LOAD_LOOKUP_TYPEOF")
def _load_lookup(frame, arg):
    name = frame.code.names[arg]
    where, slot = _lookup(frame, name)
    typeof = frame.code.ops[frame.pc - 1] == O.LOAD_LOOKUP_TYPEOF
    frame.stack.append(_binding_value(frame, name, where, slot, typeof))


@handler("LOAD_LOOKUP_CALLEE")
def _load_lookup_callee(frame, arg):
    name = frame.code.names[arg]
    where, slot = _lookup(frame, name)
    if where is None:
        frame.stack.extend((load_global(frame, name), UNDEFINED))
    elif slot is None:
        frame.stack.extend((_object_binding_value(frame, where, name), where))
    else:
        frame.stack.extend((where.slots[slot], UNDEFINED))


@handler("STORE_LOOKUP")
def _store_lookup(frame, arg):
    name = frame.code.names[arg]
    value = frame.stack.pop()
    where, slot = _lookup(frame, name)
    _put_binding(frame, name, where, slot, value)


class ResolvedReference:
    """An identifier reference resolved before the right side of its
    assignment runs (13.15.2: lref is evaluated first; PutValue uses it
    even when the right side deletes or shadows the binding)."""
    __slots__ = ("where", "slot")

    def __init__(self, where, slot):
        self.where, self.slot = where, slot


@handler("RESOLVE_LOOKUP")
def _resolve_lookup(frame, arg):
    frame.stack.append(ResolvedReference(*_lookup(frame, frame.code.names[arg])))


@handler("LOAD_RESOLVED")
def _load_resolved(frame, arg):
    ref = frame.stack[-1]
    frame.stack.append(_binding_value(frame, frame.code.names[arg], ref.where, ref.slot))


@handler("STORE_RESOLVED")
def _store_resolved(frame, arg):
    value = frame.stack.pop()
    ref = frame.stack.pop()
    _put_binding(frame, frame.code.names[arg], ref.where, ref.slot, value)


@handler("DELETE_LOOKUP")
def _delete_lookup(frame, arg):
    name = frame.code.names[arg]
    where, slot = _lookup(frame, name)
    if where is None:
        if name in frame.realm.global_lexicals:
            frame.stack.append(False)
        else:
            g = frame.realm.global_object
            frame.stack.append(g.delete(name))
    elif slot is None:
        frame.stack.append(where.delete(name))
    elif name in where.desc.deletable:
        where.desc = where.desc.without(name)      # a var sloppy eval declared
        frame.stack.append(True)
    else:
        frame.stack.append(False)


# -- function state --------------------------------------------------------------

@handler("LOAD_THIS")
def _load_this(frame, arg):
    frame.stack.append(frame.this)


@handler("LOAD_NEW_TARGET")
def _load_new_target(frame, arg):
    frame.stack.append(frame.new_target)


@handler("LOAD_CALLEE")
def _load_callee(frame, arg):
    frame.stack.append(frame.func)


@handler("LOAD_HOME_OBJECT")
def _load_home_object(frame, arg):
    home = frame.func.home_object if frame.func is not None else None
    frame.stack.append(UNDEFINED if home is None else home)


@handler("CREATE_MAPPED_ARGUMENTS")
def _create_mapped_arguments(frame, arg):
    from minijs.interpreter.arguments import create_mapped_arguments
    frame.stack.append(create_mapped_arguments(frame, frame.code.constants[arg]))


@handler("CREATE_UNMAPPED_ARGUMENTS")
def _create_unmapped_arguments(frame, arg):
    from minijs.interpreter.arguments import create_unmapped_arguments
    frame.stack.append(create_unmapped_arguments(frame))


@handler("CREATE_REST")
def _create_rest(frame, arg):
    values = list(frame.args[arg:])
    frame.stack.append(create_array_from_list(values, frame.realm.intrinsics["ArrayPrototype"]))


# -- properties --------------------------------------------------------------------

@handler("GET_NAMED")
def _get_named(frame, arg):
    s = frame.stack
    s[-1] = get_named(frame, s[-1], frame.code.names[arg], frame.pc - 1)


@handler("GET_METHOD")
def _get_method(frame, arg):
    s = frame.stack
    obj = s[-1]
    s[-1] = get_named(frame, obj, frame.code.names[arg], frame.pc - 1)
    s.append(obj)


@handler("SET_NAMED")
def _set_named(frame, arg):
    s = frame.stack
    v = s.pop()
    obj = s.pop()
    set_named(frame, obj, frame.code.names[arg], v, frame.pc - 1)


@handler("GET_KEYED")
def _get_keyed(frame, arg):
    s = frame.stack
    key = s.pop()
    s[-1] = get_keyed(frame, s[-1], key)


@handler("SET_KEYED")
def _set_keyed(frame, arg):
    s = frame.stack
    v = s.pop()
    key = s.pop()
    obj = s.pop()
    set_keyed(frame, obj, key, v)


@handler("DELETE_PROPERTY")
def _delete_property(frame, arg):
    s = frame.stack
    key = s.pop()
    obj = s[-1]
    if obj is UNDEFINED or obj is NULL:
        raise errors.type_error("Cannot convert undefined or null to object")
    key = ops.to_property_key(key)
    o = ops.to_object(obj)
    ok = o.delete(key)
    if not ok and frame.code.strict:
        raise errors.type_error(errors.msg_cannot_delete(key, o))
    s[-1] = ok


@handler("IN")
def _in(frame, arg):
    s = frame.stack
    obj = s.pop()
    s[-1] = ops.has_property_in(s[-1], obj)


@handler("INSTANCEOF")
def _instanceof(frame, arg):
    s = frame.stack
    target = s.pop()
    s[-1] = ops.instance_of(s[-1], target)


def _define(obj, key, value, enumerable=True):
    if not obj.define_own_property(key, PropertyDescriptor(value, True, None, None, enumerable, True)):
        if obj.get_own_property(key) is None:     # a class field on a non-extensible object
            raise errors.type_error("Cannot define property %s, object is not extensible"
                                    % key_to_display(key))
        raise _redefine_error(obj, key)


def _redefine_error(obj, key):
    if key == "prototype" and isinstance(obj, JSFunction):     # a class's static member
        return errors.type_error("Classes may not have a static property named 'prototype'")
    return errors.type_error("Cannot redefine property: %s" % key_to_display(key))


@handler("DEFINE_NAMED_OWN")
def _define_named_own(frame, arg):
    s = frame.stack
    v = s.pop()
    obj = s[-1]
    name = frame.code.names[arg]
    if type(obj) is JSObject and obj.shape.table.get(name, NOT_FOUND) >= obj.shape.limit \
            and not obj.shape.dictionary and obj.extensible and array_index(name) is None:
        obj._add_named(name, v, 0b111)
    else:
        _define(obj, name, v)


@handler("DEFINE_KEYED_OWN")
def _define_keyed_own(frame, arg):
    s = frame.stack
    v = s.pop()
    key = ops.to_property_key(s.pop())
    _define(s[-1], key, v)


def _set_function_name(fn, key, prefix=None):
    if not isinstance(fn, JSFunction) and not getattr(fn, "callable", False):
        return
    if type(key) is JSSymbol:
        d = key.description
        name = "" if d is UNDEFINED else "[%s]" % d
    else:
        name = key
    if prefix:
        name = prefix + " " + name
    fn.define_own_property("name", PropertyDescriptor(name, False, None, None, False, True))


@handler("DEFINE_METHOD")
def _define_method(frame, flags):
    s = frame.stack
    fn = s.pop()
    key = s.pop()
    obj = s[-1]
    fn.home_object = obj
    _set_function_name(fn, key)
    _define(obj, key, fn, bool(flags & O.DEFINE_ENUMERABLE))


def _define_accessor(frame, flags, which):
    s = frame.stack
    fn = s.pop()
    key = s.pop()
    obj = s[-1]
    fn.home_object = obj
    _set_function_name(fn, key, which)
    current = obj.get_own_property(key)
    getter = setter = None
    if which == "get":
        getter = fn
    else:
        setter = fn
    enumerable = bool(flags & O.DEFINE_ENUMERABLE)
    if current is not None and current.is_accessor():
        desc = PropertyDescriptor(None, None, getter, setter, enumerable, True)
    else:
        desc = PropertyDescriptor(None, None, getter if getter else UNDEFINED,
                                  setter if setter else UNDEFINED, enumerable, True)
    if not obj.define_own_property(key, desc):       # DefinePropertyOrThrow: static get prototype
        raise _redefine_error(obj, key)


@handler("DEFINE_GETTER")
def _define_getter(frame, flags):
    _define_accessor(frame, flags, "get")


@handler("DEFINE_SETTER")
def _define_setter(frame, flags):
    _define_accessor(frame, flags, "set")


@handler("SET_FUNCTION_NAME")
def _set_function_name_op(frame, kind):
    s = frame.stack
    prefix = {O.ACCESSOR_GET: "get", O.ACCESSOR_SET: "set"}.get(kind)
    _set_function_name(s[-1], s[-2], prefix)


@handler("SET_PROTO")
def _set_proto(frame, arg):
    s = frame.stack
    proto = s.pop()
    if isinstance(proto, JSObject) or proto is NULL:
        s[-1].set_prototype_of(proto)


@handler("COPY_DATA_PROPERTIES")
def _copy_data_properties(frame, arg):
    s = frame.stack
    src = s.pop()
    copy_data_properties(s[-1], src, ())


@handler("COPY_DATA_PROPERTIES_EXCLUDING")
def _copy_data_properties_excluding(frame, count):
    s = frame.stack
    excluded = s[len(s) - count:] if count else []
    del s[len(s) - count:]
    src = s.pop()
    copy_data_properties(s[-1], src, excluded)


def copy_data_properties(target, source, excluded):
    """CopyDataProperties (7.3.25)."""
    if source is UNDEFINED or source is NULL:
        return
    src = ops.to_object(source)
    for key in src.own_property_keys():
        if key in excluded:
            continue
        desc = src.get_own_property(key)
        if desc is not None and desc.enumerable:
            _define(target, key, src.get(key, src))


@handler("TO_PROPERTY_KEY")
def _to_property_key(frame, arg):
    v = frame.stack[-1]
    if not (arg and type(v) is int):
        if arg:
            check_member_base(frame.stack[-2], v)
        frame.stack[-1] = ops.to_property_key(v)


def check_member_base(base, key):
    """Before the key of base[key] op= v is converted: a null or undefined
    base throws first (GetValue's ToObject precedes ToPropertyKey)."""
    if base is UNDEFINED or base is NULL:
        raise _nullish_base(base, key, "read", "reading")


@handler("REQUIRE_OBJECT_COERCIBLE")
def _require_object_coercible(frame, arg):
    v = frame.stack[-1]
    if v is UNDEFINED or v is NULL:
        raise errors.type_error("Cannot destructure '%s' as it is %s." % (
            errors.display_value(v), errors.display_value(v)))


@handler("THROW_IF_NOT_OBJECT")
def _throw_if_not_object(frame, arg):
    v = frame.stack[-1]
    if not isinstance(v, JSObject):
        raise errors.type_error("Iterator result %s is not an object" % errors.display_value(v))


# -- operators -----------------------------------------------------------------------

def _unary(fn):
    def h(frame, arg):
        frame.stack[-1] = fn(frame.stack[-1])
    return h


def _binary(fn):
    def h(frame, arg):
        s = frame.stack
        b = s.pop()
        a = s[-1]
        code = frame.code
        index = code.feedback[frame.pc - 1]
        if index >= 0:
            record_operands(code.feedback_vector, index, a, b)
        s[-1] = fn(a, b)
    return h


HANDLERS[O.NEG] = _unary(ops.negate)
HANDLERS[O.BITNOT] = _unary(ops.bitnot)
HANDLERS[O.NOT] = _unary(lambda v: not to_boolean(v))
HANDLERS[O.TYPEOF] = _unary(type_of)
HANDLERS[O.TO_NUMBER] = _unary(ops.to_number)
HANDLERS[O.TO_NUMERIC] = _unary(ops.to_numeric)
HANDLERS[O.TO_STRING] = _unary(ops.to_string)
HANDLERS[O.INC] = _unary(ops.increment)
HANDLERS[O.DEC] = _unary(ops.decrement)
for _name, _fn in (("ADD", ops.add), ("SUB", ops.sub), ("MUL", ops.mul), ("DIV", ops.div),
                   ("MOD", ops.mod), ("EXP", ops.exp), ("SHL", ops.shl), ("SAR", ops.sar),
                   ("SHR", ops.shr), ("BITAND", ops.bitand), ("BITOR", ops.bitor),
                   ("BITXOR", ops.bitxor)):
    HANDLERS[O.BY_NAME[_name].code] = _binary(_fn)
HANDLERS[O.EQ] = _binary(ops.loose_equals)
HANDLERS[O.NE] = _binary(lambda a, b: not ops.loose_equals(a, b))
HANDLERS[O.STRICT_EQ] = _binary(ops.strict_equals)
HANDLERS[O.STRICT_NE] = _binary(lambda a, b: not ops.strict_equals(a, b))
HANDLERS[O.LT] = _binary(lambda a, b: ops.less_than(a, b) is True)
HANDLERS[O.GT] = _binary(lambda a, b: ops.less_than(b, a, False) is True)
HANDLERS[O.LE] = _binary(lambda a, b: ops.less_than(b, a, False) is False)
HANDLERS[O.GE] = _binary(lambda a, b: ops.less_than(a, b) is False)


# -- control flow ------------------------------------------------------------------

@handler("JUMP")
def _jump(frame, target):
    frame.pc = target


@handler("JUMP_LOOP")
def _jump_loop(frame, target):
    frame.code.back_edges += 1
    frame.pc = target


def _cond_jump(test):
    def h(frame, target):
        if test(frame.stack.pop()):
            frame.pc = target
    return h


HANDLERS[O.JUMP_IF_TRUE] = _cond_jump(to_boolean)
HANDLERS[O.JUMP_IF_FALSE] = _cond_jump(lambda v: not to_boolean(v))
HANDLERS[O.JUMP_IF_NULLISH] = _cond_jump(lambda v: v is UNDEFINED or v is NULL)
HANDLERS[O.JUMP_IF_NOT_NULLISH] = _cond_jump(lambda v: v is not UNDEFINED and v is not NULL)
HANDLERS[O.JUMP_IF_UNDEFINED] = _cond_jump(lambda v: v is UNDEFINED)
HANDLERS[O.JUMP_IF_NOT_UNDEFINED] = _cond_jump(lambda v: v is not UNDEFINED)


@handler("THROW", "RETHROW")
def _throw(frame, arg):
    raise JSThrow(frame.stack.pop())


@handler("ENTER_FINALLY")
def _enter_finally(frame, kind):
    frame.stack.append(kind)


@handler("LEAVE_FINALLY")
def _leave_finally(frame, arg):
    s = frame.stack
    if s[-1] == O.COMPLETION_THROW:
        s.pop()
        raise JSThrow(s.pop())


@handler("DEBUGGER")
def _debugger(frame, arg):
    pass


# -- closures and literals -----------------------------------------------------------

# CodeFlag's operators make enum members (about 1 us each): a closure is
# made often enough to test the flags as plain ints.
_GENERATOR_OR_ASYNC = int(CodeFlag.GENERATOR | CodeFlag.ASYNC)
_ARROW = int(CodeFlag.ARROW)
_METHOD = int(CodeFlag.METHOD)
_DERIVED = int(CodeFlag.DERIVED)


def make_closure(frame, code):
    """A new function object for `code` over the current context
    (10.2.3 OrdinaryFunctionCreate + MakeConstructor)."""
    realm = frame.realm
    flags = int(code.flags)
    if flags & _GENERATOR_OR_ASYNC:
        from minijs.interpreter.generators import make_generator_closure
        return make_generator_closure(frame, code)
    if flags & _ARROW:
        kind = "arrow"
    elif flags & _METHOD:
        kind = "method"
    else:
        kind = "normal"
    fn = JSFunction(code, frame.context, realm, realm.intrinsics["FunctionPrototype"], kind)
    if kind == "arrow":
        fn.lexical_this = frame.this
        fn.lexical_new_target = frame.new_target
        fn.home_object = frame.func.home_object if frame.func is not None else None
    elif kind == "normal":
        if not fn.strict:
            # V8's own `arguments` / `caller` of sloppy functions (16.1
            # allows them; strict ones must not have them).  Always null
            # here: no path from a function to its live arguments or caller.
            fn._add_named("arguments", NULL, 0)
            fn._add_named("caller", NULL, 0)
        add_prototype_property(fn, realm.intrinsics["ObjectPrototype"])
    if code.script is None:
        code.script = frame.code.script
    return fn


@handler("CREATE_CLOSURE")
def _create_closure(frame, child):
    frame.stack.append(make_closure(frame, frame.code.children[child]))


@handler("CREATE_OBJECT")
def _create_object(frame, arg):
    frame.stack.append(JSObject(frame.realm.intrinsics["ObjectPrototype"]))


@handler("CREATE_ARRAY")
def _create_array(frame, count):
    s = frame.stack
    values = s[len(s) - count:] if count else []
    if count:
        del s[len(s) - count:]
    proto = frame.realm.intrinsics["ArrayPrototype"]
    if THE_HOLE in values:
        a = array_create(0, proto)
        for i, v in enumerate(values):
            if v is not THE_HOLE:
                a.set_index_fast(i, v) or ops_create_data(a, i, v)
        a.length = len(values)
        s.append(a)
    else:
        s.append(create_array_from_list(values, proto))


def ops_create_data(a, i, v):
    from minijs.runtime.ordinary import create_data_property_or_throw
    create_data_property_or_throw(a, str(i), v)


@handler("ARRAY_APPEND")
def _array_append(frame, arg):
    s = frame.stack
    v = s.pop()
    a = s[-1]
    if v is THE_HOLE:
        a.length += 1
    elif not a.set_index_fast(a.length, v):
        ops_create_data(a, a.length, v)


@handler("ARRAY_APPEND_SPREAD")
def _array_append_spread(frame, arg):
    from minijs.interpreter.iteration import iterate_values
    s = frame.stack
    iterable = s.pop()
    a = s[-1]
    method = UNDEFINED if iterable is UNDEFINED or iterable is NULL else \
        ops.get_method(iterable, WELL_KNOWN.iterator)
    if method is UNDEFINED:
        text = call_site_text(frame, frame.pc - 1)
        raise errors.type_error("%s is not iterable" % text if text is not None else
                                "Spread syntax requires ...iterable[Symbol.iterator] to be a function")
    for v in iterate_values(iterable, method):
        if not a.set_index_fast(a.length, v):
            ops_create_data(a, a.length, v)


@handler("CREATE_REGEXP")
def _create_regexp(frame, arg):
    from minijs.builtins.regexp import regexp_create
    consts = frame.code.constants
    frame.stack.append(regexp_create(frame.realm, consts[arg[0]], consts[arg[1]]))


@handler("GET_TEMPLATE_OBJECT")
def _get_template_object(frame, arg):
    """GetTemplateObject (13.2.8.4): one frozen array per site (cached in
    its feedback slot), with a frozen `raw` array."""
    fbv = frame.code.feedback_vector
    slot = frame.code.feedback[frame.pc - 1]
    template = fbv[slot]
    if template is None:
        from minijs.runtime.integrity import FROZEN, set_integrity_level
        site = frame.code.constants[arg]
        proto = frame.realm.intrinsics["ArrayPrototype"]
        template = create_array_from_list(
            [UNDEFINED if c is None else c for c in site.cooked], proto)
        raw = create_array_from_list(list(site.raw), proto)
        set_integrity_level(raw, FROZEN)
        template.define_own_property("raw", PropertyDescriptor(raw, False, None, None, False, False))
        set_integrity_level(template, FROZEN)
        fbv[slot] = template
    frame.stack.append(template)


# -- iteration ------------------------------------------------------------------------

@handler("FOR_IN_PREPARE")
def _for_in_prepare(frame, arg):
    from minijs.interpreter.iteration import ForInEnumerator
    frame.stack[-1] = ForInEnumerator(frame.stack[-1])


@handler("FOR_IN_NEXT")
def _for_in_next(frame, arg):
    frame.stack.append(frame.stack[-1].next())


@handler("GET_ITERATOR")
def _get_iterator(frame, arg):
    from minijs.interpreter.iteration import get_iterator
    s = frame.stack
    value = s.pop()
    walk = walk_for(value, frame.realm)
    if walk is not None:
        s.extend((walk, FAST_NEXT))
        return
    method = UNDEFINED if value is UNDEFINED or value is NULL else \
        ops.get_method(value, WELL_KNOWN.iterator)
    if method is UNDEFINED:
        raise errors.type_error(_not_iterable(frame, value))
    it, nxt = get_iterator(value, method)
    s.extend((it, nxt))


def _not_iterable(frame, value):
    """V8's message: the iterable's source text when the compiler noted
    it (for-of, `var [a] = init`), else the value's type and value."""
    text = call_site_text(frame, frame.pc - 1)
    if text is not None:
        return "%s is not iterable" % text
    if value is UNDEFINED:
        what = "undefined"
    elif value is NULL:
        what = "object null"
    elif isinstance(value, JSObject):
        what = "function" if value.callable else "object"
    elif type(value) is JSSymbol:
        what = "symbol"
    else:
        what = "%s %s" % (type_of(value), errors.display_value(value))
    return "%s is not iterable (cannot read property Symbol(Symbol.iterator))" % what


@handler("ITERATOR_NEXT")
def _iterator_next(frame, arg):
    s = frame.stack
    if s[-1] is FAST_NEXT:
        s.append(s[-2].step())
        return
    nxt = s[-1]
    if not getattr(nxt, "callable", False):
        raise errors.type_error("%s is not a function" % errors.display_value(nxt))
    s.append(call(nxt, s[-2], ()))


@handler("ITERATOR_DONE")
def _iterator_done(frame, arg):
    s = frame.stack
    r = s[-1]
    if type(r) is Step:
        s.append(r.done)
        return
    if not isinstance(r, JSObject):
        raise errors.type_error("Iterator result %s is not an object" % errors.display_value(r))
    s.append(to_boolean(r.get("done", r)))


@handler("ITERATOR_VALUE")
def _iterator_value(frame, arg):
    s = frame.stack
    r = s[-1]
    s[-1] = r.value if type(r) is Step else r.get("value", r)


@handler("ITERATOR_CLOSE", "ITERATOR_CLOSE_QUIET")
def _iterator_close(frame, arg):
    from minijs.interpreter.iteration import iterator_close
    s = frame.stack
    if s.pop() is FAST_NEXT:
        s.pop()
        return                  # an array iterator has no `return`
    it = s.pop()
    iterator_close(it, quiet=frame.code.ops[frame.pc - 1] == O.ITERATOR_CLOSE_QUIET)


# -- not compiled yet: the compiler refuses these constructs (CompileError), so
# reaching one of these handlers is an engine bug, reported as such.

def _not_compiled(name):
    def h(frame, arg):
        raise JSThrow(errors.make_error("Error", "internal error: opcode %s is not implemented" % name))
    return h


for _info in O.OPCODES:
    if HANDLERS[_info.code] is None and not _info.flags & O.OpFlag.SUPERINSTRUCTION:
        HANDLERS[_info.code] = _not_compiled(_info.name)


# Superinstructions: each is the sequence its doc line names.

@handler("LOAD_REG_ADD_SMI")
def _load_reg_add_smi(frame, arg):
    reg, imm = arg
    frame.stack.append(ops.add(frame.regs[reg], imm))


@handler("INC_REG")
def _inc_reg(frame, reg):
    frame.regs[reg] = ops.increment(ops.to_numeric(frame.regs[reg]))


@handler("LOAD_REG2")
def _load_reg2(frame, arg):
    frame.stack.extend((frame.regs[arg[0]], frame.regs[arg[1]]))


@handler("TEE_REG")
def _tee_reg(frame, reg):
    frame.regs[reg] = frame.stack[-1]


@handler("GET_NAMED_REG")
def _get_named_reg(frame, arg):
    reg, name = arg
    frame.stack.append(get_named(frame, frame.regs[reg], frame.code.names[name], frame.pc - 1))


@handler("JUMP_IF_REG_NOT_LT_CONST")
def _jump_if_reg_not_lt_const(frame, arg):
    reg, const, target = arg
    if ops.less_than(frame.regs[reg], frame.code.constants[const]) is not True:
        frame.pc = target


@handler("JUMP_IF_REG_NOT_LT_REG")
def _jump_if_reg_not_lt_reg(frame, arg):
    r1, r2, target = arg
    if ops.less_than(frame.regs[r1], frame.regs[r2]) is not True:
        frame.pc = target


# handlers of later language features, in modules of their own
from minijs.interpreter import classes as _classes  # noqa: E402,F401
from minijs.interpreter import generators as _generators  # noqa: E402,F401
from minijs.interpreter import async_functions as _async_functions  # noqa: E402,F401
from minijs.interpreter import async_generators as _async_generators  # noqa: E402,F401
from minijs.interpreter import modules as _modules  # noqa: E402,F401
