"""Annex B.3.2 (B.3.3 before ES2022): block-level function declarations in
sloppy code also get a var binding in the enclosing var scope.

B.3.2.1 (functions), B.3.2.2 (scripts), B.3.2.3 (eval code): for a plain
function declaration F directly in a block, case clause or (B.3.3) an if
clause, "if replacing the FunctionDeclaration f with a VariableStatement
that has F as a BindingIdentifier would not produce any Early Errors" and
F is not a parameter name, a var binding F is instantiated (unless one
exists already) and, when the declaration is evaluated, the block's F is
copied into it.

Replacing f by `var F` is an early error exactly when F is lexically
declared by a scope between f's block and the var scope (inclusive), other
than by f itself: any let/const/class/block function F of an enclosing
block or for head, a catch parameter F that is not a plain identifier
(B.3.4), or a lexical F at the top of the var scope.  `arguments` is
left alone (B.3.2.1 step ii: no binding is created for it).

Two readings where V8 (and SpiderMonkey) differ from the letter of the
spec, followed here because node is the reference for runtime tests:
duplicate block functions of one name in one block (B.3.2.4) still get the
var binding, and so do labelled function declarations in a block
(`{ l: function f() {} }`), which are not "directly contained" in its list.
"""

from minijs.compiler import scope_model as M

# lexical kinds that a `var` of the same name clashes with
_CLASHES = frozenset((M.LET, M.CONST, M.CLASS_DECL, M.BLOCK_FUNCTION, M.CATCH,
                      M.IMPORT))


def _clashes(binding, fdecl):
    if binding.kind not in _CLASHES:
        return False
    if binding.kind == M.CATCH:
        param = binding.scope.node.param
        return param.type != "Identifier"       # B.3.4
    return True


def apply_annex_b(builder):
    """Decide every candidate recorded by the builder, in source order, and
    record the var update as a Ref keyed (id(fdecl), 'annex_b')."""
    for block, fdecl, block_binding in builder.annex_b:
        name = fdecl.id.name
        if name == "arguments":
            continue
        var_scope = block.var_scope
        ok = True
        s = block.parent
        while ok:
            b = s.bindings.get(name)
            if b is not None and _clashes(b, fdecl):
                ok = False
            if s is var_scope:
                break
            s = s.parent
        if not ok:
            continue
        fn = var_scope if var_scope.kind == M.FUNCTION else (
            var_scope.parent if var_scope.role == "body" else None)
        if fn is not None and fn.bindings.get(name) is not None \
                and fn.bindings[name].kind == M.PARAM:
            continue
        target = var_scope.bindings.get(name)
        if target is None:
            target = M.declare(var_scope, name, M.VAR, fdecl.id)
        block_binding.annex_b_target = target
        builder.ref(fdecl, M.WRITE, name=name, target=target,
                    key=(id(fdecl), "annex_b"), scope=block)
