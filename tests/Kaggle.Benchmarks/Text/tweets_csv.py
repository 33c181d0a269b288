"""Shared by the text anchors: reads a Disaster Tweets CSV without pandas (Debian's python3-sklearn lacks it)."""
import csv


def read(path, rows):
    """The CSV's rows as dicts (csv handles the quoted multi-line tweets); the first `rows` when positive."""
    with open(path, newline="", encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    return records[:rows] if rows > 0 else records
