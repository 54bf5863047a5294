"""Files in, ``Document``s with indicator rows out; every value traceable to where it was printed."""
