"""sitegen: a static blog generator with an engagement linter."""

__version__ = "0.2.0"
