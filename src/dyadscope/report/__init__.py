"""Reports for people: the terminal timeline and the self-contained HTML brief."""
