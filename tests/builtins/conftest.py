"""Shared fixtures of the built-in tests."""

import pytest

from minijs.builtins import create_realm
from minijs.runtime import realm as R


@pytest.fixture(scope="module")
def realm():
    """A full realm, running for the whole module."""
    realm = create_realm()
    previous = R.set_current(realm)
    yield realm
    R.set_current(previous)
