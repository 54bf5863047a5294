"""Pure functions on strings: Vietnamese numbers, units, indicator names and place names.

This layer does no I/O of its own (the gazetteer is package data read once) and imports
nothing from ``extractor`` or ``reconcile``.
"""
