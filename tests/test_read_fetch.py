"""URLs: fetched through an httpx transport (mocked here), private addresses refused, sizes capped."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from eventwire.read import Article, Skipped, read_sources
from eventwire.read import fetch as fetch_module

FIXTURES = Path(__file__).parent / "fixtures" / "read"
PUBLIC = "93.184.215.14"


@pytest.fixture
def dns(monkeypatch):
    """Host names resolve to a public address unless listed otherwise; no real lookup."""
    table = {"localhost": ["127.0.0.1"], "intranet.example": ["10.1.2.3"], "mixed.example": [PUBLIC, "192.168.0.7"]}
    monkeypatch.setattr(fetch_module, "_resolve", lambda host: table.get(host, [PUBLIC]))
    return table


def one(url, handler, **options):
    items = list(read_sources([url], transport=httpx.MockTransport(handler), **options))
    assert len(items) == 1, items
    return items[0]


def html_page(request):
    return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"},
                          content=(FIXTURES / "article.html").read_bytes())


def test_fetch_html_page_with_user_agent(dns):
    seen = []

    def handler(request):
        seen.append(request)
        return html_page(request)

    article = one("https://gazette.example.org/port", handler)
    assert isinstance(article, Article)
    assert article.title == "Port workers end strike after pay deal"
    assert article.source == "https://gazette.example.org/port"
    assert "eventwire" in seen[0].headers["User-Agent"]


def test_fetch_feed_url(dns):
    def handler(request):
        return httpx.Response(200, headers={"Content-Type": "application/rss+xml"},
                              content=(FIXTURES / "feed.xml").read_bytes())

    items = list(read_sources(["https://gazette.example.org/rss"], transport=httpx.MockTransport(handler)))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Skipped"]
    assert items[0].url == "https://gazette.example.org/news/ferry-resumes"


def test_fetch_plain_text_url(dns):
    def handler(request):
        return httpx.Response(200, headers={"Content-Type": "text/plain"},
                              content=(FIXTURES / "day-first.txt").read_bytes())

    article = one("https://wire.example.org/story", handler)
    assert article.title == "Envoys gather in Doha for ceasefire talks"


def test_fetch_follows_redirects_and_checks_each_target(dns):
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        if request.url.path == "/new":
            return html_page(request)
        raise AssertionError(request.url)

    assert isinstance(one("https://gazette.example.org/old", handler), Article)

    def to_private(request):
        if request.url.host == "gazette.example.org":
            return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})
        raise AssertionError("a private address was contacted")

    item = one("https://gazette.example.org/old", to_private)
    assert isinstance(item, Skipped) and "10.1.2.3" in item.reason and "--allow-private" in item.reason


def test_fetch_too_many_redirects(dns):
    def handler(request):
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"Location": f"/{n + 1}"})

    item = one("https://loop.example.org/0", handler)
    assert isinstance(item, Skipped) and "redirects" in item.reason


@pytest.mark.parametrize("url", ["http://127.0.0.1/admin", "http://localhost:8080/", "http://10.0.0.5/",
                                 "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://mixed.example/",
                                 "http://[::ffff:192.168.1.1]/"])
def test_fetch_private_addresses_are_refused(dns, url):
    def handler(request):
        raise AssertionError("a refused address was contacted")

    item = one(url, handler)
    assert isinstance(item, Skipped)
    assert item.source == url and "refused" in item.reason and "--allow-private" in item.reason


def test_fetch_private_address_allowed_when_asked(dns):
    assert isinstance(one("http://127.0.0.1/story", html_page, allow_private=True), Article)


def test_fetch_unreachable_url_is_skipped(dns):
    def handler(request):
        raise httpx.ConnectError("connection refused", request=request)

    item = one("https://down.example.org/story", handler)
    assert isinstance(item, Skipped) and "cannot connect" in item.reason


def test_fetch_timeout_is_skipped(dns):
    def handler(request):
        raise httpx.ReadTimeout("slow", request=request)

    item = one("https://slow.example.org/story", handler, timeout=3)
    assert isinstance(item, Skipped) and "timed out" in item.reason


def test_fetch_http_error_is_skipped(dns):
    item = one("https://gazette.example.org/gone", lambda r: httpx.Response(404))
    assert isinstance(item, Skipped) and "HTTP 404" in item.reason


def test_fetch_stops_at_max_bytes(dns):
    def handler(request):
        # No Content-Length: the cap must hold while streaming.
        return httpx.Response(200, headers={"Content-Type": "text/plain"},
                              content=iter([b"word " * 1000 for _ in range(100)]))

    item = one("https://big.example.org/story", handler, max_bytes=20_000)
    assert isinstance(item, Skipped) and "20,000" in item.reason


def test_fetch_unresolvable_host_is_skipped(monkeypatch):
    import socket

    def fail(host):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(fetch_module, "_resolve", fail)
    item = one("https://nowhere.invalid/", html_page)
    assert isinstance(item, Skipped) and "cannot resolve" in item.reason


def test_fetch_refuses_a_host_that_resolves_private_after_the_check(monkeypatch):
    """DNS rebinding: public when the URL is checked, loopback when the connection is opened."""
    answers = iter([[PUBLIC], ["127.0.0.1"]])
    monkeypatch.setattr(fetch_module, "_resolve", lambda host: next(answers))
    with pytest.raises(fetch_module.FetchError) as caught:
        fetch_module.fetch("http://rebind.example.org/story", timeout=3)
    assert "refused" in str(caught.value) and "127.0.0.1" in str(caught.value)
    assert "--allow-private" in str(caught.value)


def test_fetch_connects_to_the_address_it_checked(monkeypatch):
    """The checked connection reaches the server at the resolved address and sends the URL's host name."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.headers["Host"])
            body = b"Ministers met in the capital on Monday."
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # the test server is on loopback, so here loopback counts as public and the host name resolves to it
        monkeypatch.setattr(fetch_module, "_resolve", lambda host: ["127.0.0.1"])
        monkeypatch.setattr(fetch_module, "_refused", lambda address: None)
        port = server.server_address[1]
        got = fetch_module.fetch(f"http://news.example.org:{port}/story", timeout=5)
    finally:
        server.shutdown()
        server.server_close()
    assert got.data.startswith(b"Ministers met") and seen == [f"news.example.org:{port}"]
