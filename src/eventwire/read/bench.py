"""Reading speed: articles a second through read_sources over the given inputs (prints figures, asserts nothing).

    python -m eventwire.read.bench ../shared/data/bbc-news/data/bbc ../shared/examples/austin-kyiv.txt
"""
from __future__ import annotations

import sys
import time


def main(argv: list[str]) -> None:
    from eventwire.read import Article, read_sources, read_text_page

    if not argv:
        print(__doc__)
        return
    from eventwire.read.language import detect_language

    detect_language("warm the detector up once, as a long run would")
    start = time.perf_counter()
    items = list(read_sources(argv))
    seconds = time.perf_counter() - start
    articles = sum(isinstance(item, Article) for item in items)
    print(f"inputs read: {len(items)} ({articles} articles, {len(items) - articles} skipped) in {seconds:.2f} s: "
          f"{len(items) / seconds:,.0f} a second, {1000 * seconds / max(len(items), 1):.2f} ms each")
    texts = [item for item in argv if item.endswith(".txt")]
    for path in texts:
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
        rounds = 200
        start = time.perf_counter()
        for _ in range(rounds):
            read_text_page(text)
        print(f"read_text_page({path}): {1000 * (time.perf_counter() - start) / rounds:.2f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
