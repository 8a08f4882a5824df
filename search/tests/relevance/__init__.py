"""The relevance test set: a corpus in English, French and Arabic, and queries with the items each must
rank in its first three results. `test_relevance.py` measures it on each backend; the scores are printed
at the end of the run (see `pytest_terminal_summary` in search/tests/conftest.py)."""

import json
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = json.loads((HERE / "corpus.json").read_text())
QUERIES = json.loads((HERE / "queries.json").read_text())

# Backend ("database" or "server") → (precision@3, number of queries, queries missing an item).
SCORES: dict[str, tuple[float, int, list[str]]] = {}
