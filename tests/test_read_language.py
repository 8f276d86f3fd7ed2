"""Article language: ISO 639-1 from the body; short texts are English only when clearly so."""
from __future__ import annotations

import pytest

from eventwire.read import read_text_page
from eventwire.read.language import detect_language


@pytest.mark.parametrize(
    "text, code",
    [
        ("The defence minister arrived in the capital on Monday for talks with the president.", "en"),
        ("Le ministre de la Défense est arrivé lundi dans la capitale pour des entretiens avec le président.", "fr"),
        ("Der Verteidigungsminister ist am Montag zu Gesprächen mit dem Präsidenten in der Hauptstadt eingetroffen.",
         "de"),
        ("El ministro de Defensa llegó el lunes a la capital para mantener conversaciones con el presidente.", "es"),
        ("Министр обороны прибыл в столицу в понедельник для переговоров с президентом.", "ru"),
        ("Міністр оборони прибув до столиці в понеділок для переговорів з президентом.", "uk"),
    ],
)
def test_language_detects_news_languages(text, code):
    assert detect_language(text) == code


def test_language_short_text_is_english_only_when_clearly_so():
    assert detect_language("Talks with the president") == "en"
    assert detect_language("Zelensky Umerov") is None
    assert detect_language("12:30") is None


def test_language_non_english_article_is_still_returned():
    article = read_text_page("Accord sur les céréales\n\nLes négociateurs se sont réunis jeudi à Istanbul "
                             "pour discuter de la reprise du corridor maritime.")
    assert article.language == "fr"
    assert article.title == "Accord sur les céréales"
