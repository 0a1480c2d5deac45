"""test262 conformance runners.

Shared parts (used by every runner):
    suite     -- find/extract the test262 archive, read tests and their
                 YAML front matter, choose tests and strict/sloppy variants
    features  -- test262 feature name -> ECMAScript edition that added it

Runners:
    parse262  -- parse-only: positive tests must parse, parse-phase
                 negative tests must raise JSSyntaxError
"""
