"""Number components: numeric spans with values, units, bounds and dates."""
