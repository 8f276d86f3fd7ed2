"""The one data flow: read -> annotate -> resolve -> code. Every front end (CLI, API, eval) goes through here."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.code.model import Coded
from eventwire.read.model import Article

__all__ = ["Coded", "code_articles", "code_text"]


def code_articles(articles: Iterable[Article], *, model: str | None = None, batch_size: int = 32,
                  n_process: int = 1) -> Iterator[Coded]:
    """Annotate and code articles in batches, in order; non-English articles come back uncoded, with a note."""
    from eventwire.annotate import DEFAULT_MODEL, load_nlp
    from eventwire.code import code_doc

    nlp = load_nlp(model or DEFAULT_MODEL)
    pending: list[Article] = []
    for article in articles:
        if article.language not in (None, "en"):
            yield from _flush(nlp, pending, batch_size, n_process, code_doc)
            pending = []
            yield Coded(article, note=f"language '{article.language}' is not coded; stored as read")
            continue
        pending.append(article)
        if len(pending) >= batch_size * max(1, n_process):
            yield from _flush(nlp, pending, batch_size, n_process, code_doc)
            pending = []
    yield from _flush(nlp, pending, batch_size, n_process, code_doc)


def _flush(nlp, articles, batch_size, n_process, code_doc) -> Iterator[Coded]:
    if not articles:
        return
    docs = nlp.pipe((a.body for a in articles), batch_size=batch_size, n_process=n_process)
    from eventwire.annotate.headline import sentence_case

    # headlines, parsed apart and in sentence case: they are not in the body (offsets index the body) but name
    # the main event
    titles = nlp.pipe((sentence_case(a.title or "", a.body) for a in articles), batch_size=batch_size)
    for article, doc, title in zip(articles, docs, titles):
        yield code_doc(doc, article, title=title if article.title else None)


def code_text(text: str, *, published: str | None = None, title: str | None = None,
              model: str | None = None) -> Coded:
    """Code one text given as a body (no page furniture is removed): the entry point for eval and the API."""
    article = Article(body=text, published=published, title=title, language="en", source="<text>")
    return next(code_articles([article], model=model))
