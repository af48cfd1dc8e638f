"""sitegen: a static blog generator with an engagement linter."""

__version__ = "0.1.0"
