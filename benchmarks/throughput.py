"""Throughput: the whole pipeline (code_articles) against a bare spaCy nlp.pipe, same model and batch size.

Runs both over the same BBC articles (all of politics first, then the other sections, each sorted by path,
up to --n), then the bundled examples through the pipeline, and prints articles per second, words per
second, the CPU seconds of each run and the peak resident memory of the process so far (ru_maxrss). The
last two lines are the ratio of CPU times and `ratio pipeline/bare: N.NN` (pipeline wall time / bare wall time);
on a machine busy with other work the CPU ratio is the one to trust.

    .venv/bin/python benchmarks/throughput.py --n 500 --model md
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
BBC = Path("bbc-news") / "data" / "bbc"


def bbc_files(data: Path, n: int) -> list[Path]:
    folder = data / BBC
    if not folder.is_dir():
        sys.exit(f"BBC articles not found at {folder}; pass --data DIR (the folder holding bbc-news/)")
    politics = sorted((folder / "politics").glob("*.txt"))
    others = sorted(p for p in folder.glob("*/*.txt") if p.parent.name != "politics")
    return (politics + others)[:n]


def peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="how many BBC articles (default 500)")
    parser.add_argument("--model", default="md", help="spaCy pipeline: md or sm (default md)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the data folder holding bbc-news/")
    parser.add_argument("--batch-size", type=int, default=32, help="batch size for both runs (default 32)")
    parser.add_argument("--examples", type=Path, default=ROOT / "examples",
                        help="bundled examples folder to time through the pipeline (default examples/)")
    args = parser.parse_args(argv)

    from eventwire.annotate import load_nlp
    from eventwire.eval.matching import read_article
    from eventwire.pipeline import code_articles

    files = bbc_files(args.data, args.n)
    articles = [read_article(p, title_line=True) for p in files]
    words = sum(len(a.body.split()) for a in articles)
    print(f"articles: {len(articles)} BBC ({sum(p.parent.name == 'politics' for p in files)} politics), "
          f"{words} words, model {args.model}, batch size {args.batch_size}")

    started = time.perf_counter()
    nlp = load_nlp(args.model)
    list(code_articles([read_article(files[0], title_line=True)], model=args.model))  # load every lexicon once
    print(f"warm-up (model and lexicons): {time.perf_counter() - started:.1f} s, peak RSS so far {peak_mb():.0f} MB")

    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe((a.body for a in articles), batch_size=args.batch_size):
        pass
    bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"bare nlp.pipe: {len(articles) / bare:.1f} articles/s, {words / bare:.0f} words/s "
          f"({bare:.1f} s, {bare_cpu:.1f} s CPU), peak RSS so far {peak_mb():.0f} MB")

    started, cpu = time.perf_counter(), time.process_time()
    n_events = n_claims = 0
    for coded in code_articles(articles, model=args.model, batch_size=args.batch_size):
        n_events += len(coded.events)
        n_claims += len(coded.claims)
    full, full_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"pipeline code_articles: {len(articles) / full:.1f} articles/s, {words / full:.0f} words/s "
          f"({full:.1f} s, {full_cpu:.1f} s CPU; {n_events} events, {n_claims} claims), "
          f"peak RSS so far {peak_mb():.0f} MB")

    examples = _examples(args.examples)
    if examples:
        started = time.perf_counter()
        list(code_articles(examples, model=args.model, batch_size=args.batch_size))
        took = time.perf_counter() - started
        print(f"bundled examples ({args.examples}): {len(examples)} articles, {len(examples) / took:.1f} articles/s")
    else:
        print(f"bundled examples: none readable at {args.examples}")

    # CPU time is the cost the machine's other work cannot distort; the last line is the wall-clock ratio
    print(f"ratio pipeline/bare in CPU time: {full_cpu / bare_cpu:.2f}")
    print(f"ratio pipeline/bare: {full / bare:.2f}")
    return 0


def _examples(folder: Path) -> list:
    """The articles the reader makes of the examples folder (none while it is absent or unreadable)."""
    if not folder.is_dir():
        return []
    from eventwire.read.model import Article

    try:
        from eventwire.read import read_sources

        return [a for a in read_sources([str(folder)]) if isinstance(a, Article)]
    except Exception as err:  # noqa: BLE001 - the benchmark still reports the BBC figures
        print(f"bundled examples: cannot read {folder}: {err}")
        return []


if __name__ == "__main__":
    sys.exit(main())
