"""The emergency and monitoring desk's views: live sensor symbols, the readings chart, the time slider, the
feed's health and the flood dialog."""
