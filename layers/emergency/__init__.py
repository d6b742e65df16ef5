"""Building blocks of the emergency and monitoring desk (GUI-free): national air and water indices."""
