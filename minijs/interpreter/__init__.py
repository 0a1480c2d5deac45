"""The interpreter (Ignition analogue): function objects, frames and the
dispatch loop over CodeObjects (see docs/internals/engine.md)."""
