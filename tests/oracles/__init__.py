"""Slow, plain reference implementations the fast kernels are tested against."""
