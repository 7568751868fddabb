"""Plain data of the core: entities, partial dates, transliteration (no Qt, no database)."""
