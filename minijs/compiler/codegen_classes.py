"""Code generation for classes, `super` and `this` (ECMA-262 15.7, 13.3.7).

A class compiles, in the function that contains it, to:

    PUSH_CONTEXT (class scope: inner name, private names, computed field keys)
    CREATE_PRIVATE_NAME "#x" ... each stored in its binding
    <heritage> | LOAD_HOLE
    CREATE_CLASS <constructor code>          -> [ctor, proto], kept in registers
    methods and accessors in order (DEFINE_METHOD / DEFINE_GETTER / ...,
      DEFINE_PRIVATE_METHOD), computed field keys into their bindings
    the inner class binding initialised
    SET_CLASS_FIELDS <instance initializer>  (if the class has instance fields
      or private methods)
    call of the static initializer with this = ctor (static fields, static
      blocks and static private methods, in order)
    POP_CONTEXT

As in V8, all instance fields form one synthetic method (scope role
'initializer') that INIT_CLASS_FIELDS runs on a new instance: at the entry
of a base constructor, after super() in a derived one.  Its body first
adds the brands of the private methods, then defines each field.

`this` in a derived constructor (and in arrows and eval code inside it) is
a binding, uninitialised (THE_HOLE) until super() returns; elsewhere it is
the frame's receiver (LOAD_THIS).  The `super` marker binding of a method
holds the method itself when arrows or eval code need it (stored on
entry); its [[HomeObject]] is the base of super property lookups.
"""

from minijs.bytecode import opcodes as op
from minijs.bytecode.assembler import Assembler
from minijs.bytecode.code import CodeFlag
from minijs.compiler import scope_model as M
from minijs.compiler.scope_alloc import context_depth

_ACCESSOR = {"get": op.ACCESSOR_GET, "set": op.ACCESSOR_SET}


class ClassCompiler:
    # --- this and super ------------------------------------------------------------

    def load_this(self, res, node=None):
        """Push `this` for a reference resolved to `res` (a `this` marker)."""
        b = res.binding if res is not None else None
        if b is not None and b.scope.is_derived_constructor:
            self.vars.load(node, res=res)
        else:
            self.emit(op.LOAD_THIS, None, node)

    def binding_resolution(self, binding, depth=None):
        """A Resolution of `binding` read from this function's own scope
        (or `depth` contexts further in)."""
        loc = binding.location
        if loc[0] == "context":
            if depth is None:
                depth = context_depth(self.scope, binding.scope)
            return M.Resolution(binding.name, "context", loc[1], depth, binding, False,
                                M.READ, self.scope)
        return M.Resolution(binding.name, "register", loc[1], None, binding, False,
                            M.READ, self.scope)

    def load_active_function(self, res, node):
        """The function that provides `super` (a method or constructor)."""
        if res.kind == "register":
            self.emit(op.LOAD_CALLEE, None, node)
        else:
            self.vars.load(node, res=_unchecked(res))

    def super_home(self, node):
        """Push the base of super property `node` (a Super): the
        [[HomeObject]]'s prototype, read when the reference is made."""
        res = self.info.resolution[id(node)]
        if res.kind == "register":
            self.emit(op.LOAD_SUPER_BASE, None, node)
        else:
            self.vars.load(node, res=_unchecked(res))
            self.emit(op.GET_SUPER_BASE, None, node)

    def super_call(self, node):
        """SuperCall (13.3.7.1): construct the parent with new.target,
        bind `this` (once), then initialise this class's fields."""
        from minijs.compiler.codegen_expressions import _ArgsArray
        callee = node.callee
        fn_res = self.info.resolution[id(callee)]
        self.load_active_function(fn_res, callee)
        self.emit(op.GET_SUPER_CONSTRUCTOR, None, callee)
        self.emit(op.LOAD_NEW_TARGET)
        args = node.arguments
        if any(a.type == "SpreadElement" for a in args):
            self.expr_ArrayExpression(_ArgsArray(args, node))
            self.emit(op.SUPER_CALL_SPREAD, None, node)
        else:
            for a in args:
                self.expression(a)
            self.emit(op.SUPER_CALL, len(args), node)
        this_res = self.info.extra[(id(node), M.THIS)]
        self.vars.load(None, res=_unchecked(this_res))
        self.emit(op.CHECK_SUPER_NOT_CALLED, None, node)
        self.emit(op.POP)
        self.emit(op.DUP)
        self.vars.store(None, declare=True, res=this_res)
        self.emit(op.DUP)
        self.load_active_function(fn_res, callee)
        self.emit(op.SWAP)
        self.emit(op.INIT_CLASS_FIELDS, None, node)

    # --- function prologue / epilogue hooks (FunctionCompiler.compile) ---------------------

    def function_prologue(self):
        """On entry: a base constructor initialises the fields of `this`;
        a method whose `super` arrows or eval reach keeps itself there."""
        scope = self.scope
        if scope.role == "constructor" and not scope.is_derived_constructor \
                and getattr(self, "class_has_fields", False):
            self.emit(op.LOAD_CALLEE)
            self.emit(op.LOAD_THIS)
            self.emit(op.INIT_CLASS_FIELDS)
        b = scope.bindings.get(M.SUPER)
        if b is not None and b.kind == M.SUPER and b.location and b.location[0] == "context":
            self.emit(op.LOAD_CALLEE)
            self.vars.store_binding(b, self.node)

    # A derived constructor checks what it returns after its body has
    # completed (10.2.2 steps 10-12), outside every try: each `return`
    # leaves its value in a register and jumps to one epilogue.

    def begin_derived_returns(self):
        self.derived_epilogue = self.label()
        self.derived_value = self.a.new_register()
        self.derived_contexts = self.context_depth

    def jump_to_derived_return(self, node):
        """[statement values..., v] -> jump to the epilogue"""
        self.emit(op.STORE_REG, self.derived_value, node)
        for _ in range(self.operand_depth()):
            self.emit(op.POP)
        for _ in range(self.context_depth - self.derived_contexts):
            self.emit(op.POP_CONTEXT)
        self.emit(op.JUMP, self.derived_epilogue, node)

    def end_derived_returns(self):
        """[undefined] (the end of the body) -> the epilogue"""
        self.emit(op.STORE_REG, self.derived_value)
        self.bind(self.derived_epilogue)
        self.emit(op.LOAD_REG, self.derived_value)
        self.derived_return()
        self.emit(op.RETURN)

    def derived_return(self, node=None):
        """[v] -> [result] of a derived constructor (10.2.2 steps 10-12)."""
        b = self.scope.bindings.get(M.THIS)
        if b is None or b.location is None:
            self.emit(op.LOAD_HOLE)
        else:
            # the function scope's context was the first this function pushed
            self.vars.load(None, res=self.binding_resolution(b, self.context_depth - 1))
        self.emit(op.CHECK_DERIVED_RETURN, None, node)

    # --- class definitions -----------------------------------------------------------------------

    def stmt_ClassDeclaration(self, node):
        self.class_definition(node, node.id.name)
        self.vars.store(node.id, declare=True)

    def expr_ClassExpression(self, node, name=None):
        if node.id is not None:
            name = node.id.name
        self.class_definition(node, name or "")

    def class_definition(self, node, name):
        info = self.info
        cls = info.scope_of(node, "class")
        elements = node.body.body
        derived = node.superClass is not None
        instance = [e for e in elements if e.type == "PropertyDefinition" and not e.static]
        static = [e for e in elements if (e.type == "PropertyDefinition" and e.static)
                  or e.type == "StaticBlock"]
        private_methods = {False: [], True: []}
        for e in elements:
            if e.type == "MethodDefinition" and e.key.type == "PrivateIdentifier":
                b = cls.bindings["#" + e.key.name]
                if b not in private_methods[bool(e.static)]:
                    private_methods[bool(e.static)].append(b)
        has_fields = bool(instance or private_methods[False])

        self.enter_scope(cls, node)
        for b in cls.bindings.values():
            if b.kind == M.PRIVATE:
                self.emit(op.CREATE_PRIVATE_NAME, b.name, node)
                self.vars.store_binding(b, node)
        if derived:
            self.expression(node.superClass)
        else:
            self.emit(op.LOAD_HOLE)
        ctor_code = self.compile_constructor(node, name, derived, has_fields)
        self.emit(op.CREATE_CLASS, ctor_code, node)
        proto_reg, ctor_reg = self.a.new_register(), self.a.new_register()
        self.emit(op.STORE_REG, proto_reg)
        self.emit(op.STORE_REG, ctor_reg)
        for e in elements:
            if e.type == "MethodDefinition" and e.kind != "constructor":
                self.class_method(e, ctor_reg if e.static else proto_reg)
            elif e.type == "PropertyDefinition" and e.computed:
                self.expression(e.key)
                self.emit(op.TO_PROPERTY_KEY, 0, e.key)
                self.vars.store_binding(cls.field_keys[id(e)], e)
        inner = cls.bindings.get(node.id.name) if node.id is not None else None
        if inner is not None and inner.kind == M.CLASS_NAME:
            self.emit(op.LOAD_REG, ctor_reg)
            self.vars.store_binding(inner, node)
        if has_fields:
            code = self.compile_initializer(node, info.scope_of(node, "initializer"),
                                            instance, private_methods[False], name)
            self.emit(op.LOAD_REG, ctor_reg)
            self.emit(op.LOAD_REG, proto_reg)
            self.emit(op.CREATE_CLOSURE, code, node)
            self.emit(op.SET_HOME_OBJECT)
            self.emit(op.SWAP)
            self.emit(op.POP)
            self.emit(op.SET_CLASS_FIELDS)
            self.emit(op.POP)
        if static or private_methods[True]:
            code = self.compile_initializer(node, info.scope_of(node, "static-initializer"),
                                            static, private_methods[True], name)
            self.emit(op.LOAD_REG, ctor_reg)
            self.emit(op.CREATE_CLOSURE, code, node)
            self.emit(op.SET_HOME_OBJECT)
            self.emit(op.SWAP)
            self.emit(op.CALL, 0, node)
            self.emit(op.POP)
        self.emit(op.LOAD_REG, ctor_reg)
        self.leave_scope(cls)

    def class_method(self, e, target_reg):
        key = e.key
        fn = e.value
        fn.source_start = self.method_source_start(e)
        self.emit(op.LOAD_REG, target_reg)
        if key.type == "PrivateIdentifier":
            self.vars.load(key)
            self.emit(op.CREATE_CLOSURE, self.compile_child(fn), e)
            self.emit(op.DEFINE_PRIVATE_METHOD, _ACCESSOR.get(e.kind, op.ACCESSOR_NONE), e)
        else:
            if e.computed:
                self.expression(key)
                self.emit(op.TO_PROPERTY_KEY, 0, key)
            else:
                self.emit(op.LOAD_CONST, self.key_name(key), key)
            self.emit(op.CREATE_CLOSURE, self.compile_child(fn), e)
            kind = {"get": op.DEFINE_GETTER, "set": op.DEFINE_SETTER}.get(e.kind, op.DEFINE_METHOD)
            self.emit(kind, 0, e)
        self.emit(op.POP)

    def method_source_start(self, e):
        """A method's source text starts at its MethodDefinition, after
        `static` (Function.prototype.toString)."""
        start = e.start
        if e.static:
            source = self.unit.source
            start += len("static")
            while start < e.end:        # white space and comments after `static`
                if source[start] in " \t\v\f\r\n\u00a0\ufeff\u2028\u2029":
                    start += 1
                elif source.startswith("/*", start):
                    start = source.index("*/", start + 2) + 2
                elif source.startswith("//", start):
                    while start < e.end and source[start] not in "\n\r\u2028\u2029":
                        start += 1
                else:
                    break
        return start

    def compile_constructor(self, node, name, derived, has_fields):
        ctor = next((e for e in node.body.body
                     if e.type == "MethodDefinition" and e.kind == "constructor"), None)
        if ctor is not None:
            from minijs.compiler.codegen import FunctionCompiler
            fc = FunctionCompiler(self.unit, ctor.value, self.info.function_scope(ctor.value))
            fc.class_has_fields = has_fields
            fc.a.name = name
            fc.a.source_range = (node.start, node.end)
            return fc.compile()
        # the default constructor (15.7.14 step 14.a): `constructor() {}`
        # or `constructor(...args) { super(...args); }` without iterating
        flags = CodeFlag.STRICT | CodeFlag.CLASS_CONSTRUCTOR
        if derived:
            flags |= CodeFlag.DERIVED
        a = Assembler(name, flags=flags, line_table=self.unit.lines, function_length=0,
                      source_range=(node.start, node.end))
        at = node.start
        if derived:
            a.emit(op.LOAD_CALLEE, None, at)
            a.emit(op.GET_SUPER_CONSTRUCTOR, None, at)
            a.emit(op.LOAD_NEW_TARGET, None, at)
            a.emit(op.CREATE_REST, 0, at)
            a.emit(op.SUPER_CALL_SPREAD, None, at)
            a.emit(op.DUP, None, at)
            a.emit(op.LOAD_CALLEE, None, at)
            a.emit(op.SWAP, None, at)
            a.emit(op.INIT_CLASS_FIELDS, None, at)
            a.emit(op.RETURN, None, at)
        else:
            if has_fields:
                a.emit(op.LOAD_CALLEE, None, at)
                a.emit(op.LOAD_THIS, None, at)
                a.emit(op.INIT_CLASS_FIELDS, None, at)
            a.emit(op.RETURN_UNDEFINED, None, at)
        return a.assemble()

    def compile_initializer(self, node, scope, elements, private_methods, name):
        from minijs.compiler.codegen import FunctionCompiler
        fc = FunctionCompiler(self.unit, node, scope)
        fc.a.name = name
        return fc.compile_fields(elements, private_methods)

    def compile_fields(self, elements, private_methods):
        """The body of a field initializer method: brands of the private
        methods, then each field (DefineField, 7.3.33) and static block."""
        node = self.node
        self.enter_scope(self.scope, node)
        self.function_prologue()
        for b in private_methods:
            self.emit(op.LOAD_THIS)
            self.vars.load(None, res=self.binding_resolution(b))
            self.emit(op.ADD_PRIVATE_METHOD, None, node)
            self.emit(op.POP)
        cls = self.scope.parent
        for e in elements:
            if e.type == "StaticBlock":
                block = self.info.scope_of(e)
                if block is not None:
                    self.enter_scope(block, e)
                    self.hoist_functions(block)
                self.statements(e.body)
                if block is not None:
                    self.leave_scope(block)
                continue
            key = e.key
            self.emit(op.LOAD_THIS, None, e)
            if key.type == "PrivateIdentifier":
                self.vars.load(None, res=self.binding_resolution(cls.bindings["#" + key.name]))
                name = "#" + key.name
            elif e.computed:
                self.vars.load(None, res=self.binding_resolution(cls.field_keys[id(e)]))
                name = None
            else:
                name = self.key_name(key)
                self.emit(op.LOAD_CONST, name, key)
            if e.value is None:
                self.emit(op.LOAD_UNDEFINED)
            elif name is None:
                self.expression(e.value)
                if self.is_anonymous_function(e.value):
                    self.emit(op.SET_FUNCTION_NAME, op.ACCESSOR_NONE, e.value)
            else:
                self.named_value(e.value, name)
            self.emit(op.DEFINE_PRIVATE_FIELD if key.type == "PrivateIdentifier"
                      else op.DEFINE_KEYED_OWN, None, e)
            self.emit(op.POP)
        self.emit(op.RETURN_UNDEFINED)
        return self.a.assemble()


def _unchecked(res):
    """The same Resolution without a TDZ check."""
    if not res.needs_tdz:
        return res
    return M.Resolution(res.name, res.kind, res.index, res.depth, res.binding, False,
                        res.mode, res.scope, res.via)
