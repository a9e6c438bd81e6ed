"""The ePrivacy breach rules: Commission Regulation (EU) No 611/2013 (``reg611``)."""
