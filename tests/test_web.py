"""The web UI through its ASGI app: highlight markup, every page, filters and pages, escaping of
untrusted text, the submit form's guards, and a submitted article going through the worker."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from handmade import storm_record, talks_deal_record, talks_record, talks_reprint_record
from newsgraph.api.settings import ApiSettings
from newsgraph.store import Store
from newsgraph.web.highlight import Mark, paragraphs, render_range
from newsgraph.web.settings import WebSettings
from web_support import XSS_ORG, XSS_PERSON, XSS_QUOTE, XSS_REMOVED, XSS_SOURCE, XSS_TITLE, read_marks, xss_record

WEB = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "web"


# -- the highlight builder ---------------------------------------------------------------------

class _Tree(HTMLParser):
    """Text and, per character, the facts of the marks around it; checks tags close in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.chars: list[tuple[str, frozenset]] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs).get("data-fact")))

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop()[0] != tag:
            self.ok = False

    def handle_data(self, data):
        facts = frozenset(f for _, f in self.stack if f)
        self.chars.extend((ch, facts) for ch in data)


def _tree(html: str) -> _Tree:
    t = _Tree()
    t.feed(html)
    t.close()
    assert t.ok and not t.stack, html
    return t


def _covering(marks: list[Mark], i: int) -> frozenset:
    return frozenset(m.fact for m in marks if m.start <= i < m.end)


def test_nested_and_overlapping_spans_become_well_formed_fragments():
    text = "Alpha said: the talks went well, said Beta."
    marks = [
        Mark(12, 31, "content", "A1"),          # the talks went well
        Mark(0, 5, "entity", "E1"),
        Mark(0, 5, "source", "A2"),              # same span as E1: source encloses the mention
        Mark(6, 10, "cue", "A2"),
        Mark(16, 21, "event", "V1"),             # inside the content
        Mark(26, 37, "entity", "E9"),            # overlaps the content's end: "well, said "
    ]
    html = str(render_range(text, marks))
    tree = _tree(html)
    assert "".join(ch for ch, _ in tree.chars) == text
    for i, (_, facts) in enumerate(tree.chars):
        assert facts == _covering(marks, i), (i, text[i])
    # The overlapping mark was split into two fragments carrying the same fact.
    assert html.count('data-fact="E9"') == 2
    # Equal spans nest in a fixed order: the source outside the mention.
    assert html.index('data-fact="A2"') < html.index('data-fact="E1"')


def test_text_and_attributes_are_escaped():
    text = '<script>alert("x")</script> & friends'
    html = str(render_range(text, [Mark(0, 8, "entity", 'E1" onclick="x', label='<b onmouseover="y">')]))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; friends" in html
    assert 'onclick="x' not in html and "<b " not in html
    assert "".join(ch for ch, _ in _tree(html).chars) == text


def test_bad_offsets_are_dropped_and_the_text_kept():
    text = "short text"
    marks = [Mark(5, 3, "entity", "E1"), Mark(8, 50, "entity", "E2"), Mark(40, 45, "event", "V1"), Mark(0, 0, "cue", "A1")]
    tree = _tree(str(render_range(text, marks)))
    assert "".join(ch for ch, _ in tree.chars) == text
    assert [f for _, f in tree.chars][8:] == [frozenset({"E2"})] * 2


def test_paragraphs_split_marks_that_cross_a_line_break():
    text = "Title line\n\n  First paragraph ends\nsecond starts here.\n"
    mark = Mark(text.index("ends"), text.index("second") + 6, "content", "A1")
    paras = paragraphs(text, [mark])
    assert [text[p.start:p.end] for p in paras] == ["Title line", "First paragraph ends", "second starts here."]
    assert 'data-fact="A1"' not in str(paras[0].html)
    assert all('data-fact="A1"' in str(p.html) for p in paras[1:])


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab <>&\"'x\n")), min_size=1, max_size=40),
       spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45), st.sampled_from(["entity", "content", "cue", "event"])),
                      max_size=8))
def test_any_spans_render_well_formed_and_exact(text, spans):
    marks = [Mark(a, b, layer, f"F{i}") for i, (a, b, layer) in enumerate(spans)]
    tree = _tree(str(render_range(text, marks)))
    assert "".join(ch for ch, _ in tree.chars) == text
    for i, (_, facts) in enumerate(tree.chars):
        assert facts == _covering([m for m in marks if m.start < m.end], i)


# -- the pages ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def web_db(tmp_path_factory, example_records):
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    with Store(url) as store:
        for r in [*example_records.values(), talks_record(), storm_record(), xss_record()]:
            store.add_record(r)
    return url


def make_client(url: str, api: ApiSettings | None = None, **web) -> TestClient:
    from newsgraph.api.app import create_app

    app = create_app(url, api_settings=api or ApiSettings(write_token=None, read_token=None))
    app.state.web_settings = WebSettings(**{"submit": "on", **web})
    return TestClient(app)


@pytest.fixture(scope="module")
def client(web_db):
    with make_client(web_db) as c:
        yield c


def _links(html: str, pattern: str) -> list[str]:
    return re.findall(rf'href="({pattern})"', html)


def test_every_page_answers_with_html_and_security_headers(client):
    for path in ("/", "/stories", "/actors", "/network", "/timeline", "/search", "/search?q=harbour", "/submit"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert '<html lang="en">' in r.text and "<main" in r.text


def test_articles_list_pages_and_filters(client, example_records, web_db):
    n = len(example_records) + 3
    first = client.get("/").text
    assert f"of {n}" in first
    with make_client(web_db, page_size=4) as small:
        seen = []
        url = "/"
        while url:
            html = small.get(url).text
            seen += _links(html, r"/articles/[0-9a-f]{64}")
            nxt = re.search(r'<a rel="next" href="([^"]+)"', html)
            url = nxt.group(1).replace("&amp;", "&") if nxt else None
        assert len(seen) == n == len(set(seen))
    june = client.get("/", params={"since": "2025-06-01", "until": "2025-06-30"}).text
    assert talks_record().article.title in june and storm_record().article.title not in june
    bad = client.get("/", params={"since": "yesterday", "offset": "-3"})
    assert bad.status_code == 200 and "since must be a date" in bad.text and "offset must be between" in bad.text


def _paragraph_offsets(text: str) -> list[int]:
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append(pos + line.index(stripped[0]))
        pos += len(line) + 1
    return out


def test_article_marks_sit_on_the_records_offsets(client, example_records):
    for name, record in example_records.items():
        html = client.get(f"/articles/{record.article.id}").text
        reader = read_marks(html)
        assert reader.well_formed, name
        text = record.article.text
        starts = _paragraph_offsets(text)
        assert [text[s:s + len(p)] for s, p in zip(starts, reader.text())] == reader.text(), name
        facts_at: dict[int, frozenset] = {}
        layers_at: dict[int, frozenset] = {}
        for s, para in zip(starts, reader.paragraphs):
            for i, (_, facts, layers) in enumerate(para):
                facts_at[s + i], layers_at[s + i] = facts, layers
        spans = [(m.start, m.end, e.id, "entity") for e in record.entities for m in e.mentions]
        spans += [(v.trigger.start, v.trigger.end, v.id, "event") for v in record.events]
        for a in record.attributions:
            spans += [(x.start, x.end, a.id, layer) for layer, xs in (("source", [a.source]), ("cue", [a.cue]),
                                                                      ("content", a.content)) for x in xs if x]
        for start, end, fact, layer in spans:
            for i in range(start, end):
                if not text[i].isspace() and i in facts_at:
                    assert (fact, layer) in layers_at[i], (name, fact, layer, text[start:end])
        # Every fact has its card, and entities link to their actor pages.
        for e in record.entities:
            assert f'id="fact-{e.id}"' in html
        assert len(_links(html, r"/actors/\d+")) >= len({e.id for e in record.entities})


def test_removed_furniture_is_shown_greyed_at_the_end(client, example_records):
    record = next(r for r in example_records.values() if r.article.removed)
    html = client.get(f"/articles/{record.article.id}").text
    section = html[html.index('class="removed"'):]
    assert html.index('id="article-text"') < html.index('class="removed"')
    for cut in record.article.removed:
        assert cut.kind in section
        if cut.text:
            first_line = cut.text.strip().splitlines()[0].strip()
            assert first_line.replace("&", "&amp;").replace('"', "&#34;").replace("'", "&#39;") in section


def test_article_ids_prefixes_and_missing_articles(client):
    record = talks_record()
    assert client.get(f"/articles/{record.article.id[:10]}").status_code == 200
    for bad in ("nothex!", "abc", "f" * 64):
        r = client.get(f"/articles/{bad}")
        assert r.status_code == 404 and "No such article" in r.text and r.headers["content-type"].startswith("text/html")
    assert client.get("/actors/0").status_code == 404
    assert client.get("/actors/99999999").status_code == 404
    assert client.get("/actors/x").status_code == 404
    assert client.get("/actors/\u00b2").status_code == 404  # "²".isdigit(), and int() refuses it: was a 500
    assert client.get("/jobs/" + "0" * 32).status_code == 404


def _actor_id(client, name: str) -> int:
    html = client.get("/actors", params={"name": name}).text
    found = re.findall(r'<a href="/actors/(\d+)">([^<]+)</a>', html)
    return next(int(i) for i, n in found if unescape(n) == name)


def test_actor_page_roles_over_time_quotes_events_and_counterparts(client):
    marwick = _actor_id(client, "Ilse Marwick")
    html = client.get(f"/actors/{marwick}").text
    assert '<h1 id="actor-name">Ilse Marwick</h1>' in html
    roles = html[html.index('id="roles"'):html.index('id="said"')]
    # Seen as relief coordinator in January, as Foreign Minister in June: earliest first.
    assert roles.index("relief coordinator") < roles.index("Foreign Minister")
    assert "2025-01-14" in roles and "2025-06-02" in roles
    said = html[html.index('id="said"'):html.index('id="events"')]
    assert "We are closer to an agreement" in said and "The roads are impassable" in said
    assert said.index("We are closer") < said.index("The roads are impassable")  # newest first
    events = html[html.index('id="events"'):html.index('id="dealt"')]
    assert "CONSULT" in events and "<svg" in events
    dealt = html[html.index('id="dealt"'):]
    assert "Teo Brandl" in dealt and "Ilse Marwick → them" in dealt


def test_actor_page_lists_page_through_quotes(web_db, client):
    marwick = _actor_id(client, "Ilse Marwick")
    html = client.get(f"/actors/{marwick}", params={"quotes": 1}).text
    said = html[html.index('id="said"'):html.index('id="events"')]
    assert "We are closer" not in said and "The roads are impassable" in said
    assert 'rel="prev"' in said


def test_network_page_carries_the_graph_for_the_drawing(client):
    html = client.get("/network").text
    raw = re.search(r'<script type="application/json" id="network-data">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    consult = [e for e in data["edges"] if names[e["source"]] == "Ilse Marwick" and names[e["target"]] == "Teo Brandl"]
    assert consult and consult[0]["type"] == "CONSULT" and consult[0]["colour"].startswith("#")
    assert all(n["href"] == f"/actors/{n['id']}" for n in data["nodes"])
    assert f'data-nodes="{len(data["nodes"])}"' in html
    # Planned events are not in the default network; asking for them brings them in.
    planned = client.get("/network", params=[("status", "planned")]).text
    assert "AGREE" in planned and "agrees with" in planned
    only_assault = client.get("/network", params=[("type", "ASSAULT")]).text
    assert "Teo Brandl" not in only_assault


def test_timeline_draws_planned_events_unlike_happened_ones(client):
    html = client.get("/timeline").text
    svg = html[html.index('<svg class="timeline-svg"'):html.index("</svg>", html.index('<svg class="timeline-svg"'))]
    planned = re.findall(r'<a class="tl-mark st-planned[^"]*"[^>]*>.*?<(?:circle|rect) ([^>]*)/>', svg, re.S)
    happened = re.findall(r'<a class="tl-mark st-happened[^"]*"[^>]*>.*?<(?:circle|rect) ([^>]*)/>', svg, re.S)
    assert planned and happened
    assert all('fill="#ffffff"' in attrs for attrs in planned)
    assert all('fill="#ffffff"' not in attrs for attrs in happened)
    aid = client.get("/timeline", params={"type": "AID", "status": "planned"}).text
    assert "escort" in aid and "Vesterian coast guard" in aid


def test_search_over_articles_quotes_actors_and_events_with_filters(client, example_records):
    r = client.get("/search", params={"q": "harbour commission"}).text
    assert talks_record().article.title in r and '<mark class="match">' in r
    r = client.get("/search", params={"q": "harbour commission", "since": "2025-07-01"}).text
    assert talks_record().article.title not in r
    r = client.get("/search", params={"q": "impassable", "scope": "quotes"}).text
    assert "The roads are" in r and "Ilse Marwick" in r
    r = client.get("/search", params={"q": "marwick", "scope": "actors"}).text
    assert "/actors/" in r and "Ilse Marwick" in r
    r = client.get("/search", params={"scope": "events", "type": "AID", "status": "planned"}).text
    stored = [*example_records.values(), talks_record(), storm_record(), xss_record()]
    planned_aid = sum(1 for rec in stored for v in rec.events if (v.type, v.status) == ("AID", "planned"))
    assert "escort" in r and f"{planned_aid} events" in r
    r = client.get("/search", params={"scope": "quotes", "actor_name": "Marwick"}).text
    assert "We are closer" in r and "The roads are" in r and "Teo Brandl</a>" not in r.split('id="results-heading"')[1]
    # Words and an actor together: the matches that are the actor's.
    r = client.get("/search", params={"q": "agreement", "scope": "quotes", "actor_name": "Marwick"}).text
    assert "closer to an" in r and "The roads are" not in r and "1 quotes" in r
    r = client.get("/search", params={"q": "agreement", "scope": "quotes", "actor_name": "Brandl"}).text
    assert "Nothing found" in r
    r = client.get("/search", params={"q": "harbour", "actor_name": "Brandl"}).text
    hits = re.findall(r'class="hit-title" href="/articles/([0-9a-f]{64})"', r)
    assert hits == [talks_record().article.id]
    assert len(re.findall(r'class="hit-title"', client.get("/search", params={"q": "harbour"}).text)) > 1
    r = client.get("/search", params={"scope": "events", "actor_name": "Brandl", "type": "CONSULT"}).text
    assert "“met”" in r
    r = client.get("/search", params={"q": "***"})
    assert r.status_code == 400 and "no words" in r.text
    r = client.get("/search", params={"scope": "nowhere", "type": "<x>"})
    assert r.status_code == 200 and "scope must be one of" in r.text and "&lt;x&gt;" not in r.text.split("scope must")[0]


# -- stories -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def story_db(tmp_path_factory):
    """Articles placed in their stories as ingest places them: the talks, a reprint of it by
    another site (a near-duplicate), a follow-up two days later, the storm, and the hostile
    record. Yields the URL and each article's story id by ref."""
    from newsgraph.scale.writer import index_story

    url = f"sqlite:///{tmp_path_factory.mktemp('stories') / 'stories.db'}"
    story_of = {}
    with Store(url) as store:
        for record in (talks_record(), talks_reprint_record(), talks_deal_record(), storm_record(), xss_record()):
            store.add_record(record)
            story_of[record.ref] = index_story(store, record).story_id
    assert story_of["handmade/talks"] == story_of["handmade/talks-reprint"] == story_of["handmade/talks-deal"]
    return url, story_of


@pytest.fixture(scope="module")
def story_client(story_db):
    with make_client(story_db[0]) as c:
        yield c


def _row_of(html: str, href: str) -> list[str]:
    """The text of each cell of the table row that links to ``href``."""
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", html, re.S) if f'href="{href}"' in r)
    return [unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def test_stories_are_in_the_site_navigation(story_client):
    home = story_client.get("/").text
    assert '<li><a href="/stories">Stories</a></li>' in home
    page = story_client.get("/stories").text
    assert '<li><a href="/stories" aria-current="page">Stories</a></li>' in page
    assert "<h1>Stories</h1>" in page


def test_stories_list_counts_pages_and_filter(story_db, story_client):
    url, story_of = story_db
    talks, storm = story_of["handmade/talks"], story_of["handmade/storm"]
    html = story_client.get("/stories").text
    # Most recently active first: the hostile record (July), the talks (June), the storm (January).
    xss = story_of["handmade/<script>ref</script>"]
    assert _links(html, r"/stories/\d+") == [f"/stories/{xss}", f"/stories/{talks}", f"/stories/{storm}"]
    # Title, dates, distinct articles, copies, sources, events.
    assert _row_of(html, f"/stories/{talks}") == [talks_record().article.title, "2025-06-02 – 2025-06-04", "2", "1",
                                                  "2", "3"]
    assert _row_of(html, f"/stories/{storm}") == [storm_record().article.title, "2025-01-14", "1", "0", "1", "1"]
    assert "1–3 of 3" in html
    several = story_client.get("/stories", params={"min_articles": 2}).text
    assert _links(several, r"/stories/\d+") == [f"/stories/{talks}"] and "1–1 of 1" in several
    assert 'value="2"' in several
    none = story_client.get("/stories", params={"min_articles": 9}).text
    assert "No stories match these filters" in none and not _links(none, r"/stories/\d+")
    bad = story_client.get("/stories", params={"min_articles": "many", "offset": "-1"})
    assert bad.status_code == 200 and "min_articles must be a whole number" in bad.text
    assert "offset must be between" in bad.text and len(_links(bad.text, r"/stories/\d+")) == 3
    with make_client(url, page_size=1) as small:
        seen, page_url = [], "/stories"
        while page_url:
            page = small.get(page_url).text
            seen += _links(page, r"/stories/\d+")
            nxt = re.search(r'<a rel="next" href="([^"]+)"', page)
            page_url = nxt.group(1).replace("&amp;", "&") if nxt else None
        assert seen == _links(html, r"/stories/\d+")


def test_an_empty_store_says_how_stories_are_made(client):
    html = client.get("/stories").text  # the module's store: articles stored, none placed
    assert "No stories yet" in html and "newsgraph ingest" in html and "<table" not in html


def test_story_page_lists_its_articles_in_time_order_and_its_events(story_db, story_client):
    _, story_of = story_db
    talks, reprint, deal = talks_record(), talks_reprint_record(), talks_deal_record()
    r = story_client.get(f"/stories/{story_of['handmade/talks']}")
    assert r.status_code == 200 and "default-src 'self'" in r.headers["content-security-policy"]
    html = r.text
    assert f'<h1 id="story-title">{talks.article.title}</h1>' in html
    assert "2 articles and 1 copy" in html and "2 sources" in html and "3 events" in html
    articles = html[html.index('id="articles"'):html.index('id="events"')]
    # The talks article first (its reprint folded into it), the follow-up two days later.
    assert _links(articles, r"/articles/[0-9a-f]{64}") == [f"/articles/{talks.article.id}", f"/articles/{deal.article.id}"]
    assert f"/articles/{reprint.article.id}" not in articles
    assert _row_of(articles, f"/articles/{talks.article.id}") == ["2025-06-02", talks.article.title,
                                                                  "Harbor City Wire, Coastal Herald", "2"]
    assert _row_of(articles, f"/articles/{deal.article.id}") == ["2025-06-04", deal.article.title, "Harbor City Wire", "1"]
    for link in _links(articles, r"/articles/[0-9a-f]{64}"):
        assert story_client.get(link).status_code == 200
    events = html[html.index('id="events"'):]
    rows = {cells[1]: cells for cells in (
        [unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", events, re.S)) if cells}
    assert set(rows) == {"CONSULT", "PROTEST", "AGREE"}
    assert rows["CONSULT"] == ["(2025-06-02)", "CONSULT", "happened", "Ilse Marwick", "Teo Brandl", "2", "2", "2",
                               talks.article.title]
    assert rows["AGREE"][3:] == ["Ilse Marwick", "Teo Brandl", "1", "1", "1", deal.article.title]
    assert f'href="/articles/{talks.article.id}#fact-V1"' in events
    assert f'href="/articles/{deal.article.id}#fact-V1"' in events
    assert f'href="/api/stories/{story_of["handmade/talks"]}"' in html


def test_unknown_stories_are_not_found(story_client):
    for bad in ("999999", "0", "x", "²", str(2**31)):
        r = story_client.get(f"/stories/{bad}")
        assert r.status_code == 404 and "No such story" in r.text, bad
        assert r.headers["content-type"].startswith("text/html")


def test_story_pages_escape_untrusted_text(story_db, story_client):
    _, story_of = story_db
    xss_story = story_of["handmade/<script>ref</script>"]
    for path in ("/stories", f"/stories/{xss_story}"):
        html = story_client.get(path).text
        _no_raw_markup(html)
        assert "&lt;script&gt;window.__xss=&#34;title&#34;&lt;/script&gt; Envoys &lt;b&gt;meet&lt;/b&gt;" in html
    page = story_client.get(f"/stories/{xss_story}").text
    assert "&lt;script&gt;window.__xss=&#39;source&#39;&lt;/script&gt;" in page  # the source
    assert "&lt;img src=x onerror=" in page and "&lt;svg onload=" in page  # who met whom


def test_web_routes_stay_out_of_the_openapi_document(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert all(p.startswith("/api/") for p in paths)


# -- untrusted text ----------------------------------------------------------------------------

HOSTILE = (XSS_TITLE, XSS_PERSON, XSS_ORG, XSS_QUOTE, XSS_SOURCE, XSS_REMOVED)


def _no_raw_markup(html: str) -> None:
    for hostile in HOSTILE:
        assert hostile not in html
    for fragment in ("<script>window", "<img src=x", "<svg onload", "<b>meet</b>", "<a href=javascript", "href=\"javascript"):
        assert fragment not in html, fragment


def test_untrusted_strings_are_escaped_on_every_page(client):
    record = xss_record()
    article = client.get(f"/articles/{record.article.id}").text
    _no_raw_markup(article)
    assert "&lt;script&gt;window.__xss=&#34;title&#34;&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=" in article and "&lt;svg onload=" in article
    assert "javascript:window.__xss=&#39;url&#39;" in article  # shown as text, never as a link
    reader = read_marks(article)
    assert reader.well_formed and reader.text()[0] == XSS_TITLE
    person = _actor_id(client, XSS_PERSON)
    for path in (f"/actors/{person}", "/actors", "/network", "/timeline", "/search?q=harbour&scope=quotes",
                 "/search?q=envoys", "/search?scope=events&type=CONSULT", "/"):
        _no_raw_markup(client.get(path).text)
    data = client.get("/network").text
    assert "\\u003cimg src=x" in data  # inside the JSON data block, < is escaped too


# -- submitting --------------------------------------------------------------------------------

ARTICLE = ("Harbour Board Approves New Ferry Route\n"
           "PORT AVEN — The harbour board of Norland approved a new ferry route to Vesteria on Tuesday, "
           "board chairman Olli Varga said.\n"
           "\"The route will carry freight from next month,\" Varga told reporters.\n")


def _form(client) -> str:
    r = client.get("/submit")
    return re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)


def test_submit_form_enqueues_a_job_and_the_worker_stores_the_record(web_db, pipeline):
    from newsgraph.api.worker import Worker

    with make_client(web_db) as c:
        token = _form(c)
        r = c.post("/submit", data={"csrf": token, "text": ARTICLE, "published": "2025-09-02", "source": "Test Wire"},
                   follow_redirects=False)
        assert r.status_code == 303
        job_url = r.headers["location"]
        job_id = job_url.rsplit("/", 1)[1]
        page = c.get(job_url).text
        assert "queued" in page and 'http-equiv="refresh"' in page
        assert c.get(f"{job_url}/status").json()["status"] == "queued"
        store = c.app.state.store
        job = store.jobs.get(job_id)
        assert job.kind == "text" and job.payload["text"] == ARTICLE and job.payload["source"] == "Test Wire"
        assert Worker(store, pipeline=pipeline).run_once() >= 1
        state = c.get(f"{job_url}/status").json()
        assert state["status"] == "done" and state["article_url"] == f"/articles/{state['article_id']}"
        article = c.get(state["article_url"]).text
        assert "Harbour Board Approves New Ferry Route" in article and 'data-layer="entity"' in article
        assert "Test Wire" in article and "2025-09-02" in article


def test_submit_upload_of_an_html_file(web_db):
    with make_client(web_db) as c:
        token = _form(c)
        page = b"<html><head><title>Ferry</title></head><body><article><p>Board approves route.</p></article></body></html>"
        r = c.post("/submit", data={"csrf": token}, files={"file": ("page.html", page, "text/html")}, follow_redirects=False)
        assert r.status_code == 303
        job = c.app.state.store.jobs.get(r.headers["location"].rsplit("/", 1)[1])
        assert job.kind == "html" and "Board approves route." in job.payload["html"] and job.ref == "web:page.html"


def test_submit_refuses_forged_cross_site_and_empty_posts(web_db):
    with make_client(web_db) as c:
        before = c.app.state.store.jobs.counts()["queued"]
        token = _form(c)
        assert c.post("/submit", data={"text": ARTICLE}).status_code == 403  # no token
        assert c.post("/submit", data={"text": ARTICLE, "csrf": "x" * 43}).status_code == 403  # wrong token
        r = c.post("/submit", data={"text": ARTICLE, "csrf": token}, headers={"Origin": "https://evil.example"})
        assert r.status_code == 403 and "not sent from this site" in r.text
        r = c.post("/submit", data={"text": "   ", "csrf": token})
        assert r.status_code == 422 and "Paste the article" in r.text
        r = c.post("/submit", data={"text": ARTICLE, "csrf": token, "published": "2025-02-30"})
        assert r.status_code == 422 and "published" in r.text and ARTICLE.split("\n")[0] in r.text
        r = c.post("/submit", data={"csrf": token}, files={"file": ("x.bin", b"\x00\x01\x02" * 100, "application/octet-stream")})
        assert r.status_code == 422 and "binary" in r.text
        assert c.app.state.store.jobs.counts()["queued"] == before


def test_submit_can_be_closed_and_is_local_only_by_default(web_db):
    with make_client(web_db, submit="off") as c:
        assert "NEWSGRAPH_WEB_SUBMIT=off" in c.get("/submit").text
        assert c.post("/submit", data={"text": ARTICLE}).status_code == 403
    # TestClient's connections do not arrive on a loopback address: "local" closes the form.
    with make_client(web_db, submit="local") as c:
        assert 'name="csrf"' not in c.get("/submit").text
        assert c.post("/submit", data={"text": ARTICLE}).status_code == 403


def test_a_failed_job_shows_its_error_as_text(web_db):
    with make_client(web_db) as c:
        jobs = c.app.state.store.jobs
        job = jobs.submit("text", {"text": "x"})
        jobs.claim("test-worker")
        jobs.fail(job.id, "input", "<b>bad</b> input")
        page = c.get(f"/jobs/{job.id}").text
        assert "failed" in page and "input: &lt;b&gt;bad&lt;/b&gt; input" in page and "<b>bad" not in page
        assert 'http-equiv="refresh"' not in page
        assert c.get(f"/jobs/{job.id}/status").json()["error"] == {"kind": "input", "message": "<b>bad</b> input"}


def test_closed_reads_close_the_pages_but_not_the_assets(web_db):
    with make_client(web_db, api=ApiSettings(write_token="w", read_token="r")) as c:
        r = c.get("/")
        assert r.status_code == 403 and "NEWSGRAPH_API_READ_TOKEN" in r.text
        assert c.get("/actors/1").status_code == 403
        assert c.get("/static/style.css").status_code == 200


# -- assets ------------------------------------------------------------------------------------

def test_assets_are_bundled_and_nothing_comes_from_elsewhere(client):
    for name in ("style.css", "article.js", "network.js", "job.js", "icon.svg"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and r.content, name
    assert client.get("/static/../routes.py").status_code == 404
    assert client.get("/static/nothing.js").status_code == 404
    remote = re.compile(r"""(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?//""", re.I)
    for path in [*WEB.glob("templates/*.html"), *WEB.glob("static/*")]:
        body = path.read_text(encoding="utf-8")
        assert not remote.search(body), path
        assert "|safe" not in body.replace(" ", ""), path
        assert "innerHTML" not in body, path


def test_serve_runs_a_worker_by_default():
    import inspect

    from newsgraph.api.cli import serve

    assert inspect.signature(serve).parameters["with_worker"].default is True
