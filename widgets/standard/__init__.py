"""The data standard's windows: browse the standard, a validation report by row, and the conform dialog."""
