"""urllib for pycell: only urllib.parse (pycell has no network access)."""
