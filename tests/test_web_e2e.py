"""The web UI in a real browser: Debian's chromium driven by Playwright, against
`newsgraph serve`'s app (with its worker) on a free loopback port over a store of the examples.

One browser and one server for the module. Set NEWSGRAPH_SCREENSHOTS=docs/screenshots to
write a screenshot of every page (the README links them); normal runs write nothing.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

from handmade import storm_record, talks_record
from newsgraph.store import Store
from web_support import XSS_PERSON, XSS_QUOTE, XSS_TITLE, xss_record

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need Playwright for Python (pip install playwright)")

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        # CI installs chromium (.ci/run); a missing browser there is a broken setup, not a skip.
        raise RuntimeError(f"{CHROMIUM} is missing on CI: .ci/run should have installed Debian's chromium")
    pytest.skip(f"{CHROMIUM} is not installed: the browser tests need Debian's chromium "
                "(apt-get install -y chromium); Playwright never downloads a browser here", allow_module_level=True)

# Our own wire-style article for the paste-and-watch test.
PASTED = ("Coastal States Agree on Joint Fisheries Patrols\n"
          "VALLETTA — Maltese Interior Minister Carmelo Vella and his Tunisian counterpart, Leila Ben Salem, "
          "agreed on Thursday to run joint patrols against illegal fishing in the Strait of Sicily.\n"
          "\"Our fishermen have waited years for this,\" Vella told reporters after the signing.\n"
          "Ben Salem said the first patrol would sail next month from Sfax.\n")


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("NEWSGRAPH_SCREENSHOTS")
    if folder:
        path = Path(folder) if Path(folder).is_absolute() else ROOT / folder
        path.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def live(tmp_path_factory, example_records):
    """`newsgraph serve`'s app with its worker, on a free 127.0.0.1 port; stopped after the module."""
    import uvicorn

    from newsgraph.api.app import create_app
    from newsgraph.api.settings import ApiSettings

    url = f"sqlite:///{tmp_path_factory.mktemp('web-e2e') / 'e2e.db'}"
    with Store(url) as store:
        for r in [*example_records.values(), talks_record(), storm_record(), xss_record()]:
            store.add_record(r)
    # Settings as `newsgraph serve` has them by default: the web form open on the loopback address.
    app = create_app(url, api_settings=ApiSettings(write_token=None, read_token=None), with_worker=True)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="web-e2e-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=40)
        sock.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, live):
    """A fresh page; afterwards, no script error, no dialog and no request to another origin."""
    context = browser.new_context(base_url=live, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("request", lambda req: None if req.url.startswith(live) or req.url.startswith("data:")
          else problems.append(f"request to another origin: {req.url}"))
    pg.set_default_timeout(15_000)
    yield pg
    context.close()
    assert not problems, problems


def _record(example_records, name):
    return example_records[name]


def test_open_an_article_select_an_entity_and_land_on_its_actor_page(page, example_records):
    record = _record(example_records, "01-baltic-talks.txt")
    page.goto("/")
    _screenshot(page, "articles")
    page.get_by_role("link", name=record.article.title, exact=True).click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{64}$"))
    assert page.locator("h1").inner_text() == record.article.title
    assert page.locator("#article-text mark.hl").count() >= sum(len(e.mentions) for e in record.entities)
    person = next(e for e in record.entities if e.type == "PERSON" and e.roles)
    marks = page.locator(f'#article-text mark[data-layer="entity"][data-fact="{person.id}"]')
    marks.first.click()
    card = page.locator("#panel-body .fact.primary")
    sync_api.expect(card.locator("h4")).to_contain_text(person.name)
    sync_api.expect(card).to_contain_text(person.roles[0].title)
    # Every mention of the entity lights up, and nothing else does.
    assert page.locator("#article-text mark.selected").count() == marks.count()
    assert page.locator(f'#article-text mark.selected:not([data-fact="{person.id}"])').count() == 0
    _screenshot(page, "article")
    card.locator("a.actor-link").click()
    page.wait_for_url(re.compile(r"/actors/\d+$"))
    assert page.locator("h1").inner_text() == person.name
    sync_api.expect(page.locator("#roles + .table-wrap")).to_contain_text(person.roles[0].title)
    _screenshot(page, "actor")


def test_keyboard_selects_highlights_and_nested_marks_show_every_fact(page, example_records):
    record = _record(example_records, "01-baltic-talks.txt")
    page.goto(f"/articles/{record.article.id}")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('#article-text mark.hl')"):
            break
    else:
        pytest.fail("Tab never reached a highlight")
    fact = page.evaluate("document.activeElement.dataset.fact")
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#panel-body .fact.primary .fact-id")).to_have_text(fact)
    # A mark inside a quote's content: the panel shows the inner fact, then the quote around it.
    nested = page.locator('#article-text mark[data-layer="content"] mark[data-layer="entity"]').first
    inner = nested.get_attribute("data-fact")
    outer = nested.evaluate("el => el.parentElement.closest('mark[data-layer=\"content\"]').dataset.fact")
    nested.click()
    ids = page.locator("#panel-body .fact .fact-id").all_inner_texts()
    assert ids[0] == inner and outer in ids[1:]
    # The legend switches a layer's look off and on again.
    page.locator('.layer-toggle[value="entity"]').uncheck()
    assert "off-entity" in page.locator("#article-text").get_attribute("class")
    page.keyboard.press("Escape")


def test_removed_page_furniture_is_greyed_at_the_end(page, example_records):
    record = next(r for r in example_records.values() if r.article.removed)
    page.goto(f"/articles/{record.article.id}")
    removed = page.locator("section.removed")
    sync_api.expect(removed).to_be_visible()
    assert page.evaluate("""() => {
        const text = document.getElementById('article-text').getBoundingClientRect();
        const cut = document.querySelector('section.removed').getBoundingClientRect();
        return cut.top > text.bottom;
    }""")
    colour = removed.locator(".removed-text").first.evaluate("el => getComputedStyle(el).color")
    r, g, b = (int(x) for x in re.findall(r"\d+", colour)[:3])
    assert r == g == b and r > 100  # grey, lighter than the text


def test_submit_a_pasted_article_and_see_its_record(page):
    page.goto("/submit")
    page.fill("#s-text", PASTED)
    page.fill("#s-published", "2025-10-02")
    _screenshot(page, "submit")
    page.click("#submit-button")
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f]{32}$"))
    _screenshot(page, "job")
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{64}$"), timeout=120_000)
    assert page.locator("h1").inner_text() == PASTED.splitlines()[0]
    assert page.locator('#article-text mark[data-layer="entity"]').count() > 0
    assert page.locator(".fact-entity").count() > 0
    assert "2025-10-02" in page.locator(".article-header").inner_text()


def test_network_view_draws_its_nodes(page):
    page.goto("/network")
    svg = page.locator("svg#network.drawn")
    sync_api.expect(svg).to_have_count(1)
    data = page.evaluate("JSON.parse(document.getElementById('network-data').textContent)")
    nodes = svg.locator(".node")
    assert len(data["nodes"]) > 0 and nodes.count() == len(data["nodes"]) == int(svg.get_attribute("data-drawn"))
    assert svg.locator(".edge").count() == len(data["edges"])
    centres = [(float(c.get_attribute("cx")), float(c.get_attribute("cy"))) for c in svg.locator(".node circle").all()]
    assert all(0 <= x <= 1000 and 0 <= y <= 640 for x, y in centres)
    assert len(set(centres)) == len(centres)  # laid out, not piled up
    labels = svg.locator(".node-label").all_text_contents()
    assert {n["name"][:27] for n in data["nodes"]} <= {label.rstrip("…") for label in labels}
    # The colours are the server's cooperation–conflict scale.
    strokes = {p.get_attribute("stroke") for p in svg.locator(".edge path").all()}
    assert strokes == {e["colour"] for e in data["edges"]}
    _screenshot(page, "network")
    nodes.first.hover()
    assert "focusing" in svg.get_attribute("class")


def test_timeline_draws_planned_events_unlike_happened_ones(page):
    page.goto("/timeline")
    style = """el => { const s = getComputedStyle(el); return [s.fill, s.strokeDasharray]; }"""
    planned = page.locator(".tl-mark.st-planned :is(circle, rect)").first.evaluate(style)
    happened = page.locator(".tl-mark.st-happened :is(circle, rect)").first.evaluate(style)
    assert planned[0] == "rgb(255, 255, 255)" and planned[1] not in ("none", "")
    assert happened[0] != "rgb(255, 255, 255)" and happened[1] in ("none", "")
    _screenshot(page, "timeline")


def test_search_and_lists(page):
    page.goto("/")
    page.fill("#quick-q", "harbour")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    sync_api.expect(page.locator("ol.hits li").first).to_be_visible()
    assert page.locator("ol.hits mark.match").count() > 0
    page.check('input[name="scope"][value="quotes"]')
    page.fill("#f-q", "")
    page.fill("#f-actor", "Marwick")
    page.click(".search-form button[type=submit]")
    sync_api.expect(page.locator("#results-heading")).to_contain_text("Ilse Marwick")
    assert page.locator("ol.quotes li").count() >= 2
    _screenshot(page, "search")
    page.goto("/actors")
    assert page.locator("table.actors tbody tr").count() > 0
    _screenshot(page, "actors")


def test_untrusted_text_is_shown_as_text(page):
    record = xss_record()
    page.goto(f"/articles/{record.article.id}")
    assert page.evaluate("window.__xss") is None
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.locator("img[src='x'], #main svg[onload], #main b").count() == 0
    assert XSS_QUOTE in page.locator("#article-text").inner_text()
    page.locator('#article-text mark[data-layer="entity"]').first.click()
    sync_api.expect(page.locator("#panel-body .fact.primary h4")).to_contain_text(XSS_PERSON)
    page.locator("#panel-body .fact.primary a.actor-link").click()
    page.wait_for_url(re.compile(r"/actors/\d+$"))
    assert page.locator("h1").inner_text() == XSS_PERSON
    for path in ("/network", "/timeline", "/search?q=harbour&scope=quotes", "/actors"):
        page.goto(path)
        assert page.evaluate("window.__xss") is None, path
        assert page.locator("#main img[src='x']").count() == 0, path
    page.goto("/network")
    titles = page.locator("svg#network .node title").all_text_contents()
    assert any(XSS_PERSON in t for t in titles)
    assert page.evaluate("window.__xss") is None


def test_reading_works_without_javascript(browser, live, example_records):
    record = _record(example_records, "01-baltic-talks.txt")
    context = browser.new_context(base_url=live, java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(f"/articles/{record.article.id}")
        assert pg.locator("#article-text mark.hl").count() > 0
        assert not pg.locator("#fact-panel").is_visible()
        assert pg.locator(".fact-entity").count() == len(record.entities)
        assert pg.locator(".fact-event").count() == len(record.events)
        pg.goto("/timeline")
        assert pg.locator(".tl-mark").count() > 0
    finally:
        context.close()
