"""Benchmarks: ``python -m benchmarks [name-filter]`` prints one line per figure."""
