"""Benchmarks and measurements: run each script as `python benchmarks/NAME.py`; they
import one another as `benchmarks.NAME`."""
