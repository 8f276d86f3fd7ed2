"""Fetching a URL safely: public addresses only, a size cap, a timeout, at most five redirects.

The address check runs twice: on the URL before each request (for a clear message), and again on the very
address a connection is opened to (`_PublicOnlyBackend`), so a host name that resolves to a public address
when checked and to a private one a moment later (DNS rebinding) is still refused.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from eventwire.errors import FetchError

USER_AGENT = "eventwire/0.1 (news event coder; +https://pypi.org/project/eventwire/)"
MAX_REDIRECTS = 5
# `timeout` bounds each network wait; the whole body must arrive within this many of them (a slow drip stops).
_DOWNLOAD_TIMEOUTS = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a URL answered: the final URL after redirects, its content type and its bytes."""

    url: str
    content_type: str
    data: bytes


def _resolve(host: str) -> list[str]:
    """Every address the host name resolves to (the seam tests replace)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


def _refused(address: str) -> str | None:
    """Why an address may not be fetched by default, or None if it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for test, what in (
        ("is_loopback", "a loopback"), ("is_private", "a private"), ("is_link_local", "a link-local"),
        ("is_reserved", "a reserved"), ("is_multicast", "a multicast"), ("is_unspecified", "an unspecified"),
    ):
        if getattr(ip, test):
            return what
    if not ip.is_global:
        return "a non-public"
    return None


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise FetchError unless the URL is http(s) and (unless allow_private) every address of its host is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, f"unsupported URL scheme {parts.scheme!r}; pass an http:// or https:// URL")
    host = parts.hostname
    if not host:
        raise FetchError(url, "no host name in the URL; check it")
    if allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = _resolve(host)
        except (socket.gaierror, UnicodeError, OSError) as err:
            raise FetchError(url, f"cannot resolve host {host!r} ({err}); check the URL and the network") from err
    for address in addresses:
        why = _refused(address)
        if why:
            raise FetchError(
                url,
                f"refused: {host} is {why} address ({address}); pass --allow-private (allow_private=True) "
                "if you mean to read from your own network",
            )


def _public_transport():
    """An httpx transport whose connections go only to addresses `_refused` accepts, checked as they are opened."""
    import httpcore
    import httpx

    class _PublicOnlyBackend(httpcore.SyncBackend):
        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
            try:
                addresses = [str(ipaddress.ip_address(host))]
            except ValueError:
                try:
                    addresses = _resolve(host)
                except (socket.gaierror, UnicodeError, OSError) as err:
                    raise httpcore.ConnectError(f"cannot resolve host {host!r} ({err})") from err
            for address in addresses:
                why = _refused(address)
                if why:
                    raise httpcore.ConnectError(
                        f"refused: {host} now resolves to {why} address ({address}); pass --allow-private "
                        "(allow_private=True) if you mean to read from your own network")
            # connect to the address just checked; TLS still verifies the certificate against the host name
            return super().connect_tcp(addresses[0], port, timeout, local_address, socket_options)

    transport = httpx.HTTPTransport()
    transport._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                              network_backend=_PublicOnlyBackend())
    return transport


def fetch(url: str, *, allow_private: bool = False, transport=None, max_bytes: int = 50_000_000,
          timeout: float = 20.0) -> Fetched:
    """GET a URL and return its bytes; raise FetchError with what to do when it cannot or may not be read."""
    import httpx

    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
               "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"}
    if transport is None and not allow_private:
        transport = _public_transport()
    with httpx.Client(transport=transport, timeout=timeout, headers=headers, follow_redirects=False) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("Location")
                        if not location:
                            raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}; "
                                              "check the URL, or try again later")
                    declared = response.headers.get("Content-Length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchError(url, f"{int(declared):,} bytes, over the limit of {max_bytes:,}; "
                                              "raise max_bytes to read it")
                    chunks, size = [], 0
                    deadline = time.monotonic() + _DOWNLOAD_TIMEOUTS * timeout
                    for chunk in response.iter_bytes():
                        if time.monotonic() > deadline:
                            raise FetchError(url, f"download took over {_DOWNLOAD_TIMEOUTS * timeout:g} s; try "
                                                  "again later or raise the timeout")
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(url, f"more than {max_bytes:,} bytes; stopped reading. Raise "
                                                  "max_bytes to read it")
                        chunks.append(chunk)
                    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
                    return Fetched(url=str(response.url), content_type=content_type, data=b"".join(chunks))
            except httpx.TimeoutException as err:
                raise FetchError(url, f"timed out after {timeout:g} s ({type(err).__name__}); "
                                      "try again later or raise the timeout") from err
            except httpx.TransportError as err:
                raise FetchError(url, f"cannot connect ({err or type(err).__name__}); check the URL and the "
                                      "network") from err
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects (last to {current}); pass the final URL")
