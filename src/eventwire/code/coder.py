"""The coder: resolve the mentions in a parsed article, then find its events and claims."""
from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.code.model import Coded
from eventwire.read.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc


def code_doc(doc: "Doc", article: Article) -> Coded:
    """Everything eventwire finds in one parsed article."""
    return Coded(article)
