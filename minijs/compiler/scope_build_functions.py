"""Pass 1, continued: functions, classes, the top level and modules.

* Functions (FunctionDeclarationInstantiation, 10.2.11): parameters live
  in the function scope; when the parameter list contains expressions the
  body's declarations get a separate var scope (role 'body', step 28: "a
  separate Environment Record is needed to ensure that closures created by
  expressions in the formal parameter list do not have visibility of
  declarations in the function body").  A named function expression's
  name lives in a scope of its own around the function (15.2.5
  InstantiateOrdinaryFunctionExpression: funcEnv).
* Classes (ClassDefinitionEvaluation, 15.7.14): a class scope (strict)
  holds the inner class-name binding and the private names; the heritage
  and computed keys are evaluated there.  As in V8, instance field
  initializers form one synthetic function ('initializer') and static
  fields plus static blocks another ('static-initializer'); each static
  block is a var scope inside it (15.7.11 ClassStaticBlockDefinition).
* Modules (16.2.1.6.4 InitializeEnvironment): imports are immutable
  bindings of the module scope; `export default <expression>` and
  anonymous default declarations bind `*default*`.
"""

from minijs.compiler import scope_model as M
from minijs.compiler.scope_model import declare
from minijs.syntax.static_semantics import (
    bound_identifiers, contains_expression, declaration_identifiers,
    expected_argument_count, has_use_strict)


class FunctionsMixin:
    # ---- the top level
    def program(self, program, kind, strict, parent=None):
        root = self.new_scope(kind, kind, program, parent, strict, is_var_scope=True)
        root.created_at = -1
        self.scope = root
        self.visit_statements(program.body)
        return root

    # ---- functions
    def visit_FunctionDeclaration(self, node):
        scope = self.scope
        if node.id is None:          # only as `export default function () {}`
            self.export_default_function(node)
            return
        name = node.id.name
        if scope.is_var_scope:
            # top level of a function / script / module / static block:
            # var-scoped (TopLevelVarScopedDeclarations, 8.2.9)
            b = declare(scope, name, M.FUNCTION_DECL, node)
        else:
            b = declare(scope, name, M.BLOCK_FUNCTION, node)
            if not (scope.strict or node.generator or node.is_async):
                self.annex_b.append((scope, node, b))
        scope.hoisted_functions.append(node)
        self.ref(node.id, M.DECLARE, target=b)
        self.visit_function(node, "function", hoist_scope=scope)

    def visit_FunctionExpression(self, node):
        self.visit_function(node, "function")

    def visit_ArrowFunctionExpression(self, node):
        self.visit_function(node, "arrow")

    def visit_function(self, node, role, hoist_scope=None, derived=False):
        outer = self.scope
        body = node.body
        block_body = body.type == "BlockStatement"
        strict = outer.strict or (block_body and has_use_strict(body.body))
        parent = outer
        name_scope = None
        if node.type == "FunctionExpression" and node.id is not None:
            name_scope = self.new_scope(M.BLOCK, "function-name", node, outer, outer.strict)
            b = declare(name_scope, node.id.name, M.FUNCTION_NAME, node.id)
            self.ref(node.id, M.DECLARE, target=b, scope=name_scope)
            parent = name_scope
        fn = self.new_scope(M.FUNCTION, role, node, parent, strict, is_var_scope=True)
        fn.name_scope = name_scope
        fn.is_arrow = role == "arrow"
        fn.is_async = bool(node.is_async)
        fn.is_generator = bool(node.generator)
        fn.is_derived_constructor = derived
        if derived:
            # super() binds it and the implicit return reads it (10.2.1.3):
            # uninitialised until super() returns
            declare(fn, M.THIS, M.THIS, None, tdz=True).needs_tdz = True
        # a declaration's closure exists from the entry of the scope it is
        # hoisted to; any other function object from where it is written
        fn.created_at = hoist_scope.node.start if hoist_scope is not None else node.start
        self.scope = fn
        try:
            self.parameters(fn, node.params)
            if block_body:
                if fn.has_param_expressions:
                    fn.body_scope = self.new_scope(M.BLOCK, "body", node, fn, strict,
                                                   is_var_scope=True)
                    self.scope = fn.body_scope
                self.visit_statements(body.body)
            else:
                self.visit(body)
        finally:
            self.scope = outer
        return fn

    def parameters(self, fn, params):
        """Formal parameters: all bound first (10.2.11 step 21), then their
        initializers run left to right; with expressions in the list, a
        parameter is uninitialised until its turn (no hasDuplicates)."""
        fn.simple_params = all(p.type == "Identifier" for p in params)
        fn.has_param_expressions = any(contains_expression(p) for p in params)
        fn.param_count = expected_argument_count(params)
        fn.has_rest = bool(params) and params[-1].type == "RestElement"
        tdz = not fn.simple_params
        for i, p in enumerate(params):
            binding = None
            for ident in bound_identifiers(p):
                binding = declare(fn, ident.name, M.PARAM, ident,
                                  init_pos=p.end if tdz else 0, tdz=tdz)
            plain = p.type == "Identifier" or (
                p.type == "RestElement" and p.argument.type == "Identifier")
            if plain:
                binding.param_index = i     # duplicates: the last one wins
                fn.params.append(binding)
            else:
                fn.params.append(None)
        for p in params:
            self.visit_pattern(p, M.DECLARE, fn)

    # ---- classes
    def visit_ClassDeclaration(self, node):
        if node.id is None:          # only as `export default class {}`
            self.export_default_class(node)
            return
        b = declare(self.scope, node.id.name, M.CLASS_DECL, node.id,
                    init_pos=node.end, tdz=True)
        self.ref(node.id, M.DECLARE, target=b)
        self.visit_class(node)

    def visit_ClassExpression(self, node):
        self.visit_class(node)

    def visit_class(self, node):
        outer = self.scope
        cls = self.new_scope(M.CLASS, "class", node, outer, True)
        cls.field_keys = {}          # id(PropertyDefinition) -> binding of its computed key
        if node.id is not None:
            inner = declare(cls, node.id.name, M.CLASS_NAME, node.id,
                            init_pos=node.end, tdz=True)
            if node.type == "ClassExpression":
                self.ref(node.id, M.DECLARE, target=inner, scope=cls)
        elements = node.body.body
        for element in elements:
            key = getattr(element, "key", None)
            if key is not None and key.type == "PrivateIdentifier":
                declare(cls, "#" + key.name, M.PRIVATE, key)
        self.scope = cls
        try:
            if node.superClass is not None:
                outer_skip = self.heritage_skip
                self.heritage_skip = cls      # 15.7.14 step 8: outer PrivateEnvironment
                try:
                    self.visit(node.superClass)
                finally:
                    self.heritage_skip = outer_skip
            self.class_elements(node, cls, elements, node.superClass is not None)
        finally:
            self.scope = outer

    def class_elements(self, node, cls, elements, derived):
        initializers = {}

        def initializer(static):
            s = initializers.get(static)
            if s is None:
                role = "static-initializer" if static else "initializer"
                s = self.new_scope(M.FUNCTION, role, node, cls, True, is_var_scope=True)
                s.created_at = node.start
                initializers[static] = s
            return s

        for element in elements:
            t = element.type
            if t == "StaticBlock":
                block = self.new_scope(M.BLOCK, "static-block", element, initializer(True),
                                       True, is_var_scope=True)
                self.in_scope(block, self.visit_statements, element.body)
                continue
            key = element.key
            if element.computed:
                self.visit(key)
                if t == "PropertyDefinition":
                    # the key is evaluated with the class; the field
                    # initializer (another closure) reads it from here
                    b = declare(cls, "%%key%d" % len(cls.field_keys), M.CONST, key)
                    b.captured = True
                    cls.field_keys[id(element)] = b
            elif key.type == "PrivateIdentifier":
                b = cls.bindings["#" + key.name]
                b.captured = True           # the initializers add it to objects
                self.ref(key, M.DECLARE, what="private", name="#" + key.name, target=b)
            if t == "MethodDefinition":
                role = element.kind     # constructor / method / get / set
                if key.type == "PrivateIdentifier":
                    initializer(bool(element.static))   # adds the method's brand
                self.visit_function(element.value, role,
                                    derived=derived and role == "constructor")
            else:
                s = initializer(bool(element.static))
                if element.value is not None:
                    self.in_scope(s, self.visit, element.value)

    # ---- modules
    def visit_ImportDeclaration(self, node):
        root = self.scope
        source = node.source.value
        for spec in node.specifiers:
            t = spec.type
            if t == "ImportNamespaceSpecifier":
                imported = "*"
            elif t == "ImportDefaultSpecifier":
                imported = "default"
            else:
                imported = _module_export_name(spec.imported)
            b = declare(root, spec.local.name, M.IMPORT, spec.local, tdz=imported != "*")
            b.import_from = (source, imported)
            self.ref(spec.local, M.DECLARE, target=b)

    def visit_ExportNamedDeclaration(self, node):
        root = self.scope
        if node.declaration is not None:
            self.visit(node.declaration)
            for ident in declaration_identifiers(node.declaration):
                root.exports.setdefault(ident.name, []).append(ident.name)
            return
        if node.source is not None:  # export { a as b } from "m": no local binding
            return
        for spec in node.specifiers:
            root.exports.setdefault(spec.local.name, []).append(
                _module_export_name(spec.exported))
            self.ref(spec.local, M.EXPORT)

    def visit_ExportDefaultDeclaration(self, node):
        root = self.scope
        decl = node.declaration
        if decl.type in ("FunctionDeclaration", "ClassDeclaration") and decl.id is not None:
            self.visit(decl)
            root.exports.setdefault(decl.id.name, []).append("default")
            return
        if decl.type in ("FunctionDeclaration", "ClassDeclaration"):
            self.visit(decl)
        else:
            b = declare(root, "*default*", M.CONST, node, init_pos=node.end, tdz=True)
            self.visit(decl)
            self.ref(node, M.DECLARE, name="*default*", target=b, key=(id(node), "default"))
        root.exports.setdefault("*default*", []).append("default")

    def export_default_function(self, node):
        root = self.scope
        b = declare(root, "*default*", M.FUNCTION_DECL, node)
        root.hoisted_functions.append(node)
        self.ref(node, M.DECLARE, name="*default*", target=b, key=(id(node), "default"))
        self.visit_function(node, "function", hoist_scope=root)

    def export_default_class(self, node):
        b = declare(self.scope, "*default*", M.CLASS_DECL, node, init_pos=node.end, tdz=True)
        self.ref(node, M.DECLARE, name="*default*", target=b, key=(id(node), "default"))
        self.visit_class(node)

    def visit_ExportAllDeclaration(self, node):
        pass


def _module_export_name(node):
    return node.name if node.type == "Identifier" else node.value
