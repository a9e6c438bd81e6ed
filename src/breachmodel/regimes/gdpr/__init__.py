"""The GDPR rules: scope, risk, Art. 33, Art. 34 and the competent authority."""
