"""The planning desk's views: planned sites and coverage on the map, the site dialog, the village table."""
