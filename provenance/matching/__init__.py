"""Matching: sketches, LSH candidates, verification, identical sentences, quote fragments."""
