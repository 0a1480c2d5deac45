"""Pass 1 of the scope analysis: build the scope tree, declare every binding
where ECMA-262 instantiates it, and record every reference.

Declarations are made where the spec's *DeclarationInstantiation
algorithms put them: `var` and top-level functions in the nearest var scope
(FunctionDeclarationInstantiation 10.2.11, GlobalDeclarationInstantiation
16.1.7, EvalDeclarationInstantiation 19.2.1.3), let/const/class/block
functions in their block (BlockDeclarationInstantiation 14.2.3).  Nothing
is resolved here: references are recorded as `Ref`s (with the scope they
are written in) and resolved by scope_resolve once every declaration --
including the Annex B ones decided at the end of this pass -- is in place.

Statements and patterns are here; functions, classes and modules in
scope_build_functions.
"""

from minijs.compiler import scope_model as M
from minijs.syntax.static_semantics import bound_identifiers, declares_lexically
from minijs.compiler.scope_build_functions import FunctionsMixin
from minijs.compiler.scope_model import Ref, declare


class Builder(FunctionsMixin):
    def __init__(self, info, module):
        self.info = info
        self.module = module
        self.scope = None
        self.refs = []
        self.annex_b = []          # (block scope, FunctionDeclaration, block binding)
        self.eval_scopes = []      # scopes that call eval directly
        self.rhs_tdz = None
        self.heritage_skip = None
        self.counter = 0

    # ---- scopes and references
    def new_scope(self, kind, role, node, parent, strict, is_var_scope=False):
        s = M.Scope(kind, role, node, parent, strict, is_var_scope)
        if parent is not None and parent.info is not self.info:
            parent.children.remove(s)    # eval code: the caller's tree is read-only
        s.info = self.info
        s.id = self.counter
        self.counter += 1
        self.info.all_scopes.append(s)
        if node is not None:
            self.info.scopes.setdefault(id(node), []).append(s)
        return s

    def ref(self, node, mode, what="id", name=None, target=None, key=None, scope=None):
        r = Ref(node, name if name is not None else node.name, scope or self.scope,
                mode, what, target, key if key is not None else id(node))
        r.rhs_tdz = self.rhs_tdz
        if what == "private":
            r.skip = self.heritage_skip
        self.refs.append(r)
        return r

    # ---- dispatch
    def visit(self, node):
        handler = _DISPATCH.get(node.type)
        if handler is not None:
            handler(self, node)
            return
        for child in node.iter_children():
            self.visit(child)

    def visit_opt(self, node):
        if node is not None:
            self.visit(node)

    def visit_statements(self, statements):
        for s in statements:
            self.visit(s)

    def in_scope(self, scope, fn, *args):
        outer = self.scope
        self.scope = scope
        try:
            fn(*args)
        finally:
            self.scope = outer

    def block(self, node, statements, role="block"):
        """A statement list with its own declarative environment when it
        declares something (14.2.2 Block evaluation)."""
        if declares_lexically(statements):
            s = self.new_scope(M.BLOCK, role, node, self.scope, self.scope.strict)
            self.in_scope(s, self.visit_statements, statements)
        else:
            self.visit_statements(statements)

    # ---- patterns (8.6.2 BindingInitialization, 13.15.5 DestructuringAssignment)
    def visit_pattern(self, p, mode, decl_scope=None):
        t = p.type
        if t == "Identifier":
            if decl_scope is not None:
                self.ref(p, mode, target=decl_scope.bindings[p.name])
            else:
                self.ref(p, mode)
        elif t == "ObjectPattern":
            for prop in p.properties:
                if prop.type == "RestElement":
                    self.visit_pattern(prop.argument, mode, decl_scope)
                else:
                    if prop.computed:
                        self.visit(prop.key)
                    self.visit_pattern(prop.value, mode, decl_scope)
        elif t == "ArrayPattern":
            for e in p.elements:
                if e is not None:
                    self.visit_pattern(e, mode, decl_scope)
        elif t == "RestElement":
            self.visit_pattern(p.argument, mode, decl_scope)
        elif t == "AssignmentPattern":
            self.visit_pattern(p.left, mode, decl_scope)
            self.visit(p.right)
        else:                       # a member expression as assignment target
            self.visit(p)

    # ---- declarations
    def visit_VariableDeclaration(self, node):
        scope = self.scope
        if node.kind == "var":
            var_scope = scope.var_scope
            for d in node.declarations:
                for ident in bound_identifiers(d.id):
                    declare(var_scope, ident.name, M.VAR, ident)
                if d.init is not None:
                    # `var x = e` is a PutValue through the scope chain
                    # (14.3.2.1): it may hit a catch parameter or `with`
                    self.visit(d.init)
                    self.visit_pattern(d.id, M.WRITE)
                else:
                    self.visit_pattern(d.id, M.DECLARE, var_scope)
            return
        kind = M.LET if node.kind == "let" else M.CONST
        for d in node.declarations:
            for ident in bound_identifiers(d.id):
                declare(scope, ident.name, kind, ident, init_pos=d.end, tdz=True)
        for d in node.declarations:
            self.visit_opt(d.init)
            self.visit_pattern(d.id, M.DECLARE, scope)

    def var_binding_for_in_of(self, node):
        """`for (var p in/of e)`: declared in the var scope, assigned by lookup."""
        var_scope = self.scope.var_scope
        for d in node.declarations:
            for ident in bound_identifiers(d.id):
                declare(var_scope, ident.name, M.VAR, ident)
            self.visit_opt(d.init)      # B.3.5 `for (var x = e in o)`
            self.visit_pattern(d.id, M.WRITE)

    # ---- statements
    def visit_BlockStatement(self, node):
        self.block(node, node.body)

    def visit_IfStatement(self, node):
        self.visit(node.test)
        for clause in (node.consequent, node.alternate):
            if clause is None:
                continue
            if clause.type == "FunctionDeclaration":
                # B.3.3: as if the function were in a block of its own
                s = self.new_scope(M.BLOCK, "if-function", clause, self.scope, self.scope.strict)
                self.in_scope(s, self.visit, clause)
            else:
                self.visit(clause)

    def visit_ForStatement(self, node):
        init = node.init
        lexical = init is not None and init.type == "VariableDeclaration" and init.kind != "var"
        if lexical:
            # 14.7.4.2: loopEnv for the declaration; per-iteration copies of
            # `let` bindings (CreatePerIterationEnvironment) -- decided later
            s = self.new_scope(M.BLOCK, "for", node, self.scope, self.scope.strict)
            self.in_scope(s, self._for_parts, node)
        else:
            self._for_parts(node)

    def _for_parts(self, node):
        for part in (node.init, node.test, node.update, node.body):
            self.visit_opt(part)

    def visit_ForInStatement(self, node):
        self.for_in_of(node, "for-in")

    def visit_ForOfStatement(self, node):
        if node.is_await:
            self.scope.closure.contains_await = True
        self.for_in_of(node, "for-of")

    def for_in_of(self, node, role):
        left = node.left
        if left.type == "VariableDeclaration" and left.kind != "var":
            s = self.new_scope(M.BLOCK, role, node, self.scope, self.scope.strict)
            self.in_scope(s, self._lexical_for_in_of, node, s)
            return
        self.visit(node.right)
        if left.type == "VariableDeclaration":
            self.var_binding_for_in_of(left)
        else:
            self.visit_pattern(left, M.WRITE)
        self.visit(node.body)

    def _lexical_for_in_of(self, node, head):
        self.visit(node.left)
        # ForIn/OfHeadEvaluation: the expression sees the names uninitialised
        outer_rhs = self.rhs_tdz
        self.rhs_tdz = head
        try:
            self.visit(node.right)
        finally:
            self.rhs_tdz = outer_rhs
        self.visit(node.body)

    def visit_SwitchStatement(self, node):
        self.visit(node.discriminant)
        statements = [s for case in node.cases for s in case.consequent]
        if declares_lexically(statements):
            s = self.new_scope(M.BLOCK, "switch", node, self.scope, self.scope.strict)
            self.in_scope(s, self._cases, node.cases)
        else:
            self._cases(node.cases)

    def _cases(self, cases):
        for case in cases:
            self.visit_opt(case.test)
            self.visit_statements(case.consequent)

    def visit_CatchClause(self, node):
        param = node.param
        if param is None:
            self.visit(node.body)
            return
        # 14.15.2 CatchClauseEvaluation: catchEnv holds the parameter names
        s = self.new_scope(M.BLOCK, "catch", node, self.scope, self.scope.strict)
        pattern = param.type != "Identifier"
        for ident in bound_identifiers(param):
            declare(s, ident.name, M.CATCH, ident,
                    init_pos=param.end if pattern else 0, tdz=pattern)
        self.in_scope(s, self._catch_parts, node, s)

    def _catch_parts(self, node, s):
        self.visit_pattern(node.param, M.DECLARE, s)
        self.visit(node.body)

    def visit_WithStatement(self, node):
        self.visit(node.object)
        self.scope.closure.has_with = True
        s = self.new_scope(M.WITH, "with", node, self.scope, self.scope.strict)
        self.in_scope(s, self.visit, node.body)

    def visit_LabeledStatement(self, node):
        self.visit(node.body)

    def visit_BreakStatement(self, node):
        pass

    visit_ContinueStatement = visit_BreakStatement

    # ---- expressions
    def visit_Identifier(self, node):
        self.ref(node, M.READ)

    def visit_PrivateIdentifier(self, node):
        self.ref(node, M.READ, what="private", name="#" + node.name)

    def visit_MemberExpression(self, node):
        self.visit(node.object)
        prop = node.property
        if node.computed or prop.type == "PrivateIdentifier":
            self.visit(prop)

    def visit_AssignmentExpression(self, node):
        mode = M.WRITE if node.operator == "=" else M.READWRITE
        self.visit_pattern(node.left, mode)
        self.visit(node.right)

    def visit_UpdateExpression(self, node):
        if node.argument.type == "Identifier":
            self.ref(node.argument, M.READWRITE)
        else:
            self.visit(node.argument)

    def visit_UnaryExpression(self, node):
        arg = node.argument
        if arg.type == "Identifier" and node.operator in ("typeof", "delete"):
            self.ref(arg, M.TYPEOF if node.operator == "typeof" else M.DELETE)
        else:
            self.visit(arg)

    def visit_CallExpression(self, node):
        callee = node.callee
        if callee.type == "Super":
            self.super_call(node)
        elif callee.type == "Identifier" and callee.name == "eval" and not node.optional:
            self.direct_eval(node)
            self.visit(callee)
        else:
            self.visit(callee)
        for arg in node.arguments:
            self.visit(arg)

    def direct_eval(self, node):
        """13.3.6.1: a call of the plain identifier `eval` may be a direct
        eval (decided at run time); optional calls never are."""
        scope = self.scope
        scope.calls_eval = True
        scope.closure.has_direct_eval = True
        self.info.eval_sites[id(node)] = scope
        self.eval_scopes.append(scope)
        if not scope.strict:
            # EvalDeclarationInstantiation: vars go to the caller's varEnv
            scope.var_scope.calls_sloppy_eval = True

    def super_call(self, node):
        """SuperCall (13.3.7.1): uses the active function and new.target,
        and binds `this`."""
        self.ref(node.callee, M.READ, what=M.SUPER, name=M.SUPER)
        self.ref(node, M.WRITE, what=M.THIS, name=M.THIS, key=(id(node), M.THIS))
        self.ref(node, M.READ, what=M.NEW_TARGET, name=M.NEW_TARGET,
                 key=(id(node), M.NEW_TARGET))

    def visit_ThisExpression(self, node):
        self.ref(node, M.READ, what=M.THIS, name=M.THIS)

    def visit_Super(self, node):
        """A super property (13.3.7): the home object of the active
        function, and the receiver (`this`)."""
        self.ref(node, M.READ, what=M.SUPER, name=M.SUPER)
        self.ref(node, M.READ, what=M.THIS, name=M.THIS, key=(id(node), M.THIS))

    def visit_MetaProperty(self, node):
        if node.meta.name == "new":
            self.ref(node, M.READ, what=M.NEW_TARGET, name=M.NEW_TARGET)

    def visit_ObjectExpression(self, node):
        for prop in node.properties:
            if prop.type != "Property":
                self.visit(prop)
                continue
            if prop.computed:
                self.visit(prop.key)
            if prop.method or prop.kind in ("get", "set"):
                self.visit_function(prop.value, "method" if prop.method else prop.kind)
            else:
                self.visit(prop.value)

    def visit_YieldExpression(self, node):
        self.scope.closure.contains_yield = True
        self.visit_opt(node.argument)

    def visit_AwaitExpression(self, node):
        self.scope.closure.contains_await = True
        self.visit(node.argument)


_DISPATCH = {name[len("visit_"):]: getattr(Builder, name)
             for name in dir(Builder) if name.startswith("visit_") and name[6:7].isupper()}
