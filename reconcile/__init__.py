"""Rows in, findings and reports out; holds the ``doisoat`` command line."""
