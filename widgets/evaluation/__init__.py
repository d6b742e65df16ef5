"""The governance dashboard's views: tables, trend charts, the ranking, a village's page and the monthly PDF."""
