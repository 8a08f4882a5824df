"""Models of the agenda app: events, their registrations and check-in."""
