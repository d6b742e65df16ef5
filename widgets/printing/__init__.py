"""Printed maps: the page of a print layout and the village atlas, drawn with the canvas's drawing code
into a PDF (embedded Chinese font) or 300 dpi PNG images (see ``docs/printing.md``)."""
