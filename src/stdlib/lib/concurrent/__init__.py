"""concurrent: only concurrent.futures."""
