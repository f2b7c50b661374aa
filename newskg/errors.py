"""Errors the user can fix: printed as one line `newskg: error: ...`, no traceback."""
from __future__ import annotations


class UserError(Exception):
    """Bad input or a failed operation; `exit_code` is what the command returns."""

    exit_code = 1
