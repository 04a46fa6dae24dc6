"""Ground-truth corpora and the accuracy sweep (see README, "Accuracy")."""
