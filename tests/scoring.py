"""The reference scorer shipped with the gold files, imported for tests."""
import importlib.util
from pathlib import Path

_path = Path(__file__).resolve().parent / "gold" / "score.py"
_spec = importlib.util.spec_from_file_location("reference_score", _path)
reference = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reference)
