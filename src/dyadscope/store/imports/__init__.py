"""Per-source SQL that maps a data-set file onto the store tables."""
