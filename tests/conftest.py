"""Shared fixtures: the spaCy pipeline (loaded once) and the third-party data folder (skipped where absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
EXAMPLES = SHARED / "examples"
DATA = SHARED / "data"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.annotate import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"third-party data not found at {DATA}; set EVENTWIRE_SHARED to the folder holding data/")
    return DATA


def data_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with the reason."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found; the gold sets live in ../shared/data (set EVENTWIRE_SHARED)")
    return path
