"""Developer tools built on the engine: `minijs bench` (bench.py)."""
