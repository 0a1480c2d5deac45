"""Number -> String exactly as ECMA-262 Number::toString (section 6.1.6.1.20).

The implementation moved to minijs.runtime.dtoa; this module re-exports it.
"""

from minijs.runtime.dtoa import number_to_string

__all__ = ["number_to_string"]
