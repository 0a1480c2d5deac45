"""node's util.inspect for minijs values (node v20,
lib/internal/util/inspect.js semantics), which console.log prints with.

The algorithm is node's, step for step, because console output must be
byte-identical: formatValue (primitives, proxies, cycles) -> formatRaw
(constructor name, Symbol.toStringTag, kind-specific braces and entries,
the depth limit) -> reduceToSingleString (node's line-breaking rules:
compact=3 grouping of the innermost levels onto one line, breakLength 80,
groupArrayElements for arrays of more than 6 entries).

Conventions:

* Everything here works on JS strings (UTF-16 code units); lengths are
  code-unit lengths like node's `.length`.  `to_output_text` (in
  inspect_strings) converts to real text when writing.
* Property values are read from descriptors: user getters are not run
  (shown as [Getter]/[Setter]).  Where node itself performs a [[Get]]
  (Symbol.toStringTag, an error's stack/name/message/cause, RegExp source
  and flags) the same [[Get]] happens here.
* The option names follow node's (`depth`, `show_hidden`, `break_length`,
  `compact`, `sorted_keys`, `max_array_length`, `max_string_length`);
  depth None means unlimited.

Sibling modules: inspect_primitives (numbers, strings), inspect_layout
(line breaking), inspect_kinds (recognising Date/Map/Error/...),
inspect_errors (formatError), inspect_strings (escaping, widths, output
text), inspect_format (util.format for console.log).
"""

from minijs.host import inspect_kinds as kinds
from minijs.host.inspect_custom import NOT_CUSTOM, call_custom_inspect, custom_symbol
from minijs.host.inspect_layout import (
    K_ARRAY, K_ARRAY_EXTRAS, K_OBJECT, reduce_to_single_string)
from minijs.host.inspect_primitives import format_bigint, format_number, format_primitive
from minijs.host.inspect_strings import (
    KEY_IDENT, escape_key_text, str_escape, string_width, to_output_text)
from minijs.runtime.arrays import JSArray
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import get_data_property
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol, array_index, is_callable)
from minijs.runtime.wrappers import PrimitiveWrapper, StringObject

__all__ = ["inspect", "format_log_args", "to_output_text", "Context",
           "format_value", "format_number", "format_primitive"]


# %Foo.prototype% -> (name, constructor intrinsic): node's
# wellKnownPrototypes, which survive a tampered `constructor`.
_WELL_KNOWN_PROTOTYPES = (
    ("ArrayPrototype", "Array"), ("ArrayBufferPrototype", "ArrayBuffer"),
    ("FunctionPrototype", "Function"), ("MapPrototype", "Map"),
    ("ObjectPrototype", "Object"), ("SetPrototype", "Set"),
    ("TypedArrayPrototype", "TypedArray"))

# Globals whose name starts with a capital letter (node's builtInObjects)
# are what addPrototypeProperties stops at.
_BUILTIN_NAMES = frozenset((
    "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol",
    "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError",
    "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError",
    "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
    "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
    "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map",
    "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect", "WeakRef",
    "FinalizationRegistry", "SharedArrayBuffer", "JSON", "Math", "Intl",
    "Atomics", "WebAssembly"))


class Context:
    """node's `ctx`: the options plus the state of one inspection."""

    __slots__ = ("depth", "show_hidden", "break_length", "compact", "sorted",
                 "max_array_length", "max_string_length", "show_proxy",
                 "indentation", "seen", "circular", "current_depth", "realm",
                 "colors", "custom_inspect")

    def __init__(self, depth=2, show_hidden=False, break_length=80, compact=3,
                 sorted_keys=False, max_array_length=100,
                 max_string_length=10000, show_proxy=False, realm=None,
                 colors=False, custom_inspect=True):
        self.depth = depth
        self.custom_inspect = custom_inspect
        self.show_hidden = show_hidden
        self.break_length = break_length
        self.compact = compact
        self.sorted = sorted_keys
        self.max_array_length = max_array_length
        self.max_string_length = max_string_length
        self.show_proxy = show_proxy
        self.colors = colors
        self.indentation = 0
        self.seen = []
        self.circular = None      # list of seen-again objects; index+1 = ref
        self.current_depth = 0
        self.realm = realm

    def options(self, **changes):
        """A fresh context with these options (node's `inspect(x, {...ctx,
        ...})`: options are copied, the inspection state is not)."""
        c = Context(self.depth, self.show_hidden, self.break_length,
                    self.compact, self.sorted, self.max_array_length,
                    self.max_string_length, self.show_proxy, self.realm,
                    self.colors, self.custom_inspect)
        for k, v in changes.items():
            setattr(c, k, v)
        return c

    def beyond_depth(self, recurse_times):
        return self.depth is not None and recurse_times > self.depth


def inspect(value, *, depth=2, colors=False, show_hidden=False,
            break_length=80, compact=3, sorted_keys=False,
            max_array_length=100, max_string_length=10000, show_proxy=False,
            realm=None, custom_inspect=True):
    """util.inspect(value, options) as a str of UTF-16 code units.
    `colors` is accepted for API compatibility; output is never coloured."""
    ctx = Context(depth, show_hidden, break_length, compact, sorted_keys,
                  max_array_length, max_string_length, show_proxy, realm,
                  custom_inspect=custom_inspect)
    return format_value(ctx, value, 0)


# -- formatValue --------------------------------------------------------------

def format_value(ctx, value, recurse_times, typed_array=False):
    """formatValue: primitives, then proxies (shown as their target),
    then cycles, then formatRaw."""
    if not isinstance(value, JSObject):
        if value is NULL:
            return "null"
        return format_primitive(ctx, value)
    context = value
    if value.is_proxy:
        target, handler = kinds.proxy_details(value)
        if target is None:
            return "<Revoked Proxy>"
        if ctx.show_proxy:
            return _format_proxy(ctx, target, handler, recurse_times)
        value = target
    if ctx.custom_inspect and custom_symbol() is not None:
        shown = call_custom_inspect(ctx, value, context, recurse_times)
        if shown is not NOT_CUSTOM:
            if type(shown) is not str:
                return format_value(ctx, shown, recurse_times)
            return shown.replace("\n", "\n" + " " * ctx.indentation)
    for i, v in enumerate(ctx.seen):
        if v is value:
            return "[Circular *%d]" % _circular_index(ctx, value)
    return format_raw(ctx, value, recurse_times, typed_array)


def _circular_index(ctx, value):
    if ctx.circular is None:
        ctx.circular = []
    for i, v in enumerate(ctx.circular):
        if v is value:
            return i + 1
    ctx.circular.append(value)
    return len(ctx.circular)


def _format_proxy(ctx, target, handler, recurse_times):
    if ctx.beyond_depth(recurse_times):
        return "Proxy [Array]"
    recurse_times += 1
    ctx.indentation += 2
    res = [format_value(ctx, target, recurse_times),
           format_value(ctx, handler, recurse_times)]
    ctx.indentation -= 2
    return reduce_to_single_string(ctx, res, "", ["Proxy [", "]"], K_ARRAY_EXTRAS,
                                   recurse_times)


# -- constructor names and prefixes ---------------------------------------------

def _realm(ctx):
    return kinds.realm_of(ctx.realm)


def _function_name(fn):
    """`fn.name` read without running getters ("" when absent)."""
    name = get_data_property(fn, "name")
    return name


def get_constructor_name(ctx, obj, recurse_times, proto_props):
    """getConstructorName: the name of the first `constructor` on the
    prototype chain that obj is an instance of; None for a null-prototype
    chain without one; "Foo <Complex prototype>"-style otherwise."""
    realm = _realm(ctx)
    well_known = {}
    if realm is not None:
        for proto_name, ctor_name in _WELL_KNOWN_PROTOTYPES:
            p = realm.intrinsics.get(proto_name)
            if p is not None:
                well_known[id(p)] = ctor_name
    first_proto = None
    first_set = False
    tmp = obj
    while isinstance(obj, JSObject):
        name = well_known.get(id(obj))
        if name is not None and obj is not tmp:
            if proto_props is not None and first_proto is not obj:
                _add_prototype_properties(ctx, tmp, first_proto if first_set else tmp,
                                          recurse_times, proto_props)
            return name
        desc = obj.get_own_property("constructor")
        if desc is not None and desc.value is not None and is_callable(desc.value):
            cname = _function_name(desc.value)
            if cname != "" and kinds.is_instance(tmp, desc.value):
                if proto_props is not None and (
                        first_proto is not obj or cname not in _BUILTIN_NAMES):
                    _add_prototype_properties(ctx, tmp, first_proto if first_set else tmp,
                                              recurse_times, proto_props)
                return cname if type(cname) is str else _plain_string(cname)
        if obj.is_proxy:
            break
        obj = obj.proto
        if not first_set:
            first_proto = obj
            first_set = True
    if first_proto is NULL or first_proto is None:
        return None
    res = kinds.internal_class_name(tmp)
    if ctx.beyond_depth(recurse_times):
        return "%s <Complex prototype>" % res
    proto_constr = get_constructor_name(ctx, first_proto, recurse_times + 1, proto_props)
    if proto_constr is None:
        inner = ctx.options(depth=-1)
        return "%s <%s>" % (res, format_value(inner, first_proto, 0))
    return "%s <%s>" % (res, proto_constr)


def _plain_string(v):
    from minijs.runtime.errors import display_value
    return display_value(v)


def _add_prototype_properties(ctx, main, obj, recurse_times, output):
    """addPrototypeProperties (showHidden only): non-function properties
    of user-defined prototypes, up to three levels."""
    depth = 0
    keys = None
    key_set = None
    while True:
        if depth != 0 or main is obj:
            obj = obj.proto if isinstance(obj, JSObject) else NULL
            if obj is NULL or not isinstance(obj, JSObject):
                return
            desc = obj.get_own_property("constructor")
            if (desc is not None and desc.value is not None and is_callable(desc.value)
                    and _function_name(desc.value) in _BUILTIN_NAMES):
                return
        if depth == 0:
            key_set = set()
        else:
            key_set.update(keys)
        keys = obj.own_property_keys()
        ctx.seen.append(main)
        for key in keys:
            if (key == "constructor" or main.get_own_property(key) is not None
                    or (depth != 0 and key in key_set)):
                continue
            desc = obj.get_own_property(key)
            if desc is None or (desc.value is not None and is_callable(desc.value)):
                continue
            output.append(format_property(ctx, obj, recurse_times, key, K_OBJECT, desc, main))
        ctx.seen.pop()
        depth += 1
        if depth == 3:
            return


def get_prefix(constructor, tag, fallback, size=""):
    """getPrefix: "Foo ", "Foo [tag] ", "[Object: null prototype] "."""
    if constructor is None:
        if tag != "" and fallback != tag:
            return "[%s%s: null prototype] [%s] " % (fallback, size, tag)
        return "[%s%s: null prototype] " % (fallback, size)
    if tag != "" and constructor != tag:
        return "%s%s [%s] " % (constructor, size, tag)
    return "%s%s " % (constructor, size)


def _ctx_style(value, constructor, tag):
    """getCtxStyle."""
    fallback = ""
    if constructor is None:
        fallback = kinds.internal_class_name(value)
        if fallback == tag:
            fallback = "Object"
    return get_prefix(constructor, tag, fallback)


# -- keys -------------------------------------------------------------------------

def _is_enumerable(obj, key):
    desc = obj.get_own_property(key)
    return desc is not None and bool(desc.enumerable)


def get_keys(value, show_hidden):
    """getKeys: Object.keys (or all own string keys) plus own symbols
    (enumerable ones unless showHidden)."""
    all_keys = value.own_property_keys()
    strings = [k for k in all_keys if type(k) is str]
    symbols = [k for k in all_keys if type(k) is JSSymbol]
    if show_hidden:
        return strings + symbols
    keys = [k for k in strings if _is_enumerable(value, k)]
    keys.extend(k for k in symbols if _is_enumerable(value, k))
    return keys


def _non_index_keys(value, show_hidden):
    """getOwnNonIndexProperties: own keys that are not array indices
    (string keys, then symbols), enumerable ones unless showHidden."""
    out = []
    for k in value.own_property_keys():
        if type(k) is str and array_index(k) is not None:
            continue
        if show_hidden or _is_enumerable(value, k):
            out.append(k)
    strings = [k for k in out if type(k) is str]
    return strings + [k for k in out if type(k) is JSSymbol]


# -- formatRaw ----------------------------------------------------------------------

def _get_tag(ctx, value):
    """Symbol.toStringTag when it is a non-empty string that is not an own
    enumerable property (node shows those as a key instead)."""
    tag = value.get(WELL_KNOWN.toStringTag)
    if type(tag) is not str:
        return ""
    if tag != "":
        desc = value.get_own_property(WELL_KNOWN.toStringTag)
        if desc is not None and (ctx.show_hidden or desc.enumerable):
            return ""
    return tag


class _Raw:
    """The pieces formatRaw assembles: base, braces, formatter, keys."""

    __slots__ = ("base", "braces", "formatter", "keys", "extras")

    def __init__(self):
        self.base = ""
        self.braces = None
        self.formatter = _empty_formatter
        self.keys = None
        self.extras = K_OBJECT


def _empty_formatter(ctx, value, recurse_times):
    return []


def format_raw(ctx, value, recurse_times, typed_array=False):
    """formatRaw: choose braces and an entry formatter for the kind of
    object, apply the depth limit, format entries and keys, reduce."""
    proto_props = None
    if ctx.show_hidden and (ctx.depth is None or recurse_times <= ctx.depth):
        proto_props = []
    constructor = get_constructor_name(ctx, value, recurse_times, proto_props)
    if proto_props is not None and not proto_props:
        proto_props = None
    tag = _get_tag(ctx, value)
    r = _Raw()
    early = _classify(ctx, value, recurse_times, typed_array, constructor, tag, r, proto_props)
    if early is not None:
        return early

    if ctx.beyond_depth(recurse_times):
        name = _ctx_style(value, constructor, tag)[:-1]
        if constructor is not None:
            name = "[%s]" % name
        return name
    recurse_times += 1
    ctx.seen.append(value)
    ctx.current_depth = recurse_times
    indentation = ctx.indentation
    try:
        output = r.formatter(ctx, value, recurse_times)
        for key in r.keys:
            output.append(format_property(ctx, value, recurse_times, key, r.extras))
        if proto_props is not None:
            output.extend(proto_props)
    except RecursionError:
        ctx.seen.pop()
        ctx.indentation = indentation
        name = _ctx_style(value, constructor, tag)[:-1]
        return ("[%s: Inspection interrupted prematurely. Maximum call stack "
                "size exceeded.]" % name)
    base = r.base
    braces = r.braces
    if ctx.circular is not None:
        for i, v in enumerate(ctx.circular):
            if v is value:
                reference = "<ref *%d>" % (i + 1)
                if ctx.compact is not True:
                    base = reference if base == "" else "%s %s" % (reference, base)
                else:
                    braces[0] = "%s %s" % (reference, braces[0])
                break
    ctx.seen.pop()
    if ctx.sorted:
        nkeys = len(r.keys)
        if r.extras == K_OBJECT:
            output.sort()
        elif nkeys > 1:
            output[len(output) - nkeys:] = sorted(output[len(output) - nkeys:])
    return reduce_to_single_string(ctx, output, base, braces, r.extras,
                                   recurse_times, value)


def _classify(ctx, value, recurse_times, typed_array, constructor, tag, r, proto_props):
    """The kind dispatch of formatRaw.  Fills `r`; returns a finished
    string for the early exits (empty containers, plain functions,
    dates, ...), else None."""
    no_iterator = True
    if constructor is None or kinds.has_iterator(value):
        no_iterator = False
        if isinstance(value, JSArray):
            length = value.length
            prefix = ""
            if constructor != "Array" or tag != "":
                prefix = get_prefix(constructor, tag, "Array", "(%d)" % length)
            r.keys = _non_index_keys(value, ctx.show_hidden)
            r.braces = [prefix + "[", "]"]
            if length == 0 and not r.keys and proto_props is None:
                return r.braces[0] + "]"
            r.extras = K_ARRAY_EXTRAS
            r.formatter = _format_array
        elif kinds.is_set(value) or kinds.is_map(value):
            is_set = kinds.is_set(value)
            entries = kinds.collection_entries(value, _realm(ctx))
            prefix = get_prefix(constructor, tag, "Set" if is_set else "Map",
                                "(%d)" % len(entries))
            r.keys = get_keys(value, ctx.show_hidden)
            if is_set:
                r.formatter = lambda c, v, rt: _format_set(c, entries, rt)
            else:
                r.formatter = lambda c, v, rt: _format_map(c, entries, rt)
            if not entries and not r.keys and proto_props is None:
                return prefix + "{}"
            r.braces = [prefix + "{", "}"]
        elif kinds.is_typed_array(value):
            r.keys = _non_index_keys(value, ctx.show_hidden)
            fallback = ""
            if constructor is None:
                fallback = value.class_name
            size = kinds.typed_array_length(value)
            prefix = get_prefix(constructor, tag, fallback, "(%d)" % size)
            r.braces = [prefix + "[", "]"]
            if size == 0 and not r.keys and not ctx.show_hidden:
                return r.braces[0] + "]"
            r.formatter = lambda c, v, rt: _format_typed_array(c, v, size, rt)
            r.extras = K_ARRAY_EXTRAS
        elif kinds.collection_iterator_kind(value):
            r.keys = get_keys(value, ctx.show_hidden)
            r.braces = _iterator_braces(kinds.collection_iterator_kind(value), tag)
            r.formatter = lambda c, v, rt: _format_iterator(c, v, rt, r.braces)
        else:
            no_iterator = True
    if not no_iterator:
        return None
    r.keys = get_keys(value, ctx.show_hidden)
    r.braces = ["{", "}"]
    keys = r.keys
    if value.callable:
        r.base = _function_base(ctx, value, constructor, tag)
        if not keys and proto_props is None:
            return r.base
    elif constructor == "Object":
        if kinds.is_arguments(value):
            r.braces[0] = "[Arguments] {"
        elif tag != "":
            r.braces[0] = get_prefix(constructor, tag, "Object") + "{"
        if not keys and proto_props is None:
            return r.braces[0] + "}"
    elif kinds.is_module_namespace(value):
        r.braces[0] = get_prefix(constructor, tag, "Module") + "{"
    elif kinds.is_regexp(value):
        r.base = _regexp_to_string(value)
        prefix = get_prefix(constructor, tag, "RegExp")
        if prefix != "RegExp ":
            r.base = prefix + r.base
        if (not keys and proto_props is None) or ctx.beyond_depth(recurse_times):
            return r.base
    elif kinds.is_date(value):
        r.base = _date_base(ctx, value)
        prefix = get_prefix(constructor, tag, "Date")
        if prefix != "Date ":
            r.base = prefix + r.base
        if not keys and proto_props is None:
            return r.base
    elif kinds.is_error(value, _realm(ctx)):
        from minijs.host.inspect_errors import format_error
        r.base = format_error(ctx, value, constructor, tag, keys)
        if not keys and proto_props is None:
            return r.base
    elif kinds.is_array_buffer(value):
        array_type = kinds.is_array_buffer(value)
        prefix = get_prefix(constructor, tag, array_type)
        byte_length = "byteLength: " + format_number(_byte_length(value))
        if not typed_array:
            r.formatter = lambda c, v, rt: _format_array_buffer(c, v, rt) + [byte_length]
        elif not keys and proto_props is None:
            return prefix + "{ %s }" % byte_length
        else:
            r.formatter = lambda c, v, rt: [byte_length]
        r.braces[0] = prefix + "{"
    elif kinds.is_data_view(value):
        r.braces[0] = get_prefix(constructor, tag, "DataView") + "{"
        keys[0:0] = ["byteLength", "byteOffset", "buffer"]
    elif kinds.is_promise(value):
        r.braces[0] = get_prefix(constructor, tag, "Promise") + "{"
        r.formatter = _format_promise
    elif kinds.is_weak_collection(value):
        r.braces[0] = get_prefix(constructor, tag, kinds.is_weak_collection(value)) + "{"
        r.formatter = lambda c, v, rt: ["<items unknown>"]
    elif isinstance(value, (PrimitiveWrapper, StringObject)):
        r.base = _boxed_base(ctx, value, keys, constructor, tag)
        if not keys and proto_props is None:
            return r.base
    else:
        if not keys and proto_props is None:
            return _ctx_style(value, constructor, tag) + "{}"
        r.braces[0] = _ctx_style(value, constructor, tag) + "{"
    return None


# -- kind-specific bases -------------------------------------------------------------

def _function_base(ctx, value, constructor, tag):
    """getFunctionBase / getClassBase: [Function: f], [class A extends B]."""
    if kinds.is_class_constructor(value):
        desc = value.get_own_property("name")
        name = ""
        if desc is not None:
            name = desc.value if desc.value is not None else UNDEFINED
        if not (type(name) is str and name) and not (
                name is not UNDEFINED and type(name) is not str and _truthy(name)):
            name = "(anonymous)"
        elif type(name) is not str:
            name = _plain_string(name)
        base = "class %s" % name
        if constructor != "Function" and constructor is not None:
            base += " [%s]" % constructor
        if tag != "" and constructor != tag:
            base += " [%s]" % tag
        if constructor is not None:
            parent = value.proto
            if isinstance(parent, JSObject):
                super_name = get_data_property(parent, "name")
                if _truthy(super_name):
                    base += " extends %s" % (super_name if type(super_name) is str
                                             else _plain_string(super_name))
        else:
            base += " extends [null prototype]"
        return "[%s]" % base
    type_name = kinds.function_kind(value)
    base = "[" + type_name
    if constructor is None:
        base += " (null prototype)"
    name = _function_name(value)
    if name == "":
        base += " (anonymous)"
    else:
        base += ": %s" % (name if type(name) is str else format_value(ctx, name, 0))
    base += "]"
    if constructor != type_name and constructor is not None:
        base += " %s" % constructor
    if tag != "" and constructor != tag:
        base += " [%s]" % tag
    return base


def _truthy(v):
    from minijs.runtime.values import to_boolean
    return to_boolean(v)


def _regexp_to_string(value):
    """RegExp.prototype.toString: "/" + source + "/" + flags."""
    from minijs.runtime.operations import to_string
    return "/%s/%s" % (to_string(value.get("source")), to_string(value.get("flags")))


def _date_base(ctx, value):
    """toISOString, or toString ("Invalid Date") for an invalid date."""
    tv = kinds.date_time_value(value, _realm(ctx))
    if tv != tv:
        return "Invalid Date"
    from minijs.runtime.dates import to_iso_string
    return to_iso_string(tv)


def _boxed_base(ctx, value, keys, constructor, tag):
    """getBoxedBase: [Number: 3], [String: 'ab'], [Symbol: Symbol(x)]."""
    if isinstance(value, StringObject):
        type_name = "String"
        n = len(value.primitive)
        # The index keys of a String object only repeat its value.
        del keys[0:min(n, len(keys))]
    else:
        type_name = value.class_name
    base = "[" + type_name
    if type_name != constructor:
        if constructor is None:
            base += " (null prototype)"
        else:
            base += " (%s)" % constructor
    plain = ctx.options(compact=3)
    plain.indentation = 0
    base += ": %s]" % format_primitive(plain, value.primitive)
    if tag != "" and tag != constructor:
        base += " [%s]" % tag
    return base


def _byte_length(value):
    b = kinds.array_buffer_bytes(value)
    return 0 if b is None else len(b)


# -- entry formatters ---------------------------------------------------------------

def _remaining_text(remaining):
    return "... %d more item%s" % (remaining, "s" if remaining > 1 else "")


def _format_array(ctx, value, recurse_times):
    """formatArray: present elements up to maxArrayLength; holes switch to
    formatSpecialArray."""
    length = value.length
    max_len = ctx.max_array_length
    n = length if max_len is None else min(max(0, max_len), length)
    output = []
    for i in range(n):
        key = str(i)
        desc = value.get_own_property(key)
        if desc is None:
            return _format_special_array(ctx, value, recurse_times, n, output, i)
        output.append(format_property(ctx, value, recurse_times, key, K_ARRAY, desc))
    if length - n > 0:
        output.append(_remaining_text(length - n))
    return output


def _format_special_array(ctx, value, recurse_times, max_length, output, i):
    """formatSpecialArray: runs of holes as "<n empty items>"."""
    keys = [k for k in value.own_property_keys()
            if type(k) is str and _is_enumerable(value, k)]
    index = i
    while i < len(keys) and len(output) < max_length:
        key = keys[i]
        tmp = array_index(key)
        if tmp is None:
            break
        if str(index) != key:
            empty = tmp - index
            output.append("<%d empty item%s>" % (empty, "s" if empty > 1 else ""))
            index = tmp
            if len(output) == max_length:
                break
        output.append(format_property(ctx, value, recurse_times, key, K_ARRAY))
        index += 1
        i += 1
    remaining = value.length - index
    if len(output) != max_length:
        if remaining > 0:
            output.append("<%d empty item%s>" % (remaining, "s" if remaining > 1 else ""))
    elif remaining > 0:
        output.append(_remaining_text(remaining))
    return output


def _format_set(ctx, entries, recurse_times):
    max_len = len(entries) if ctx.max_array_length is None else min(
        max(0, ctx.max_array_length), len(entries))
    output = []
    ctx.indentation += 2
    for v in entries[:max_len]:
        output.append(format_value(ctx, v, recurse_times))
    if len(entries) - max_len > 0:
        output.append(_remaining_text(len(entries) - max_len))
    ctx.indentation -= 2
    return output


def _format_map(ctx, entries, recurse_times):
    max_len = len(entries) if ctx.max_array_length is None else min(
        max(0, ctx.max_array_length), len(entries))
    output = []
    ctx.indentation += 2
    for k, v in entries[:max_len]:
        output.append("%s => %s" % (format_value(ctx, k, recurse_times),
                                    format_value(ctx, v, recurse_times)))
    if len(entries) - max_len > 0:
        output.append(_remaining_text(len(entries) - max_len))
    ctx.indentation -= 2
    return output


def _iterator_braces(kind, tag):
    """getIteratorBraces: "[Map Iterator] {", with a differing tag first."""
    if tag != kind + " Iterator":
        if tag != "":
            tag += "] ["
        tag += kind + " Iterator"
    return ["[%s] {" % tag, "}"]


def _format_iterator(ctx, value, recurse_times, braces):
    """formatIterator: the entries a Map/Set iterator has still to give,
    "[Map Entries] { [ k, v ] }" for entries() iterators."""
    entries, is_key_value = kinds.iterator_preview(value)
    max_len = max(ctx.max_array_length if ctx.max_array_length is not None else len(entries), 0)
    output = []
    ctx.indentation += 2
    if is_key_value:
        braces[0] = braces[0].replace(" Iterator] {", " Entries] {")
        n = len(entries) // 2
        for i in range(min(max_len, n)):
            res = [format_value(ctx, entries[2 * i], recurse_times),
                   format_value(ctx, entries[2 * i + 1], recurse_times)]
            output.append(reduce_to_single_string(ctx, res, "", ["[", "]"], K_ARRAY_EXTRAS,
                                                  recurse_times))
    else:
        n = len(entries)
        for v in entries[:max_len]:
            output.append(format_value(ctx, v, recurse_times))
    ctx.indentation -= 2
    if n - max_len > 0:
        output.append(_remaining_text(n - max_len))
    return output


def _format_typed_array(ctx, value, length, recurse_times):
    max_len = length if ctx.max_array_length is None else min(
        max(0, ctx.max_array_length), length)
    output = []
    for i in range(max_len):
        v = value.get(str(i))
        output.append(format_bigint(v) if type(v) is JSBigInt else format_number(v))
    if length - max_len > 0:
        output.append(_remaining_text(length - max_len))
    if ctx.show_hidden:
        ctx.indentation += 2
        for key in ("BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"):
            s = format_value(ctx, value.get(key), recurse_times, True)
            output.append("[%s]: %s" % (key, s))
        ctx.indentation -= 2
    return output


def _format_array_buffer(ctx, value, recurse_times):
    data = kinds.array_buffer_bytes(value)
    if data is None:
        return ["(detached)"]
    limit = len(data) if ctx.max_array_length is None else min(ctx.max_array_length, len(data))
    s = " ".join("%02x" % b for b in data[:limit])
    remaining = len(data) - (ctx.max_array_length if ctx.max_array_length is not None else len(data))
    if remaining > 0:
        s += " ... %d more byte%s" % (remaining, "s" if remaining > 1 else "")
    return ["[Uint8Contents]: <%s>" % s]


def _format_promise(ctx, value, recurse_times):
    state, result = kinds.promise_details(value)
    if state == "pending":
        return ["<pending>"]
    ctx.indentation += 2
    s = format_value(ctx, result, recurse_times)
    ctx.indentation -= 2
    return ["<rejected> " + s if state == "rejected" else s]


# -- properties ---------------------------------------------------------------------

def format_property(ctx, value, recurse_times, key, kind, desc=None, original=None):
    """formatProperty: "key: value" (or the bare value for array entries);
    accessors as [Getter], [Setter], [Getter/Setter]."""
    extra = " "
    if desc is None:
        desc = value.get_own_property(key)
        if desc is None:
            from minijs.runtime.descriptors import PropertyDescriptor
            desc = PropertyDescriptor(value.get(key), enumerable=True)
    v = desc.value
    if v is not None and v is not UNDEFINED:
        diff = 2 if (ctx.compact is not True or kind != K_OBJECT) else 3
        ctx.indentation += diff
        s = format_value(ctx, v, recurse_times)
        if diff == 3 and ctx.break_length < string_width(s):
            extra = "\n" + " " * ctx.indentation
        ctx.indentation -= diff
    elif desc.get is not None and desc.get is not UNDEFINED:
        s = "[Getter/Setter]" if (desc.set is not None and desc.set is not UNDEFINED) else "[Getter]"
    elif desc.set is not None and desc.set is not UNDEFINED:
        s = "[Setter]"
    else:
        s = "undefined"
    if kind == K_ARRAY:
        return s
    if type(key) is JSSymbol:
        name = "[%s]" % escape_key_text(key.descriptive_string())
    elif key == "__proto__":
        name = "['__proto__']"
    elif desc.enumerable is False:
        name = "[%s]" % escape_key_text(key)
    elif KEY_IDENT.match(key):
        name = key
    else:
        name = str_escape(key)
    return "%s:%s%s" % (name, extra, s)


def format_log_args(args, realm=None):
    """node's formatWithOptions for console.log's arguments (printf-style
    format string, then the rest joined by spaces)."""
    from minijs.host.inspect_format import format_with_options
    return format_with_options(args, realm)
