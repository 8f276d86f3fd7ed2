"""Code: from an annotated article to events and claims."""
from __future__ import annotations

from eventwire.code.coder import code_doc

__all__ = ["code_doc"]
