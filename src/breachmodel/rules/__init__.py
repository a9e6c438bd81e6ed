"""Rule functions, one subpackage per regime (``breachmodel.rules.gdpr`` first)."""
