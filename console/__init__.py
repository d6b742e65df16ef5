"""The Township Console application: CLI entry, main window, desks and settings."""

__version__ = "0.1.0"
