"""The embedding host: what node adds around the engine (console, util.inspect)."""
