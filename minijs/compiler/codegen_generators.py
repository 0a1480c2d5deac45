"""Code generation for generators (ECMA-262 15.5, 27.5).

    <parameters>  GENERATOR_START  <body>

GENERATOR_START ends the call (the generator object is its result); each
`next`/`throw`/`return` resumes the frame where it suspended.  A `yield`
is

    <argument>  YIELD  GENERATOR_RESUME ret  JUMP after
    ret:  <drop the expression's temporaries>  <return through finally blocks>
    after:

GENERATOR_RESUME goes on with the received value, throws it, or jumps to
`ret` (generator.return()).  The return path leaves from the middle of an
expression, so it first drops the operand-stack values the enclosing
expression had pushed: the compiler tracks the stack depth as it emits
(FunctionCompiler.emit), which tells how many there are.

`yield*` loops over YIELD_STAR_STEP, which calls the inner iterator's
next / throw / return for the received mode, and YIELD_ITER_RESULT, which
hands the inner result object to the resumer as it is (15.5.5 step 7).
"""

from minijs.bytecode import opcodes as op
from minijs.compiler.codegen_support import CompileError


class GeneratorCompiler:
    def expr_YieldExpression(self, node):
        is_async = self.scope.is_async
        if node.delegate:
            if is_async:
                self.async_yield_star(node)
            else:
                self.yield_star(node)
            return
        if node.argument is None:
            self.emit(op.LOAD_UNDEFINED, None, node)
        else:
            self.expression(node.argument)
        ret, after = self.label(), self.label()
        if is_async:
            # AsyncGeneratorYield(? Await(value)) (15.5.5, 27.6.3.8)
            self.await_top(node)
            self.emit(op.ASYNC_GENERATOR_YIELD, self.async_register, node)
        else:
            self.emit(op.YIELD, None, node)                # [received, mode]
        self.emit(op.GENERATOR_RESUME, ret, node)          # [received]
        self.emit(op.JUMP, after)
        self.bind(ret)
        if is_async:
            # AsyncGeneratorUnwrapYieldResumption: a return awaits its value
            self.await_top(node)
        self.return_from_expression(node)
        self.bind(after)

    def await_top(self, node):
        """[v] -> [Await(v)]"""
        self.emit(op.AWAIT, self.async_register, node)      # [received, mode]
        go_on = self.label()
        self.emit(op.GENERATOR_RESUME, go_on, node)          # never RESUME_RETURN
        self.bind(go_on)

    def expr_AwaitExpression(self, node):
        """Await (27.7.5.3): suspend until the value settles; a rejection
        is thrown where the await is."""
        self.expression(node.argument)
        self.await_top(node)

    def yield_star(self, node):
        top, finished, do_return, end = self.label(), self.label(), self.label(), self.label()
        self.expression(node.argument)
        self.emit(op.GET_ITERATOR, None, node)             # [iter, next]
        self.a.note_call_site(node.argument.start, node.argument.end)
        self.emit(op.LOAD_UNDEFINED)
        self.emit(op.LOAD_SMI, op.RESUME_NEXT)             # [iter, next, received, mode]
        self.bind(top)
        self.emit(op.YIELD_STAR_STEP, None, node)          # [iter, next, x, flag]
        self.emit(op.DUP)
        self.emit(op.JUMP_IF_TRUE, finished)
        self.emit(op.POP)                                  # [iter, next, result]
        self.emit(op.YIELD_ITER_RESULT, None, node)        # [iter, next, received, mode]
        self.emit(op.JUMP, top)
        self.bind(finished)                                # [iter, next, value, flag]
        self.emit(op.LOAD_SMI, 2)
        self.emit(op.STRICT_EQ)
        self.emit(op.JUMP_IF_TRUE, do_return)              # [iter, next, value]
        self.emit(op.ROT3)
        self.emit(op.POP)
        self.emit(op.POP)                                  # [value]
        self.emit(op.JUMP, end)
        self.bind(do_return)
        self.return_from_expression(node)
        self.bind(end)

    def async_yield_star(self, node):
        """yield* in an async generator (15.5.5 step 7, async case): each
        inner result is awaited; values are yielded without another await;
        a return resumption awaits its value (AsyncGeneratorUnwrapYieldResumption)."""
        top, finished, ret_value, no_throw, do_return, end, not_return = (
            self.label() for _ in range(7))
        flag = self.a.new_register()
        self.expression(node.argument)
        self.emit(op.GET_ASYNC_ITERATOR, None, node)       # [iter, next]
        self.a.note_call_site(node.argument.start, node.argument.end)
        self.emit(op.LOAD_UNDEFINED)
        self.emit(op.LOAD_SMI, op.RESUME_NEXT)             # [iter, next, received, mode]
        self.bind(top)
        self.emit(op.ASYNC_YIELD_STAR_CALL, None, node)    # [iter, next, x, flag]
        self.emit(op.STORE_REG, flag)
        self.await_top(node)                               # [iter, next, awaited]
        for value, label in ((3, ret_value), (4, no_throw)):
            self.emit(op.LOAD_REG, flag)
            self.emit(op.LOAD_SMI, value)
            self.emit(op.STRICT_EQ)
            self.emit(op.JUMP_IF_TRUE, label)
        self.emit(op.THROW_IF_NOT_OBJECT, None, node)
        self.emit(op.ITERATOR_DONE, None, node)            # [iter, next, result, done]
        self.emit(op.JUMP_IF_TRUE, finished)
        self.emit(op.ITERATOR_VALUE, None, node)           # [iter, next, value]
        self.emit(op.ASYNC_GENERATOR_YIELD, self.async_register, node)   # [iter, next, received, mode]
        self.emit(op.DUP)
        self.emit(op.LOAD_SMI, op.RESUME_RETURN)
        self.emit(op.STRICT_EQ)
        self.emit(op.JUMP_IF_FALSE, not_return)
        self.emit(op.SWAP)
        self.await_top(node)
        self.emit(op.SWAP)
        self.bind(not_return)
        self.emit(op.JUMP, top)
        self.bind(finished)                                # [iter, next, result]
        self.emit(op.ITERATOR_VALUE, None, node)           # [iter, next, value]
        self.emit(op.LOAD_REG, flag)
        self.emit(op.LOAD_SMI, op.RESUME_RETURN)
        self.emit(op.STRICT_EQ)
        self.emit(op.JUMP_IF_TRUE, do_return)
        self.emit(op.ROT3)
        self.emit(op.POP)
        self.emit(op.POP)                                  # [value]
        self.emit(op.JUMP, end)
        self.bind(no_throw)                                # [iter, next, awaited]
        self.emit(op.THROW_IF_NOT_OBJECT, None, node)
        self.emit(op.THROW_TYPE_ERROR, "The iterator does not provide a 'throw' method.", node)
        self.bind(ret_value)                               # [iter, next, value]
        self.bind(do_return)
        self.return_from_expression(node)
        self.bind(end)

    def return_from_expression(self, node):
        """[expression temporaries..., v] -> return v (generator.return()
        arriving at a suspension point inside an expression)."""
        if self.depth is None:
            # unreachable: the expression already threw (`c = 1` with a
            # const c), so nothing is on the stack to clean up
            self.emit_return(node)
            return
        extra = self.depth - 1 - self.operand_depth()
        if extra:
            reg = self.a.new_register()
            self.emit(op.STORE_REG, reg)
            for _ in range(extra):
                self.emit(op.POP)
            self.emit(op.LOAD_REG, reg)
        self.emit_return(node)
