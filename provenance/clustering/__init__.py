"""Clustering: clusters of matches, their earliest source, who copied whom, quote variants."""
