"""Checking incoming articles against an index, and finding where a quote first appeared."""
