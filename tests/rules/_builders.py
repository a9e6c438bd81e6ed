"""tmp."""

X: int = 1
