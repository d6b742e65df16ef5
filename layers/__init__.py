"""What is on the map and what it means, with no Qt."""
