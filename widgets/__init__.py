"""Qt views: map canvas, layer tree, attribute table, charts and dialogs."""
