"""GlobalDeclarationInstantiation (ECMA-262 16.1.7): what a script's
DECLARE_GLOBALS does before its first statement runs.

`var` and function names become properties of the global object
(non-configurable, as CreateGlobalVarBinding / CreateGlobalFunctionBinding
make them for scripts); `let` / `const` / `class` names become global
lexical bindings (`realm.global_lexicals`), in their TDZ until INIT_GLOBAL.
Redeclarations are SyntaxErrors with V8's message.
"""

from minijs.interpreter.frame import THE_HOLE
from minijs.runtime import errors
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.values import UNDEFINED

__all__ = ["declare_globals"]

LEXICAL = ("let", "const", "class")


def _redeclared(name):
    return errors.syntax_error("Identifier '%s' has already been declared" % name)


def declare_globals(frame, declarations, configurable=False):
    realm = frame.realm
    g = realm.global_object
    lex = realm.global_lexicals
    for name, kind in declarations:                                  # steps 3-4
        if kind in LEXICAL:
            if name in lex:
                raise _redeclared(name)
            desc = g.get_own_property(name)
            if desc is not None and not desc.configurable:          # HasRestrictedGlobalProperty
                raise _redeclared(name)
        elif name in lex:
            raise _redeclared(name)
    for name, kind in declarations:
        if kind == "function":                                       # CanDeclareGlobalFunction
            desc = g.get_own_property(name)
            if desc is None:
                if not g.is_extensible():
                    raise errors.type_error("Cannot add property %s, object is not extensible" % name)
            elif not desc.configurable and not (desc.is_data() and desc.writable and desc.enumerable):
                raise errors.type_error("Cannot redefine property: %s" % name)
        elif kind not in LEXICAL:                                    # CanDeclareGlobalVar
            if g.get_own_property(name) is None and not g.is_extensible():
                raise errors.type_error("Cannot add property %s, object is not extensible" % name)
    for name, kind in declarations:
        if kind in LEXICAL:
            lex[name] = THE_HOLE
            if kind == "const":
                realm.global_const.add(name)
        elif kind == "function":
            desc = g.get_own_property(name)
            if desc is None or desc.configurable:
                g.define_own_property(name, PropertyDescriptor(
                    UNDEFINED, True, None, None, True, configurable))
        else:
            if g.get_own_property(name) is None and g.is_extensible():
                g.define_own_property(name, PropertyDescriptor(
                    UNDEFINED, True, None, None, True, configurable))
