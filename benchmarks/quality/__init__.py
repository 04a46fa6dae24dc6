"""Ground-truth corpora and the accuracy sweep (see docs/accuracy.md)."""
