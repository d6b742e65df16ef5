"""The incident desk's widgets: queue, detail, form, map items, charts, village statistics."""
