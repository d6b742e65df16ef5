"""The desks of the console: each one module, built by the main window from one list."""
