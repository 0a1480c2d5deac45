"""JSFunction: an ECMAScript function object (10.2) whose behaviour is a
CodeObject run by the interpreter.

Invariants:

* `code` is the function's CodeObject, `context` the Context captured at
  creation (the closure's scope chain), `realm` its [[Realm]].
* Arrow functions capture `this`, `new.target` and the home object of the
  frame that created them (`lexical_this` & co); other functions get them
  per call.
* `kind` is "normal" (callable and constructible), "arrow" / "method"
  (callable only) or "class" (constructible only).
* [[Call]] and [[Construct]] from Python (built-ins calling back into JS)
  run a nested interpreter loop (`minijs.interpreter.loop.call_function`);
  JS-to-JS calls never come here: the loop pushes frames itself.
"""

from minijs.bytecode.code import CodeFlag
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, WRITABLE

__all__ = ["JSFunction"]

_STRICT = int(CodeFlag.STRICT)     # a plain int: IntFlag operators are slow


class JSFunction(JSObject):
    """A function object backed by bytecode."""

    __slots__ = ("code", "context", "realm", "kind", "constructible",
                 "lexical_this", "lexical_new_target", "home_object",
                 "fields", "is_class", "strict")

    callable = True
    class_name = "Function"

    def __init__(self, code, context, realm, proto, kind="normal"):
        JSObject.__init__(self, proto)
        self.code = code
        self.context = context
        self.realm = realm
        self.kind = kind
        self.constructible = kind in ("normal", "class")
        self.is_class = kind == "class"
        self.strict = bool(int(code.flags) & _STRICT)
        self.lexical_this = None
        self.lexical_new_target = None
        self.home_object = None
        self.fields = None
        self._add_named("length", code.function_length, CONFIGURABLE)
        self._add_named("name", code.name, CONFIGURABLE)

    @property
    def name(self):
        v = self.get_fast("name")
        return v if type(v) is str else ""

    def call(self, this, args):
        """[[Call]] (10.2.1) from Python: a nested interpreter run."""
        from minijs.interpreter.loop import call_function
        return call_function(self, this, args)

    def construct(self, args, new_target):
        """[[Construct]] (10.2.2) from Python."""
        from minijs.interpreter.loop import construct_function
        return construct_function(self, args, new_target)

    def source_text(self):
        """The source text of the function (Function.prototype.toString)."""
        code = self.code
        script = code.script
        if script is not None and code.source_range is not None:
            start, end = code.source_range
            return script.source[start:end]
        return "function %s() { [native code] }" % self.name

    def display(self):
        return "function %s() {...}" % self.name if not self.is_class else "class %s" % self.name


def add_prototype_property(fn, object_prototype):
    """A new `prototype` object for an ordinary function or generator
    (10.2.5 MakeConstructor): `{constructor: fn}`, writable only."""
    proto = JSObject(object_prototype)
    proto._add_named("constructor", fn, WRITABLE | CONFIGURABLE)
    fn._add_named("prototype", proto, WRITABLE)
    return proto
