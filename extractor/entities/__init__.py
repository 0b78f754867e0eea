"""Entity components: group spaCy's mentions into one entry per real-world thing."""
