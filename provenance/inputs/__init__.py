"""Inputs: finding, decoding and reading articles (folders, pages, dumps, archives)."""
