"""The incident desk's models: the incident layer, workflow rules, symbols, evidence, village statistics."""
