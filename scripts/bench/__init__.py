"""Measurements for scripts/benchmark.py: each module measures one thing and returns plain data."""
