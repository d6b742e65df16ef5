"""Parts of the demo township builder (see resources/scripts/build_demo.py): land, villages, network, facilities, sensors, hazards, reports."""
