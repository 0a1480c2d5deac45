"""Grammar, part 2: functions, arrows, classes, parameters, binding patterns
(ECMA-262 sections 14.3 destructuring bindings, 15 functions and classes).

Marker nonterminals (`m_function`, `m_generator`, ...) are empty
productions reduced just before a function's parameters or body is read;
their actions push the context that decides whether `yield` / `await` are
keywords inside (driver.py).  The function production's action pops it.
"""

from minijs.syntax import ast as A
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax import patterns
from minijs.syntax.grammar_expressions import separated_list, growing_list, S, E

# context kind -> (yield is a keyword, await is a keyword)
CONTEXTS = {
    "function": (False, False),
    "generator": (True, False),
    "async": (False, True),
    "async_generator": (True, True),
    "arrow": (False, False),
    "async_arrow": (False, True),
    "static_block": (False, False),
}


class FunctionGrammar:
    # --- context markers -------------------------------------------------------

    def p_m_function(self, p):
        """m_function : empty"""
        self.push_context("function")

    def p_m_generator(self, p):
        """m_generator : empty"""
        self.push_context("generator")

    def p_m_async(self, p):
        """m_async : empty"""
        self.push_context("async")

    def p_m_async_generator(self, p):
        """m_async_generator : empty"""
        self.push_context("async_generator")

    def p_m_arrow(self, p):
        """m_arrow : empty"""
        self.push_context("arrow")

    def p_m_async_arrow(self, p):
        """m_async_arrow : empty"""
        self.push_context("async_arrow")

    def p_m_async_arrow_call(self, p):
        """m_async_arrow_call : empty"""
        # Reduced after `async(...) =>`: the call must really be `async(...)`.
        call = self.values[-2]
        patterns_ok = (
            call.type == "CallExpression" and not call.parenthesized
            and call.callee.type == "Identifier" and call.callee.name == "async"
            and not call.callee.escaped and not call.callee.parenthesized
            and not call.optional
        )
        if not patterns_ok:
            raise JSSyntaxError("Malformed arrow function parameter list", S(call))
        if self.newline_between(call.callee.end, call.end):
            raise JSSyntaxError("Malformed arrow function parameter list", S(call))
        self.push_context("async_arrow")

    # --- function declarations and expressions --------------------------------

    def p_function_declaration(self, p):
        """function_declaration : FUNCTION_DECL binding_identifier m_function function_rest
                                | FUNCTION_DECL STAR binding_identifier m_generator function_rest
                                | ASYNC FUNCTION_DECL binding_identifier m_async function_rest
                                | ASYNC FUNCTION_DECL STAR binding_identifier m_async_generator function_rest"""
        p[0] = self.function_node(A.FunctionDeclaration, p)

    def p_function_declaration_anonymous(self, p):
        """anonymous_function_declaration : FUNCTION_DECL m_function function_rest
                                          | FUNCTION_DECL STAR m_generator function_rest
                                          | ASYNC FUNCTION_DECL m_async function_rest
                                          | ASYNC FUNCTION_DECL STAR m_async_generator function_rest"""
        p[0] = self.function_node(A.FunctionDeclaration, p)

    def p_function_expression(self, p):
        """function_expression : FUNCTION binding_identifier m_function function_rest
                               | FUNCTION m_function function_rest
                               | FUNCTION STAR binding_identifier m_generator function_rest
                               | FUNCTION STAR m_generator function_rest
                               | ASYNC FUNCTION binding_identifier m_async function_rest
                               | ASYNC FUNCTION m_async function_rest
                               | ASYNC FUNCTION STAR binding_identifier m_async_generator function_rest
                               | ASYNC FUNCTION STAR m_async_generator function_rest"""
        p[0] = self.function_node(A.FunctionExpression, p)

    def function_node(self, cls, p):
        """Build a function node from `[async] function [*] [name] <rest>`."""
        self.pop_context()
        is_async = generator = False
        ident = None
        for item in p[1:len(p) - 1]:
            kind = item.type if item is not None else None
            if kind == "Identifier":
                ident = item
            elif kind == "ASYNC":
                is_async = True
            elif kind == "STAR":
                generator = True
        params, body, _ = p[len(p) - 1]
        return cls(p[1].lexpos, body.end, ident, False, generator, is_async, params, body)

    def p_function_rest(self, p):
        """function_rest : LPAREN formal_parameters RPAREN LBRACE function_body RBRACE"""
        body = A.BlockStatement(p[4].lexpos, p[6].end, p[5])
        p[0] = (p[2], body, p[1].lexpos)

    def p_function_body(self, p):
        """function_body : statement_list_opt"""
        p[0] = self.mark_directives(p[1])

    # --- parameters -------------------------------------------------------------

    def p_formal_parameters(self, p):
        """formal_parameters : empty
                             | formal_list
                             | formal_list COMMA"""
        p[0] = p[1] or []

    def p_formal_parameters_rest(self, p):
        """formal_parameters : rest_parameter
                             | formal_list COMMA rest_parameter"""
        p[0] = separated_list(p)

    def p_formal_list(self, p):
        """formal_list : binding_element
                       | formal_list COMMA binding_element"""
        p[0] = separated_list(p)

    def p_rest_parameter(self, p):
        """rest_parameter : ELLIPSIS binding_target"""
        p[0] = A.RestElement(p[1].lexpos, p[2].end, p[2])

    def p_binding_element(self, p):
        """binding_element : binding_target
                           | binding_target initializer"""
        if len(p) == 2:
            p[0] = p[1]
        else:
            p[0] = A.AssignmentPattern(p[1].start, E(p[2]), p[1], p[2])

    def p_binding_target_unit(self, p):
        """binding_target : binding_identifier
                          | binding_pattern"""
        p[0] = p[1]

    def p_initializer(self, p):
        """initializer : ASSIGN assignment_expression"""
        p[0] = p[2]

    # --- binding patterns ------------------------------------------------------

    def p_binding_pattern_unit(self, p):
        """binding_pattern : object_binding_pattern
                           | array_binding_pattern"""
        p[0] = p[1]

    def p_object_binding_pattern(self, p):
        """object_binding_pattern : LBRACE RBRACE
                                  | LBRACE binding_property_list RBRACE
                                  | LBRACE binding_property_list COMMA RBRACE
                                  | LBRACE binding_rest_property RBRACE
                                  | LBRACE binding_property_list COMMA binding_rest_property RBRACE"""
        n = len(p)
        if n == 3:
            props = []
        elif n == 4:
            props = p[2] if isinstance(p[2], list) else [p[2]]
        elif n == 5:
            props = p[2]
        else:
            props = p[2] + [p[4]]
        p[0] = A.ObjectPattern(p[1].lexpos, p[n - 1].end, props)

    def p_binding_property_list(self, p):
        """binding_property_list : binding_property
                                 | binding_property_list COMMA binding_property"""
        p[0] = separated_list(p)

    def p_binding_property_shorthand(self, p):
        """binding_property : binding_identifier
                            | binding_identifier initializer"""
        key = p[1]
        value = A.Identifier(key.start, key.end, key.name)
        value.escaped = key.escaped
        if len(p) == 3:
            value = A.AssignmentPattern(key.start, E(p[2]), value, p[2])
        p[0] = A.Property(key.start, value.end, False, True, False, key, value, "init")

    def p_binding_property(self, p):
        """binding_property : property_name COLON binding_element"""
        key, computed, start, _ = p[1]
        p[0] = A.Property(start, p[3].end, False, False, computed, key, p[3], "init")

    def p_binding_rest_property(self, p):
        """binding_rest_property : ELLIPSIS binding_identifier"""
        p[0] = A.RestElement(p[1].lexpos, p[2].end, p[2])

    def p_array_binding_pattern(self, p):
        """array_binding_pattern : LBRACKET binding_items RBRACKET"""
        items, trailing = patterns.finish_items(p[2])
        for i, item in enumerate(items):
            if item is not None and item.type == "RestElement" and (i != len(items) - 1 or trailing):
                raise JSSyntaxError("Rest element must be last element", item.start)
        p[0] = A.ArrayPattern(p[1].lexpos, p[3].end, items)

    def p_binding_items(self, p):
        """binding_items : binding_item
                         | binding_items COMMA binding_item"""
        p[0] = separated_list(p)

    def p_binding_item(self, p):
        """binding_item : empty
                        | binding_element"""
        p[0] = p[1]

    def p_binding_item_rest(self, p):
        """binding_item : ELLIPSIS binding_target"""
        p[0] = A.RestElement(p[1].lexpos, p[2].end, p[2])

    # --- arrow functions ---------------------------------------------------------

    def p_arrow_function(self, p):
        """arrow_function : arrow_parameters ARROW m_arrow arrow_body"""
        params, start = p[1]
        p[0] = self.arrow_node(start, params, p[4], False)

    def p_arrow_function_async(self, p):
        """arrow_function : ASYNC binding_identifier ARROW m_async_arrow arrow_body"""
        p[0] = self.arrow_node(p[1].lexpos, [p[2]], p[5], True)

    def p_arrow_function_async_call(self, p):
        """arrow_function : call_expression ARROW m_async_arrow_call arrow_body"""
        call = p[1]
        params = patterns.call_arguments_to_params(call.arguments, call.trailing_comma)
        p[0] = self.arrow_node(call.start, params, p[4], True)

    def p_arrow_parameters(self, p):
        """arrow_parameters : binding_identifier
                            | cover_paren"""
        item = p[1]
        if item.__class__ is A.Identifier:
            p[0] = ([item], item.start)
        else:
            p[0] = (patterns.arrow_params(item), item.start)

    def p_arrow_body_block(self, p):
        """arrow_body : LBRACE function_body RBRACE"""
        p[0] = A.BlockStatement(p[1].lexpos, p[3].end, p[2])

    def p_arrow_body_expression(self, p):
        """arrow_body : assignment_expression"""
        p[0] = p[1]

    def arrow_node(self, start, params, body, is_async):
        self.pop_context()
        expression = body.type != "BlockStatement" or body.parenthesized is not None
        return A.ArrowFunctionExpression(start, E(body), None, expression, False, is_async, params, body)

    # --- methods (object literals and classes) --------------------------------

    def p_method_definition(self, p):
        """method_definition : element_name m_function function_rest
                             | STAR element_name m_generator function_rest
                             | ASYNC_METHOD element_name m_async function_rest
                             | ASYNC_METHOD STAR element_name m_async_generator function_rest
                             | GET element_name m_function function_rest
                             | SET element_name m_function function_rest"""
        self.pop_context()
        first = p[1]
        n = len(p)
        params, body, params_start = p[n - 1]
        key, computed, key_start, _ = p[n - 3]
        kind = "method"
        is_async = generator = False
        start = key_start
        if n > 4:
            start = first.lexpos
            kind_tok = first.type
            if kind_tok == "STAR":
                generator = True
            elif kind_tok == "ASYNC_METHOD":
                is_async = True
                generator = n == 6
            elif kind_tok == "GET":
                kind = "get"
                if params:
                    raise JSSyntaxError("Getter must not have any formal parameters.", params_start)
            else:
                kind = "set"
                if len(params) != 1 or params[0].type == "RestElement":
                    raise JSSyntaxError(
                        "Setter function argument must not be a rest parameter"
                        if len(params) == 1 else "Setter must have exactly one formal parameter.",
                        params_start)
        value = A.FunctionExpression(params_start, body.end, None, False, generator, is_async, params, body)
        p[0] = A.MethodDefinition(start, body.end, False, computed, key, kind, value)

    def p_element_name(self, p):
        """element_name : property_name"""
        p[0] = p[1]

    def p_element_name_private(self, p):
        """element_name : PRIVATE_NAME"""
        t = p[1]
        p[0] = (A.PrivateIdentifier(t.lexpos, t.end, t.value), False, t.lexpos, t.end)

    # --- classes -----------------------------------------------------------------

    def p_class_declaration(self, p):
        """class_declaration : CLASS_DECL binding_identifier class_tail"""
        heritage, body = p[3]
        p[0] = A.ClassDeclaration(p[1].lexpos, body.end, p[2], heritage, body)

    def p_class_declaration_anonymous(self, p):
        """anonymous_class_declaration : CLASS_DECL class_tail"""
        heritage, body = p[2]
        p[0] = A.ClassDeclaration(p[1].lexpos, body.end, None, heritage, body)

    def p_class_expression(self, p):
        """class_expression : CLASS binding_identifier class_tail
                            | CLASS class_tail"""
        heritage, body = p[len(p) - 1]
        ident = p[2] if len(p) == 4 else None
        p[0] = A.ClassExpression(p[1].lexpos, body.end, ident, heritage, body)

    def p_class_tail(self, p):
        """class_tail : LBRACE class_elements RBRACE
                      | EXTENDS lhs_expression LBRACE class_elements RBRACE"""
        n = len(p)
        body = A.ClassBody(p[n - 3].lexpos, p[n - 1].end, p[n - 2])
        p[0] = (p[2] if n == 6 else None, body)

    def p_class_elements(self, p):
        """class_elements : empty
                          | class_elements class_element"""
        p[0] = growing_list(p)

    def p_class_element_method(self, p):
        """class_element : method_definition
                         | STATIC method_definition"""
        m = p[len(p) - 1]
        if len(p) == 3:
            m.static = True
            m.start = p[1].lexpos
        elif (not m.computed and m.kind == "method" and self.key_name(m.key) == "constructor"):
            m.kind = "constructor"
        p[0] = m

    def p_class_element_field(self, p):
        """class_element : field_definition SEMI
                         | STATIC field_definition SEMI"""
        field = p[len(p) - 2]
        if len(p) == 4:
            field.static = True
            field.start = p[1].lexpos
        semi = p[len(p) - 1]
        if not semi.auto:
            field.end = semi.end
        p[0] = field

    def p_class_element_static_block(self, p):
        """class_element : STATIC m_static_block LBRACE statement_list_opt RBRACE"""
        self.pop_context()
        p[0] = A.StaticBlock(p[1].lexpos, p[5].end, p[4])

    def p_m_static_block(self, p):
        """m_static_block : empty"""
        self.push_context("static_block")

    def p_class_element_empty(self, p):
        """class_element : SEMI"""
        p[0] = None

    def p_field_definition(self, p):
        """field_definition : element_name
                            | element_name initializer"""
        key, computed, start, key_end = p[1]
        value = p[2] if len(p) == 3 else None
        end = E(value) if value is not None else key_end
        p[0] = A.PropertyDefinition(start, end, False, computed, key, value)
