"""read_sources: every kind of input, and every kind of bad input yields Skipped with a reason."""
from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from eventwire.read import Article, Skipped, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "read"
PROSE = "The harbour authority said on Friday that it would dredge the main channel before the storms.\n"


def read_all(*sources, **options):
    return list(read_sources([str(s) for s in sources], **options))


def only(items):
    assert len(items) == 1, items
    return items[0]


def test_sources_importing_loads_no_heavy_module():
    import subprocess

    code = ("import sys, eventwire.read, eventwire.read.sources; "
            "print([m for m in ('trafilatura', 'lingua', 'httpx', 'feedparser', 'warcio') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_sources_folder_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text(PROSE)
    (tmp_path / "a.txt").write_text(PROSE.replace("Friday", "Monday"))
    (tmp_path / ".hidden.txt").write_text(PROSE)
    (tmp_path / ".git" / "x.txt").write_text(PROSE)
    items = read_all(tmp_path)
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == ["a.txt", "b/two.txt"]
    assert all(isinstance(i, Article) for i in items)


def test_sources_html_file():
    article = only(read_all(FIXTURES / "article.html"))
    assert isinstance(article, Article)
    assert article.title == "Port workers end strike after pay deal"
    assert article.author == "Ines Moreau"
    assert article.published == "2024-05-14"
    assert article.categories == ("Business",)
    assert article.sitename == "The Harbour Gazette"
    assert article.url == "https://gazette.example.org/business/port-strike-ends"
    assert article.body.startswith("Dock workers at the city's container port")
    assert "Most read" not in article.body and "Copyright" not in article.body and "Home" not in article.body
    assert article.cited_sources == ("The Associated Press",)
    assert article.body.endswith("a review of shift patterns.")


def test_sources_html_by_content_without_extension(tmp_path):
    page = tmp_path / "page"
    shutil.copy(FIXTURES / "article.html", page)
    assert only(read_all(page)).title == "Port workers end strike after pay deal"


def test_sources_html_without_article_is_skipped():
    item = only(read_all(FIXTURES / "no-article.html"))
    assert isinstance(item, Skipped) and "no article text" in item.reason


def test_sources_rss_feed_entries():
    items = read_all(FIXTURES / "feed.xml")
    first, second, third = items
    assert first.title == "Ferry service resumes after storm"
    assert first.author == "Ines Moreau"
    assert first.categories == ("Transport", "Weather")
    assert first.published == "2024-05-15T07:30:00+00:00"
    assert first.url == "https://gazette.example.org/news/ferry-resumes"
    assert first.body == ("The island ferry resumed its timetable on Wednesday after two days of cancellations.\n\n"
                          "Operators said crossings would be busy through the weekend.")
    assert "<p>" not in second.body and second.body.startswith("The city council voted")
    assert isinstance(third, Skipped) and third.source.endswith("feed.xml#3")


def test_sources_atom_feed_entry():
    article = only(read_all(FIXTURES / "atom.xml"))
    assert article.title == "Minister visits border crossing"
    assert article.author == "Karl Lind"
    assert article.published == "2024-06-01T10:00:00+00:00"
    assert article.body.startswith("The interior minister visited")


def test_sources_jsonl_body_is_text_exactly_and_bad_lines_are_skipped(tmp_path):
    text = "  Troops  withdrew from the town on Monday.\n\nOfficials confirmed it.  "
    lines = [
        json.dumps({"id": "a1", "text": text, "published": "2024-10-22", "title": "Withdrawal", "url": "https://x.org/1"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text here"}),
        "",
        json.dumps({"text": "Parliament passed the budget on Thursday after a long debate."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, bad_json, no_text, last = read_all(path)
    assert first.body == text
    assert (first.given_id, first.id, first.published, first.title, first.url) == \
        ("a1", "a1", "2024-10-22", "Withdrawal", "https://x.org/1")
    assert first.source == f"{path}:1"
    assert isinstance(bad_json, Skipped) and bad_json.source == f"{path}:2" and "not JSON" in bad_json.reason
    assert isinstance(no_text, Skipped) and no_text.source == f"{path}:3" and '"text"' in no_text.reason
    assert last.source == f"{path}:5" and last.given_id is None and len(last.id) == 16


@pytest.mark.parametrize("inner", ["page.txt", "article.html", "batch.jsonl"])
def test_sources_gzip_is_read_by_inner_name(tmp_path, inner):
    data = (FIXTURES / "article.html").read_bytes() if inner.endswith(".html") else \
        (json.dumps({"text": PROSE}) + "\n").encode() if inner.endswith(".jsonl") else PROSE.encode()
    path = tmp_path / f"{inner}.gz"
    path.write_bytes(gzip.compress(data))
    article = only(read_all(path))
    assert isinstance(article, Article), article
    assert "Dock workers" in article.body or "harbour authority" in article.body


def test_sources_truncated_gzip_is_skipped(tmp_path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress((PROSE * 200).encode())[:-40])
    item = only(read_all(path))
    assert isinstance(item, Skipped)
    assert item.reason.startswith("truncated gzip:") and "re-download or recompress it" in item.reason


def test_sources_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, body, ctype in [
            ("https://gazette.example.org/port", (FIXTURES / "article.html").read_bytes(), "text/html; charset=utf-8"),
            ("https://gazette.example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.source == f"{path}#https://gazette.example.org/port"
    assert article.title == "Port workers end strike after pay deal"


def test_sources_empty_file_is_skipped(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    item = only(read_all(path))
    assert isinstance(item, Skipped) and "empty" in item.reason and str(path) in str(item)


def test_sources_binary_file_is_skipped(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    item = only(read_all(path))
    assert isinstance(item, Skipped) and "binary" in item.reason


def test_sources_invalid_utf8_text_is_decoded_and_says_so(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The minister\u2019s caf\u00e9 visit drew crowds on Friday.\n".encode("cp1252"))
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.body == "The minister\u2019s caf\u00e9 visit drew crowds on Friday."
    assert any("Windows-1252" in note for note in article.notes)


def test_sources_invalid_utf8_that_is_not_text_is_skipped(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x03] * 50))
    item = only(read_all(path))
    assert isinstance(item, Skipped) and "not valid UTF-8" in item.reason


def test_sources_utf8_bom_is_removed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PROSE.encode())
    assert only(read_all(path)).body == PROSE.strip()


def test_sources_page_without_article_text_is_skipped():
    item = only(read_all(FIXTURES / "only-furniture.txt"))
    assert isinstance(item, Skipped) and "no article text" in item.reason


def test_sources_file_over_max_bytes_is_skipped_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(200_000_000)
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    item = only(read_all(path))
    assert isinstance(item, Skipped) and "over the limit" in item.reason and "max_bytes" in item.reason
    assert path not in opened


def test_sources_missing_path_is_skipped():
    item = only(read_all("no/such/file.txt"))
    assert isinstance(item, Skipped) and "no such file" in item.reason


def test_sources_bad_input_does_not_stop_the_batch(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(PROSE)
    kinds = [type(i).__name__ for i in read_all(tmp_path / "empty.txt", "missing.txt", tmp_path / "good.txt")]
    assert kinds == ["Skipped", "Skipped", "Article"]


def test_sources_accepts_one_path_or_path_objects(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(PROSE)
    assert only(list(read_sources(str(path)))).body == PROSE.strip()
    assert only(list(read_sources([path]))).source == str(path)


def test_sources_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PROSE.encode())))
    article = only(read_all("-"))
    assert article.source == "-" and article.body == PROSE.strip()


def test_sources_xml_that_is_not_a_feed_is_skipped(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example.org/</loc></url></urlset>')
    item = only(read_all(path))
    assert isinstance(item, Skipped) and "not RSS or Atom (first tag <urlset>)" in item.reason


def test_read_folder_passes_over_its_own_docs(tmp_path):
    (tmp_path / "README.md").write_text("# Examples\n\nThese files are written for the demo.\n")
    (tmp_path / "LICENSE").write_text("Permission is hereby granted to anyone.\n")
    (tmp_path / "story.txt").write_text("Germany pledged new aid to Sudan on Monday, officials in Berlin said.\n")
    from eventwire.read import read_sources

    items = list(read_sources([str(tmp_path)]))
    assert [Path(i.source).name for i in items] == ["story.txt"]
