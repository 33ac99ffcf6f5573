"""Extract stage: actors, dates and quantities found inside one sentence (offsets into it)."""
