"""node's core modules (`require('fs')`, `import path from 'node:path'`).

names.py decides which specifiers are core modules; loader.py loads one
on its first require: most are JavaScript (lib/*.js, compiled lazily as
node compiles its lib/*.js), and reach the host only through
`internalBinding(name)`, Python functions (bindings/*.py) that take and
return JS values.  Nothing here is imported before a program requires a
core module, so start-up does not pay for it.
"""
