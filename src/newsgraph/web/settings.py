"""Settings of the web UI, from the environment (``NEWSGRAPH_WEB_*``)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace
from typing import Literal

SubmitMode = Literal["on", "off", "local"]


def _submit_mode() -> SubmitMode:
    raw = (os.environ.get("NEWSGRAPH_WEB_SUBMIT") or "local").strip().lower()
    if raw in ("1", "true", "yes", "on"):
        return "on"
    if raw in ("0", "false", "no", "off"):
        return "off"
    return "local"


@dataclass(frozen=True)
class WebSettings:
    # Who may submit articles through the web form (the form needs no API token):
    #   local (default) — connections that reach the server on a loopback address, i.e. the
    #                     laptop running `newsgraph serve`; a server on a public interface
    #                     takes no anonymous submissions from elsewhere;
    #   on  — everyone who can load the page (behind your own access control);
    #   off — nobody; submit through the API with its token instead.
    # A reverse proxy on the same host makes every request local: set on or off there.
    submit: SubmitMode = field(default_factory=_submit_mode)
    # Rows per page on the lists; the network draws at most this many edges by default.
    page_size: int = 20
    network_edges: int = 150
    # Events the timeline draws at most (the most recent ones).
    timeline_events: int = 600

    def with_(self, **changes) -> "WebSettings":
        return replace(self, **changes)


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
