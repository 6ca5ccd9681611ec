"""Fetching articles by URL, safely: timeouts, a size limit, bounded redirects, robots.txt,
and a guard against private, loopback and link-local addresses.

The guard works on resolved IP addresses, not host names: every host is resolved, every
address it resolves to must be public, and the connection then goes to one of exactly those
vetted addresses (a resolver answering differently the second time cannot slip a private
address in between check and connect). Redirects are followed by hand so that every hop is
checked the same way, and robots.txt is read for every origin a hop lands on.

``fetch_url_document`` is the interface the API's job worker and ``newsgraph ingest https://…``
use; ``Fetcher`` keeps a connection policy and a robots.txt cache for many fetches (feeds).
"""

from __future__ import annotations

import codecs
import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

import httpx

from newsgraph import __version__
from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.document import InputDocument

USER_AGENT = f"newsgraph/{__version__} (+news article extraction; respects robots.txt)"
ROBOTS_AGENT = "newsgraph"

# host, port -> IP address strings. The default asks the system resolver; tests inject one.
Resolver = Callable[[str, int], list[str]]

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}


class FetchError(InputError):
    """A URL could not be fetched; ``kind`` says why (blocked-address, robots, too-large, …)."""

    kind = "fetch"


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}", kind="dns") from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


def blocked_reason(ip: str) -> str | None:
    """Why ``ip`` must not be fetched from by default, or None for a public address."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return "not an IP address"
    if isinstance(addr, ipaddress.IPv6Address):
        # ::ffff:10.0.0.1 and 2002:0a00:0001:: reach IPv4 hosts: judge the IPv4 address.
        embedded = addr.ipv4_mapped or addr.sixtofour
        if embedded is not None:
            return blocked_reason(str(embedded))
    if addr.is_loopback:
        return "loopback"
    if addr.is_link_local:
        return "link-local"
    if addr.is_multicast:
        return "multicast"
    if addr.is_unspecified:
        return "unspecified"
    if addr.is_private or not addr.is_global:
        # RFC 1918, unique-local fc00::/7, carrier-grade NAT, documentation and reserved ranges.
        return "private"
    return None


def vetted_addresses(host: str, port: int, *, allow_private: bool, resolver: Resolver) -> list[str]:
    """The addresses ``host`` resolves to, all of them allowed, or FetchError.

    Every address must pass: a name with one public and one private address is refused,
    since the connection could go to either."""
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        addresses = [host]  # an IP literal: nothing to resolve
    except ValueError:
        addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"host {host!r} has no addresses", kind="dns")
    if not allow_private:
        for ip in addresses:
            reason = blocked_reason(ip)
            if reason is not None:
                raise FetchError(
                    f"refusing to fetch from {host} ({ip} is a {reason} address; allow private addresses to override)",
                    kind="blocked-address",
                )
    return addresses


class _GuardedBackend:
    """httpcore network backend that connects only to vetted addresses."""

    def __init__(self, allow_private: bool, resolver: Resolver):
        import httpcore

        self._inner = httpcore.SyncBackend()
        self.allow_private = allow_private
        self.resolver = resolver

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        import httpcore

        try:
            addresses = vetted_addresses(host, port, allow_private=self.allow_private, resolver=self.resolver)
        except FetchError as exc:
            # httpcore errors travel up through httpx; the message keeps our reason.
            raise httpcore.ConnectError(f"newsgraph-guard: {exc.kind}: {exc.message}") from exc
        last: Exception | None = None
        for ip in addresses:
            try:
                return self._inner.connect_tcp(ip, port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, *args, **kwargs):  # pragma: no cover - never configured
        raise RuntimeError("unix sockets are not used for fetching")

    def sleep(self, seconds: float) -> None:  # pragma: no cover - retries are off
        time.sleep(seconds)


def guarded_transport(allow_private: bool, resolver: Resolver) -> httpx.HTTPTransport:
    """An httpx transport whose every connection goes through the address guard.

    httpx has no public hook for the network backend, so the transport's connection pool is
    rebuilt with ours. No keep-alive: a pooled connection is keyed by IP and port, and reusing
    one made for another host name would skip that host's TLS name check."""
    import httpcore

    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # noqa: SLF001 - see docstring
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=10, max_keepalive_connections=0,
        network_backend=_GuardedBackend(allow_private, resolver),
    )
    return transport


@dataclass
class FetchResult:
    url: str  # final URL, after redirects
    status: int
    headers: httpx.Headers
    content: bytes
    redirects: list[str] = field(default_factory=list)

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        raw = self.headers.get("content-type")
        if not raw:
            return None
        msg = Message()
        msg["content-type"] = raw
        charset = msg.get_param("charset")
        return str(charset).strip().lower() if charset else None

    def text(self) -> tuple[str, str | None]:
        """Decoded body and a warning, if any. A declared charset wins when Python knows it."""
        charset = self.charset
        if charset:
            try:
                codecs.lookup(charset)
            except LookupError:
                charset = None
        if charset:
            if not self.content.strip():
                raise FetchError("the page is empty", kind="empty")
            return self.content.decode(charset, errors="replace"), None
        return decode_bytes(self.content)


@dataclass
class FetchPolicy:
    allow_private: bool = False
    timeout: float = 10.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    respect_robots: bool = True
    user_agent: str = USER_AGENT


class Fetcher:
    """Fetches URLs under one policy, caching robots.txt per origin. Not thread-safe."""

    def __init__(self, policy: FetchPolicy | None = None, *, resolver: Resolver | None = None,
                 transport: httpx.BaseTransport | None = None):
        self.policy = policy or FetchPolicy()
        self.resolver = resolver or system_resolver
        transport = transport or guarded_transport(self.policy.allow_private, self.resolver)
        self.client = httpx.Client(
            transport=transport, follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(self.policy.timeout), headers={"User-Agent": self.policy.user_agent},
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- requests --------------------------------------------------------------------------
    def get(self, url: str, headers: dict[str, str] | None = None, *, check_robots: bool = True,
            accept_status: Iterable[int] = (200,)) -> FetchResult:
        """GET ``url``, following redirects by hand, checking every hop. Raises FetchError."""
        accept = set(accept_status)
        redirects: list[str] = []
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            self._check_url(current)
            if check_robots and self.policy.respect_robots and not self.allowed_by_robots(current):
                raise FetchError(f"robots.txt of {_origin(current)} disallows {current}", kind="robots")
            status, resp_headers, content = self._send(current, headers)
            if status in (301, 302, 303, 307, 308) and "location" in resp_headers:
                redirects.append(current)
                current = urljoin(current, resp_headers["location"])
                continue
            if status not in accept:
                raise FetchError(f"{current} answered HTTP {status}", kind="http-status")
            return FetchResult(current, status, resp_headers, content, redirects)
        raise FetchError(f"more than {self.policy.max_redirects} redirects from {url}", kind="redirects")

    def _check_url(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise FetchError(f"not a valid URL: {url!r}", kind="bad-url") from exc
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"only http and https URLs can be fetched, not {url!r}", kind="bad-url")
        if parts.username or parts.password:
            raise FetchError("URLs with credentials are not fetched", kind="bad-url")
        # Checked here for a clear early error; the transport checks again at connect time.
        vetted_addresses(parts.hostname, port or (443 if parts.scheme == "https" else 80),
                         allow_private=self.policy.allow_private, resolver=self.resolver)

    def _send(self, url: str, headers: dict[str, str] | None) -> tuple[int, httpx.Headers, bytes]:
        limit = self.policy.max_bytes
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"{url} is {int(declared):,} bytes, over the {limit:,}-byte limit", kind="too-large")
                chunks: list[bytes] = []
                size = 0
                deadline = time.monotonic() + self.policy.timeout * 3
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"{url} is over the {limit:,}-byte limit", kind="too-large")
                    if time.monotonic() > deadline:  # a server trickling bytes forever
                        raise FetchError(f"{url} took too long to download", kind="timeout")
                    chunks.append(chunk)
                return resp.status_code, resp.headers, b"".join(chunks)
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url} timed out after {self.policy.timeout:g} s", kind="timeout") from exc
        except httpx.HTTPError as exc:
            message = str(exc)
            if "newsgraph-guard:" in message:
                kind, _, text = message.split("newsgraph-guard:", 1)[1].strip().partition(": ")
                raise FetchError(text, kind=kind) from exc
            raise FetchError(f"cannot fetch {url}: {type(exc).__name__}: {message or 'connection failed'}",
                             kind="connection") from exc

    # -- robots.txt ------------------------------------------------------------------------
    def allowed_by_robots(self, url: str) -> bool:
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        parser = self._robots[origin]
        return True if parser is None else parser.can_fetch(ROBOTS_AGENT, url)

    def crawl_delay(self, url: str) -> float | None:
        parser = self._robots.get(_origin(url))
        delay = parser.crawl_delay(ROBOTS_AGENT) if parser is not None else None
        return float(delay) if delay is not None else None

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx,
        network failure) disallows everything for now."""
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            result = self.get(origin + "/robots.txt", check_robots=False,
                              accept_status=[200, *range(400, 500)])
        except FetchError as exc:
            if exc.kind == "blocked-address":
                raise
            parser.disallow_all = True
            return parser
        if result.status != 200:
            return None
        text = result.content[:500_000].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        return parser

    # -- documents -------------------------------------------------------------------------
    def fetch_document(self, url: str) -> InputDocument:
        """The page at ``url`` as an input document; failures become an error document."""
        try:
            result = self.get(url)
            return document_from_result(url, result)
        except FetchError as exc:
            return InputDocument.failed(url, exc)


def document_from_result(ref: str, result: FetchResult) -> InputDocument:
    media = result.media_type
    if media and media not in HTML_TYPES | TEXT_TYPES:
        raise FetchError(f"{result.url} is {media}, not an HTML or text page", kind="unsupported-content")
    try:
        text, warning = result.text()
    except InputError as exc:
        raise FetchError(exc.message, kind=exc.kind) from exc
    warnings = (warning,) if warning else ()
    if media in TEXT_TYPES:
        return InputDocument(ref=ref, text=text, url=result.url, warnings=warnings)
    return InputDocument(ref=ref, html=text, url=result.url, warnings=warnings)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"


def is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


def fetch_url_document(url: str, *, allow_private: bool = False, timeout: float = 10.0,
                       max_bytes: int = 5_000_000) -> InputDocument:
    """The page at ``url`` as an HTML (or text) input document; failures become an error
    document carrying a FetchError (kinds: bad-url, dns, blocked-address, robots, redirects,
    http-status, timeout, too-large, unsupported-content, connection)."""
    policy = FetchPolicy(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    with Fetcher(policy) as fetcher:
        return fetcher.fetch_document(url)
