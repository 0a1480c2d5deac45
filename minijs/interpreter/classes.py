"""Opcode handlers for classes, `super` and private names (ECMA-262 15.7,
13.3.7, 6.2.12 Private Names, 7.3.26-7.3.32 PrivateElement operations).

Invariants:

* A class constructor is a JSFunction of kind "class": [[Call]] throws,
  its `home_object` is the prototype, `fields` is the instance field
  initializer (a method-kind JSFunction run on each new instance by
  INIT_CLASS_FIELDS: the private methods' brands first, then the fields),
  or None.  A derived constructor (CodeFlag.DERIVED) starts with `this`
  uninitialised: its frame's `this` is THE_HOLE and the compiled code
  keeps `this` in a binding that `super(...)` initialises.
* A PrivateName is never a JS value: it lives in bindings of the class
  scope and is read only by the private opcodes.  An object's private
  elements are `obj.private_elements`, a dict PrivateName -> value (a
  field's value; for methods and accessors the value is `BRAND`: the
  functions themselves are kept by the PrivateName, shared by every
  instance as the spec's PrivateElement is).
"""

from minijs.bytecode import opcodes as O
from minijs.bytecode.code import CodeFlag
from minijs.interpreter import ops as H
from minijs.interpreter.frame import THE_HOLE
from minijs.interpreter.function import JSFunction
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.calls import call
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, is_constructor

__all__ = ["PrivateName", "BRAND"]

_DERIVED = int(CodeFlag.DERIVED)

BRAND = object()
_FIELD, _METHOD, _ACCESSOR = "field", "method", "accessor"


class PrivateName:
    """A Private Name (6.2.12) and, for methods and accessors, the
    functions of its PrivateElement."""

    __slots__ = ("description", "kind", "method", "getter", "setter", "class_name")

    def __init__(self, description):
        self.description = description
        self.kind = _FIELD
        self.method = self.getter = self.setter = None
        self.class_name = "anonymous"

    def __repr__(self):
        return "<private name %s>" % self.description


def handler(name):
    def register(fn):
        H.HANDLERS[O.BY_NAME[name].code] = fn
        return fn
    return register


def _class_name(fn):
    name = fn.get_fast("name") if isinstance(fn, JSObject) else None
    return name if type(name) is str and name else "anonymous"


# -- class definition (15.7.14 ClassDefinitionEvaluation) ---------------------

@handler("CREATE_CLASS")
def _create_class(frame, child):
    s = frame.stack
    heritage = s.pop()
    realm = frame.realm
    intrinsics = realm.intrinsics
    code = frame.code.children[child]
    if code.script is None:
        code.script = frame.code.script
    if heritage is THE_HOLE:
        proto_parent = intrinsics["ObjectPrototype"]
        ctor_parent = intrinsics["FunctionPrototype"]
    elif heritage is NULL:
        proto_parent = NULL
        ctor_parent = intrinsics["FunctionPrototype"]
    else:
        if not is_constructor(heritage):
            raise errors.type_error("Class extends value %s is not a constructor or null"
                                    % errors.display_value(heritage))
        proto_parent = heritage.get("prototype", heritage)
        if not isinstance(proto_parent, JSObject) and proto_parent is not NULL:
            raise errors.type_error("Class extends value does not have valid prototype property %s"
                                    % errors.display_value(proto_parent))
        ctor_parent = heritage
    proto = JSObject(proto_parent)
    ctor = JSFunction(code, frame.context, realm, ctor_parent, "class")
    ctor.home_object = proto
    ctor.define_own_property("prototype", PropertyDescriptor(proto, False, None, None, False, False))
    proto.define_own_property("constructor", PropertyDescriptor(ctor, True, None, None, False, True))
    s.append(ctor)
    s.append(proto)


@handler("SET_CLASS_FIELDS")
def _set_class_fields(frame, arg):
    init = frame.stack.pop()
    frame.stack[-1].fields = init


@handler("INIT_CLASS_FIELDS")
def _init_class_fields(frame, arg):
    s = frame.stack
    this = s.pop()
    ctor = s.pop()
    init = getattr(ctor, "fields", None)
    if init is not None:
        call(init, this, ())


@handler("SET_HOME_OBJECT")
def _set_home_object(frame, arg):
    frame.stack[-1].home_object = frame.stack[-2]


def super_base(fn):
    """GetSuperBase (9.1.1.3.5) of the function that provides `super`."""
    home = getattr(fn, "home_object", None)
    if home is None:
        return UNDEFINED
    return home.get_prototype_of()


@handler("LOAD_SUPER_BASE")
def _load_super_base(frame, arg):
    frame.stack.append(super_base(frame.func))


@handler("GET_SUPER_BASE")
def _get_super_base(frame, arg):
    frame.stack[-1] = super_base(frame.stack[-1])


# -- constructors -----------------------------------------------------------------

@handler("GET_SUPER_CONSTRUCTOR")
def _get_super_constructor(frame, arg):
    frame.stack[-1] = frame.stack[-1].get_prototype_of()


def _super_construct(frame, ctor, new_target, args):
    """SuperCall (13.3.7.1) steps 4-6: Construct(func, args, newTarget)."""
    if not is_constructor(ctor):
        active = _active_class(frame)
        # `extends null`: the constructor's prototype is %Function.prototype%
        null = ctor is frame.realm.intrinsics["FunctionPrototype"] or ctor is NULL
        raise errors.type_error("Super constructor %s of %s is not a constructor" % (
            "null" if null else errors.display_value(ctor),
            _class_name(active) if active is not None else "anonymous class"))
    if type(ctor) is JSFunction:
        return H.construct_frame(ctor, args, new_target, frame)
    frame.native = ctor
    frame.native_this = None
    result = ctor.construct(args, new_target)
    frame.native = None
    frame.stack.append(result)
    return None


def _active_class(frame):
    """The class constructor whose super() is running (for messages)."""
    f = frame
    while f is not None:
        fn = f.func
        if fn is not None and fn.kind == "class":
            return fn
        if fn is None or fn.kind != "arrow":
            return None
        f = f.parent
    return None


@handler("SUPER_CALL")
def _super_call(frame, argc):
    s = frame.stack
    n = argc + 2
    ctor, new_target = s[-n], s[-n + 1]
    args = s[len(s) - argc:]
    del s[-n:]
    return _super_construct(frame, ctor, new_target, args)


@handler("SUPER_CALL_SPREAD")
def _super_call_spread(frame, arg):
    s = frame.stack
    array = s.pop()
    new_target = s.pop()
    ctor = s.pop()
    return _super_construct(frame, ctor, new_target, H._list_of(array))


_MUST_CALL_SUPER = ("Must call super constructor in derived class before accessing "
                    "'this' or returning from derived constructor")


@handler("CHECK_THIS_INITIALIZED")
def _check_this_initialized(frame, arg):
    if frame.stack[-1] is THE_HOLE:
        raise errors.reference_error(_MUST_CALL_SUPER)


@handler("CHECK_SUPER_NOT_CALLED")
def _check_super_not_called(frame, arg):
    if frame.stack[-1] is not THE_HOLE:
        raise errors.reference_error("Super constructor may only be called once")


@handler("CHECK_DERIVED_RETURN")
def _check_derived_return(frame, arg):
    """10.2.2 [[Construct]] steps 10-12 for a derived constructor."""
    s = frame.stack
    this = s.pop()
    v = s[-1]
    if isinstance(v, JSObject):
        return
    if v is not UNDEFINED:
        raise errors.type_error("Derived constructors may only return object or undefined")
    if this is THE_HOLE:
        raise errors.reference_error(_MUST_CALL_SUPER)
    s[-1] = this


# -- super properties (13.3.7) --------------------------------------------------------

def _super_get(this, base, key):
    if base is UNDEFINED or base is NULL:
        raise errors.type_error("Cannot read properties of %s (reading '%s')" % (
            errors.display_value(base), errors.display_value(key)))
    return ops.to_object(base).get(key, this)


def _super_set(frame, this, base, key, value):
    if base is UNDEFINED or base is NULL:
        raise errors.type_error("Cannot set properties of %s (setting '%s')" % (
            errors.display_value(base), errors.display_value(key)))
    ok = ops.to_object(base).set(key, value, this)
    if not ok and frame.code.strict:
        from minijs.runtime.ordinary import set_failure_error
        raise set_failure_error(this if isinstance(this, JSObject) else base, key)


@handler("GET_SUPER_NAMED")
def _get_super_named(frame, arg):
    s = frame.stack
    home = s.pop()
    s[-1] = _super_get(s[-1], home, frame.code.names[arg])


@handler("GET_SUPER_KEYED")
def _get_super_keyed(frame, arg):
    s = frame.stack
    key = ops.to_property_key(s.pop())
    home = s.pop()
    s[-1] = _super_get(s[-1], home, key)


@handler("SET_SUPER_NAMED")
def _set_super_named(frame, arg):
    s = frame.stack
    v = s.pop()
    home = s.pop()
    _super_set(frame, s.pop(), home, frame.code.names[arg], v)


@handler("SET_SUPER_KEYED")
def _set_super_keyed(frame, arg):
    s = frame.stack
    v = s.pop()
    key = ops.to_property_key(s.pop())
    home = s.pop()
    _super_set(frame, s.pop(), home, key, v)


# -- private names (7.3.26 - 7.3.32) -------------------------------------------------------

def _elements(obj, create=False):
    pe = getattr(obj, "private_elements", None)
    if pe is None and create:
        pe = obj.private_elements = {}
    return pe


@handler("CREATE_PRIVATE_NAME")
def _create_private_name(frame, arg):
    frame.stack.append(PrivateName(frame.code.names[arg]))


def private_get(obj, pn):
    """PrivateGet (7.3.31)."""
    pe = _elements(obj) if isinstance(obj, JSObject) else None
    if pe is None or pn not in pe:
        if pn.kind == _FIELD:
            raise errors.type_error("Cannot read private member %s from an object whose "
                                    "class did not declare it" % pn.description)
        raise errors.type_error("Receiver must be an instance of class %s" % pn.class_name)
    if pn.kind == _FIELD:
        return pe[pn]
    if pn.kind == _METHOD:
        return pn.method
    if pn.getter is None:
        raise errors.type_error("'%s' was defined without a getter" % pn.description)
    return call(pn.getter, obj, ())


def private_set(obj, pn, value):
    """PrivateSet (7.3.32)."""
    pe = _elements(obj) if isinstance(obj, JSObject) else None
    if pe is None or pn not in pe:
        if pn.kind == _FIELD:
            raise errors.type_error("Cannot write private member %s to an object whose "
                                    "class did not declare it" % pn.description)
        raise errors.type_error("Receiver must be an instance of class %s" % pn.class_name)
    if pn.kind == _FIELD:
        pe[pn] = value
    elif pn.kind == _METHOD:
        raise errors.type_error("Private method '%s' is not writable" % pn.description)
    elif pn.setter is None:
        raise errors.type_error("'%s' was defined without a setter" % pn.description)
    else:
        call(pn.setter, obj, (value,))


@handler("GET_PRIVATE")
def _get_private(frame, arg):
    s = frame.stack
    pn = s.pop()
    s[-1] = private_get(s[-1], pn)


@handler("SET_PRIVATE")
def _set_private(frame, arg):
    s = frame.stack
    v = s.pop()
    pn = s.pop()
    private_set(s.pop(), pn, v)


@handler("DEFINE_PRIVATE_FIELD")
def _define_private_field(frame, arg):
    """PrivateFieldAdd (7.3.28)."""
    s = frame.stack
    v = s.pop()
    pn = s.pop()
    obj = s[-1]
    pe = _elements(obj, create=True)
    if pn in pe:
        raise errors.type_error("Cannot initialize %s twice on the same object" % pn.description)
    pe[pn] = v


@handler("DEFINE_PRIVATE_METHOD")
def _define_private_method(frame, kind):
    s = frame.stack
    fn = s.pop()
    pn = s.pop()
    home = s[-1]
    fn.home_object = home
    ctor = home if isinstance(home, JSFunction) and home.kind == "class" \
        else home.get_fast("constructor")
    pn.class_name = _class_name(ctor)
    prefix = {O.ACCESSOR_GET: "get ", O.ACCESSOR_SET: "set "}.get(kind, "")
    fn.define_own_property("name", PropertyDescriptor(
        prefix + pn.description, False, None, None, False, True))
    if kind == O.ACCESSOR_GET:
        pn.kind, pn.getter = _ACCESSOR, fn
    elif kind == O.ACCESSOR_SET:
        pn.kind, pn.setter = _ACCESSOR, fn
    else:
        pn.kind, pn.method = _METHOD, fn


@handler("ADD_PRIVATE_METHOD")
def _add_private_method(frame, arg):
    """PrivateMethodOrAccessorAdd (7.3.29)."""
    s = frame.stack
    pn = s.pop()
    pe = _elements(s[-1], create=True)
    if pn in pe:
        raise errors.type_error("Cannot initialize private methods of class %s twice on the "
                                "same object" % pn.class_name)
    pe[pn] = BRAND


@handler("PRIVATE_IN")
def _private_in(frame, arg):
    s = frame.stack
    obj = s.pop()
    pn = s[-1]
    if not isinstance(obj, JSObject):
        raise errors.type_error("Cannot use 'in' operator to search for '%s' in %s"
                                % (pn.description, errors.display_value(obj)))
    pe = _elements(obj)
    s[-1] = pe is not None and pn in pe


def is_derived(fn):
    return bool(int(fn.code.flags) & _DERIVED)     # IntFlag operators are slow

