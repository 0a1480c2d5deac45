"""V8's wording for every early error this pass reports (node 20).

One place for the texts, so that the checks read as checks.  Functions
take the name or label the message quotes.
"""

REDECLARED = "Identifier '%s' has already been declared"
LET_BINDING = "let is disallowed as a lexically bound name"

# strict mode
WITH = "Strict mode code may not include a with statement"
OCTAL_LITERAL = "Octal literals are not allowed in strict mode."
LEADING_ZERO = "Decimals with leading zeros are not allowed in strict mode."
OCTAL_ESCAPE = "Octal escape sequences are not allowed in strict mode."
EIGHT_NINE_ESCAPE = "\\8 and \\9 are not allowed in strict mode."
DELETE_IDENTIFIER = "Delete of an unqualified identifier in strict mode."
EVAL_ARGUMENTS = "Unexpected eval or arguments in strict mode"
STRICT_RESERVED = "Unexpected strict mode reserved word"
RESERVED = "Unexpected reserved word"
ESCAPED_KEYWORD = "Keyword must not contain escaped characters"
UNEXPECTED_YIELD = "Unexpected identifier 'yield'"
AWAIT_IN_ASYNC_ARROW = "'await' is not a valid identifier name in an async function"
DESTRUCTURING_TARGET = "Invalid destructuring assignment target"
FOR_IN_INITIALIZER = "for-in loop variable declaration may not have an initializer."

# functions and parameters
DUPLICATE_PARAMETER = "Duplicate parameter name not allowed in this context"
NON_SIMPLE_USE_STRICT = "Illegal 'use strict' directive in function with non-simple parameter list"
YIELD_IN_PARAMETER = "Yield expression not allowed in formal parameter"
AWAIT_IN_PARAMETER = "Illegal await-expression in formal parameters of async function"
ARGUMENTS_IN_INITIALIZER = "'arguments' is not allowed in class field initializer or static initialization block"
SUPER = "'super' keyword unexpected here"
NEW_TARGET = "new.target expression is not allowed here"
RETURN = "Illegal return statement"

# function declarations in statement positions
STRICT_FUNCTION = "In strict mode code, functions can only be declared at top level or inside a block."
SLOPPY_FUNCTION = ("In non-strict mode code, functions can only be declared at top level, "
                   "inside a block, or as the body of an if statement.")
GENERATOR_DECLARATION = "Generators can only be declared at the top level or inside a block."
ASYNC_DECLARATION = "Async functions can only be declared at the top level or inside a block."
UNEXPECTED_CLASS = "Unexpected token 'class'"

# labels, break, continue
LABEL_REDECLARED = "Label '%s' has already been declared"
UNDEFINED_LABEL = "Undefined label '%s'"
ILLEGAL_BREAK = "Illegal break statement"
ILLEGAL_CONTINUE = "Illegal continue statement: no surrounding iteration statement"
CONTINUE_NOT_LOOP = "Illegal continue statement: '%s' does not denote an iteration statement"

# classes and objects
DUPLICATE_CONSTRUCTOR = "A class may only have one constructor"
CONSTRUCTOR_ACCESSOR = "Class constructor may not be an accessor"
CONSTRUCTOR_GENERATOR = "Class constructor may not be a generator"
CONSTRUCTOR_ASYNC = "Class constructor may not be an async method"
CONSTRUCTOR_PRIVATE = "Class constructor may not be a private method"
FIELD_CONSTRUCTOR = "Classes may not have a field named 'constructor'"
STATIC_PROTOTYPE = "Classes may not have a static property named 'prototype'"
PRIVATE_UNDECLARED = "Private field '#%s' must be declared in an enclosing class"
PRIVATE_DELETE = "Private fields can not be deleted"
SHORTHAND_INITIALIZER = "Invalid shorthand property initializer"
REST_INITIALIZER = "Rest parameter may not have a default initializer"
DUPLICATE_PROTO = "Duplicate __proto__ fields are not allowed in object literals"

# modules
DUPLICATE_EXPORT = "Duplicate export of '%s'"
UNDEFINED_EXPORT = "Export '%s' is not defined in module"
DEFAULT_REDECLARED = REDECLARED % ".default"
INVALID_LHS_ASSIGNMENT = "Invalid left-hand side in assignment"
INVALID_LHS_PREFIX = "Invalid left-hand side expression in prefix operation"
INVALID_LHS_POSTFIX = "Invalid left-hand side expression in postfix operation"
INVALID_LHS_FOR_IN = "Invalid left-hand side in for-in loop"
INVALID_LHS_FOR_OF = "Invalid left-hand side in for-of loop"
