"""test262 conformance runners.

Shared parts (used by every runner):
    suite     -- find/extract the test262 archive, read tests and their
                 YAML front matter, choose tests and strict/sloppy variants
    features  -- test262 feature name -> ECMAScript edition that added it
    pool      -- worker processes with a per-job timeout (kill + replace)

Runners:
    parse262  -- parse-only: positive tests must parse, parse-phase
                 negative tests must raise JSSyntaxError
    the execution runner (`python -m minijs.conformance`, `minijs test262`):
        harness      -- $262, print, compiled harness files, the job queue
        execute      -- run and judge one variant of one test
        runner       -- plan variants, run them on the pool, Results
        report       -- summaries by directory / edition, README table, JSON
        expectations -- the passing-tests ratchet and the stratified sample
        cli          -- the command line
"""
