"""Package data: gazetteers, lexicons, code tables and event patterns (see README.md here)."""
