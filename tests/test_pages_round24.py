"""Page furniture found in review of eight news-portal pages of our own (round 24): an
"Also Read" teaser inside a story, publication lines in several shapes and languages, section
labels and badges above the headline, captions closed by their credit, live-blog timestamps,
cookie banners, newsletter boxes, topic lists, corrections and authors' bios, site chrome in
French around an English story, HTML pages, and web datelines closed by a colon. Every page
and sentence here is our own writing."""

from __future__ import annotations

import pytest

from newsgraph.ingest.article import prepare_article
from newsgraph.ingest.clean import clean_trailing, furniture_lines
from newsgraph.ingest.document import InputDocument

STORY = (
    "Ministers Agree on Fishing Quotas After Night of Talks\n"
    "Norwegian and Icelandic fisheries ministers agreed on Tuesday to cut cod quotas by a fifth next year, "
    "ending talks that ran through the night in Tromsø, the chair of the meeting, Ingrid Halvorsen, said.\n"
    "The cut is smaller than scientists had urged, and two coastal states voted against it, saying it "
    "would cost thousands of jobs in small harbours along the northern coast.\n"
)
REST = (
    "\"We chose a path that keeps boats at sea and fish in the water,\" Halvorsen told reporters after "
    "the vote.\n"
    "Environmental groups said the quotas would still leave the stock below safe levels for years, and "
    "promised to challenge them before the regional fisheries court.\n"
)


def kept(text: str) -> str:
    return text[: clean_trailing(text).end]


def furniture(text: str, **kw) -> dict[str, str]:
    """Furniture line text -> kind."""
    return {line: kind for _s, _e, kind, line in furniture_lines(text, **kw)}


def prepare(text: str, published: str | None = "2026-11-20"):
    return prepare_article(InputDocument(ref="page", text=text), published=published).article


# --- an "Also Read" teaser inside the story -------------------------------------------------


@pytest.mark.parametrize("marker", ["Also Read", "Also Read:", "READ ALSO:", "RELATED NEWS", "À lire aussi"])
def test_a_teaser_marker_inside_the_story_does_not_cut_the_rest(marker):
    teaser = "Coastal Towns Brace for Harder Winter"
    page = STORY + marker + "\n" + teaser + "\n" + REST + "Related stories\n- Oil Prices Climb\n- Port Strike Ends\n"
    assert kept(page) == (STORY + marker + "\n" + teaser + "\n" + REST).rstrip()
    found = furniture(kept(page))
    assert found.get(marker) == "read-more" and found.get(teaser) == "read-more"
    assert not [line for line in found if line in STORY or line in REST]


def test_a_teaser_marker_followed_by_teaser_paragraphs_still_ends_the_story():
    page = STORY + "Also read\nCoastal Towns Brace for Harder Winter\nFishing towns fear the worst as quotas shrink again.\n"
    assert kept(page) == STORY.rstrip()


# --- the publication date found in the page ---------------------------------------------------


@pytest.mark.parametrize("line, iso", [
    ("Updated 14 Oct 2026, 18:42 EAT | Published 13 Oct 2026, 09:15 EAT", "2026-10-13"),
    ("Last updated: 3 May 2026 23:10 PET", "2026-05-03"),
    ("Publié le 18/09/2026 à 11h20 - Mis à jour le 19/09/2026 à 15h45", "2026-09-18"),
    ("Published : 12 Feb 2026, 10:30 AM", "2026-02-12"),
    ("11 March 2026 · Updated 12 March 2026 09:05", "2026-03-11"),
])
def test_the_publication_line_gives_the_page_date_and_is_not_parsed(line, iso):
    _check_publication_line(line, iso)


@pytest.mark.parametrize("line, iso", [
    ("Veröffentlicht am 12.03.2026, 14:05 Uhr", "2026-03-12"),
    ("Publicado el 12 de marzo de 2026 a las 10:30", "2026-03-12"),
    ("Atualizado em 14 de março de 2026, 10h30", "2026-03-14"),
    ("Pubblicato il 12/03/2026 alle 10:30", "2026-03-12"),
])
def test_a_publication_line_in_the_sites_language_gives_the_page_date(line, iso):
    _check_publication_line(line, iso)


def _check_publication_line(line, iso):
    title, body = STORY.split("\n", 1)
    page = title + "\nBy Lena Ostrova\n" + line + "\n" + body
    art = prepare(page)
    assert art.published == iso
    assert furniture(art.text).get(line) == "published"


def test_a_date_line_below_a_cookie_banner_and_other_head_lines_is_found():
    title, body = STORY.split("\n", 1)
    page = (
        "We value your privacy\n"
        "We and our partners use cookies to store and access information on your device for personalised "
        "ads and content.\nAccept all\nReject all\nManage options\nEurope\n" + title + "\n"
        "Listen to this article\nReading time: 4 minutes\nTuesday, 21 July 2026 14:30 GMT\nBy Lena Ostrova\n" + body
    )
    art = prepare(page)
    assert art.published == "2026-07-21"
    assert art.title == title
    kinds = furniture(art.text)
    assert kinds["Accept all"] == "cookie-banner" and kinds["Europe"] == "section"
    assert kinds["Reading time: 4 minutes"] == "reading-time" and kinds["Listen to this article"] == "audio"


def test_a_date_in_a_body_sentence_or_a_timeline_heading_is_no_publication_date():
    page = STORY + "Talks resume on 14 Oct 2026.\n"
    assert prepare(page, published=None).published is None
    timeline = STORY + REST + "June 16, 2015\nThe first quota deal was signed.\n"
    assert "June 16, 2015" not in furniture(timeline)


# --- the title under a section label or badge -------------------------------------------------


@pytest.mark.parametrize("label, headline", [
    ("Environment", "Brazil Suspends Mining Permits in Amazon Reserve After River Contamination"),
    ("Middle East", "Iraq and Turkey Sign Deal to Release More Water Into Tigris"),
    ("LIVE", "Fishing quota talks: latest as ministers vote"),
])
def test_a_section_label_or_badge_above_the_headline_is_not_the_title(label, headline):
    page = label + "\n" + headline + "\n" + STORY.split("\n", 1)[1]
    art = prepare(page)
    assert art.title == headline
    assert furniture(art.text).get(label) in ("section", "live-blog")


def test_a_short_headline_over_a_standfirst_stays_the_title():
    page = "Quota Deal Reached\nMinisters settle on a smaller cut than scientists urged\n" + STORY.split("\n", 1)[1]
    assert prepare(page).title == "Quota Deal Reached"


# --- captions, live blogs, newsletter boxes ---------------------------------------------------


@pytest.mark.parametrize("caption", [
    "Trawlers moored in the harbour on Tuesday. Photo: AFP",
    "A fisherman mends nets near the quay. Photograph: Tomas Lund/Reuters",
    "Ministers arrive for the talks in the port city. (Photo by Ana Ruiz / AFP)",
])
def test_a_caption_closed_by_its_credit_is_not_parsed(pipeline, caption):
    title, body = STORY.split("\n", 1)
    page = title + "\n" + caption + "\n" + body
    assert furniture(page)[caption] == "photo-caption"
    record = pipeline.process_one(InputDocument(ref="p", text=page, published="2026-11-20"))
    start = record.article.text.index(caption)
    end = start + len(caption)
    spans = [(m.start, m.end) for e in record.entities for m in e.mentions] + [(v.trigger.start, v.trigger.end) for v in record.events]
    assert spans and not [s for s in spans if start <= s[0] < end]
    assert not [e for e in record.entities if e.name in ("Agence France-Presse", "Reuters", "Tomas Lund", "Ana Ruiz")]


def test_a_live_blogs_timestamps_controls_and_share_lines_are_not_parsed():
    page = (
        "LIVE\nFishing quota talks: latest as ministers vote\nLast updated: 3 May 2026 23:10 CET\n"
        "Key events\nShow key events only\nPlease turn on JavaScript in your browser to get the best experience.\n"
        "23:05\nMinisters approve the cut\n" + STORY.split("\n", 1)[1] + "Share\nUpdated at 22.45 CET\n22:10\n" + REST
        + "Advertisement\nStory continues below advertisement\n" + REST
    )
    art = prepare(page)
    assert art.title == "Fishing quota talks: latest as ministers vote" and art.published == "2026-05-03"
    kinds = furniture(art.text)
    for line in ("Key events", "Show key events only", "23:05", "Share", "Updated at 22.45 CET", "22:10", "Advertisement",
                 "Story continues below advertisement", "Please turn on JavaScript in your browser to get the best experience."):
        assert line in kinds, line
    assert "Ministers approve the cut" not in kinds  # an entry's own headline is the story's


def test_a_newsletter_box_inside_the_story_is_not_parsed_but_a_sign_up_sentence_is():
    box = "Get our weekly Nordic briefing\nSign up to receive the top stories from the region every Friday.\nEnter your email\nSubscribe\n"
    page = STORY + box + "Skippers who sign up for the buy-back scheme will get 40,000 euros each.\n" + REST
    kinds = furniture(page)
    assert [kinds.get(line) for line in box.splitlines()] == ["newsletter"] * 4
    assert "Skippers who sign up for the buy-back scheme will get 40,000 euros each." not in kinds
    how_to = STORY + "- Sign up for a licence at the harbour office\n- Pay the fee within ten days\n" + REST
    assert not furniture(how_to)


# --- what follows the story -------------------------------------------------------------------


@pytest.mark.parametrize("tail, kind", [
    ("Related Topics\nFishing\nNorway\nQuotas\n", "related-headlines"),
    ("Explore more on these topics\nFishing\nQuotas\nReuse this content\n", "related-headlines"),
    ("Disclaimer: Comments are the views of readers and not of this site.\n", "disclaimer"),
    ("Correction: An earlier version of this story gave the cut as a quarter. It is a fifth.\n", "correction"),
])
def test_topic_lists_disclaimers_and_corrections_after_the_story_are_cut(tail, kind):
    page = STORY + REST + tail
    result = clean_trailing(page)
    assert page[: result.end] == (STORY + REST).rstrip()
    assert result.removed[0][2] == kind


def test_the_authors_bio_after_the_story_is_cut_and_its_byline_not_parsed(pipeline):
    title, body = STORY.split("\n", 1)
    page = title + "\nLena Ostrova in Tromsø\n" + body + REST + "Lena Ostrova is our Nordic correspondent. She previously reported from Riga.\n"
    record = pipeline.process_one(InputDocument(ref="p", text=page, published="2026-11-20"))
    assert record.article.text == (title + "\nLena Ostrova in Tromsø\n" + body + REST).rstrip()
    assert [r.kind for r in record.article.removed] == ["author-bio"]
    assert not [e for e in record.entities if "Ostrova" in e.name]


def test_a_journalist_the_story_is_about_keeps_the_last_line():
    page = STORY + REST + "Marek Sobol is a freelance reporter who has been held since March.\n"
    assert kept(page) == page.rstrip()


# --- site chrome in another language; bylines without "By" ------------------------------------


def test_french_site_chrome_around_an_english_story():
    title, body = STORY.split("\n", 1)
    chrome_head = ("Accueil > Europe > Norvège\n", title + "\n", "Publié le 18/09/2026 à 11h20\n", "Par Lena Ostrova\n",
                   "Lecture : 3 min\n", "Partager sur Facebook\n")
    page = "".join(chrome_head) + body + "Lire aussi : Les pêcheurs inquiets\n" + REST + (
        "Mots-clés : Pêche, Norvège\nCommentaires (4)\nConnectez-vous pour commenter\n")
    art = prepare(page)
    assert art.title == title and art.published == "2026-09-18"
    assert art.text.endswith(REST.rstrip())
    kinds = furniture(art.text)
    for line in chrome_head[0:1] + chrome_head[2:]:
        assert line.strip() in kinds, line
    assert kinds["Lire aussi : Les pêcheurs inquiets"] == "read-more"


@pytest.mark.parametrize("line", ["Staff Correspondent, Dhaka", "Our Special Reporter", "A- A A+"])
def test_staff_bylines_and_font_buttons_above_the_story(line):
    title, body = STORY.split("\n", 1)
    assert line in furniture(title + "\n" + line + "\n" + body)


# --- HTML pages -------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title>Ministers Agree on Fishing Quotas</title>
<meta property="article:published_time" content="2026-03-11T16:20:00+01:00"></head><body>
<nav><a href="/">News</a> <a href="/world">World</a></nav>
<article><h1>Ministers Agree on Fishing Quotas</h1>
<p class="dateline">9 March 2026 · Updated 10 March 2026 09:05</p>
<p>Fisheries ministers agreed on Tuesday to cut cod quotas by a fifth next year, ending talks that ran
through the night in the port city, the chair of the meeting said.</p>
<p>The cut is smaller than scientists had urged, and two coastal states voted against it, saying it
would cost thousands of jobs in small harbours along the northern coast.</p>
<p>Read more: Coastal Towns Brace for a Harder Winter in the North</p>
<p>Environmental groups said the quotas would still leave the stock below safe levels for years, and
promised to challenge them before the regional fisheries court.</p>
<p>Sign up for our weekly fisheries newsletter</p>
</article><aside><h3>Most read</h3><ul><li>Oil Prices Climb</li></ul></aside></body></html>"""


def test_an_html_pages_teasers_are_cut_and_its_date_line_is_not_parsed(pipeline):
    record = pipeline.process_one(InputDocument(ref="p.html", html=HTML))
    text = record.article.text
    assert "Read more:" not in text and "newsletter" not in text
    assert "Environmental groups said" in text and "two coastal states voted" in text
    assert record.article.published == "2026-03-11"
    line = "9 March 2026 · Updated 10 March 2026 09:05"
    if line in text:  # trafilatura keeps it: the parser must not read it
        start = text.index(line)
        assert not [d for d in record.dates if start <= d.start < start + len(line)]


# --- web datelines and blanked furniture in the attribution reader ----------------------------


@pytest.mark.parametrize("dateline", ["BAGHDAD", "NAIROBI"])
def test_a_web_dateline_closed_by_a_colon_is_no_speaker(pipeline, dateline):
    text = ("Water Deal Signed\n" + dateline + ": The two governments signed an agreement on Tuesday under which "
            "more water will flow across the border over the summer, officials said.\n")
    record = pipeline.process_one(InputDocument(ref="p", text=text, published="2026-07-21"))
    assert not [a for a in record.attributions if a.cue and a.cue.text == ":"]


@pytest.mark.parametrize("badge", ["LIVE", "Environment"])
def test_a_headline_below_a_blanked_label_is_read_once(pipeline, badge):
    text = badge + "\nFisheries Minister: Quota Cut Will Save the Stock\n" + STORY.split("\n", 1)[1]
    record = pipeline.process_one(InputDocument(ref="p", text=text, published="2026-07-21"))
    assert len([a for a in record.attributions if a.cue and a.cue.text == ":"]) == 1


# --- wire and broadcaster shapes: bureau before the date, image source lines, credits -------


@pytest.mark.parametrize("line, iso", [
    ("Oslo | Updated: July 9, 2026 11:20 CET", "2026-07-09"),
    ("Tromsø, 12 Feb 2026", "2026-02-12"),
])
def test_a_date_line_opened_by_its_bureau_gives_the_page_date(line, iso):
    title, body = STORY.split("\n", 1)
    art = prepare(title + "\n" + line + "\n" + body)
    assert art.published == iso
    assert furniture(art.text).get(line) == "published"


@pytest.mark.parametrize("line, anywhere", [
    ("Written by Lena Ostrova | Edited by Paul Berg", False),  # a byline only above the story
    ("Image source, Getty Images", True),
    ("Image caption, Trawlers moored in Tromsø harbour on Wednesday", True),
    ("Story continues below", True),
    ("(With inputs from NTB)", True),
    ("Additional reporting by Paul Berg", True),
    ("Published in The Harbour Gazette, July 9th, 2026", True),
])
def test_bylines_image_lines_credits_and_publication_notes_are_not_parsed(line, anywhere):
    title, body = STORY.split("\n", 1)
    page = title + "\n" + line + "\n" + body + REST
    assert line in furniture(page)
    if anywhere:
        assert line in furniture(STORY + line + "\n" + REST)


def test_app_and_live_coverage_plugs_after_the_story_are_cut():
    page = STORY + REST + "Download our app for the latest news\nFollow our live coverage here\n"
    assert kept(page) == (STORY + REST).rstrip()


def test_a_published_sentence_in_the_story_is_kept():
    line = "Published in 1998, the first quota report warned that the cod stock would collapse within a decade."
    assert line not in furniture(STORY + line + "\n" + REST)


# --- a browser tab's title over the headline; galleries, channel plugs, WordPress tails ------


@pytest.mark.parametrize("tab", ["{h} | Harbour Gazette", "{h} - The Harbour Gazette", "{h}"])
def test_a_page_title_over_the_headline_is_not_the_title_and_the_headline_is_read_once(pipeline, tab):
    headline = "Fisheries Minister Halvorsen Cuts Cod Quotas by a Fifth"
    page = tab.format(h=headline) + "\n" + headline + "\n" + STORY.split("\n", 1)[1]
    art = prepare(page)
    assert art.title == headline
    record = pipeline.process_one(InputDocument(ref="p", text=page, published="2026-11-20"))
    halvorsen = [e for e in record.entities if e.name.endswith("Halvorsen")]
    assert halvorsen and not [m for m in halvorsen[0].mentions if m.start < len(tab.format(h=headline))]


@pytest.mark.parametrize("line", ["1 of 4", "Next", "Click here to join our WhatsApp channel", "Join our Telegram channel for updates"])
def test_gallery_controls_and_channel_plugs_are_not_parsed(line):
    assert line in furniture(STORY + line + "\n" + REST)


def test_a_wordpress_share_block_after_the_story_is_cut():
    page = STORY + REST + "Share this:\nLike this:\nLoading...\nRelated\n"
    assert kept(page) == (STORY + REST).rstrip()


# --- a site's menu and a "Trending" list pasted above the headline ---------------------------


@pytest.mark.parametrize("menu", [
    "Skip to main content\nHome\nNews\nWorld\nBusiness\nSport\n",
    "Nation\nWorld\nOpinion\nLifestyle\n",
])
def test_a_site_menu_above_the_headline_is_not_the_title(menu):
    page = menu + STORY
    art = prepare(page)
    assert art.title == STORY.split("\n", 1)[0]
    kinds = furniture(art.text)
    assert all(kinds.get(line) == "navigation" for line in menu.splitlines()[1:])


@pytest.mark.parametrize("marker", ["Trending", "Most Read"])
def test_a_trending_list_above_the_headline_is_not_parsed_and_the_headline_is_the_last_line(marker):
    listed = ["Oil Prices Slide as Demand Weakens", "Storm Closes Northern Ferry Routes"]
    page = marker + "\n" + "\n".join(listed) + "\n" + STORY
    art = prepare(page)
    assert art.title == STORY.split("\n", 1)[0]
    kinds = furniture(art.text)
    assert all(kinds.get(line) == "related-headlines" for line in [marker] + listed)


def test_two_short_lines_above_a_headline_are_no_menu():
    page = "Opinion\nBrexit Deal Collapses\n" + STORY.split("\n", 1)[1]
    assert not [k for k in furniture(page).values() if k == "navigation"]


def test_a_trending_list_under_a_long_cookie_banner_does_not_cut_the_story():
    banner = ("We value your privacy\nWe and our partners use cookies to store and access information on your device "
              "for personalised ads and content, ad and content measurement, audience research and services "
              "development.\nAccept all\nReject all\n")
    page = banner + "Trending\nOil Prices Slide as Demand Weakens\nStorm Closes Northern Ferry Routes\n" + STORY + REST
    assert kept(page) == page.rstrip()
    assert prepare(page).title == STORY.split("\n", 1)[0]


@pytest.mark.parametrize("byline, author", [
    ("By Lena Ostrova and Paul Berg", "Lena Ostrova; Paul Berg"),
    ("Written by Lena Ostrova | Edited by Paul Berg", "Lena Ostrova"),
    ("Par Lena Ostrova", "Lena Ostrova"),
    ("Staff Correspondent, Tromsø", "Staff Correspondent"),
])
def test_a_text_pages_byline_gives_the_records_author(byline, author):
    title, body = STORY.split("\n", 1)
    art = prepare(title + "\n" + byline + "\n" + body)
    assert art.author == author


@pytest.mark.parametrize("byline, iso, author", [
    ("By Lena Ostrova | March 3, 2026", "2026-03-03", "Lena Ostrova"),
    ("By Lena Ostrova and Paul Berg · 3 March 2026 10:00 GMT", "2026-03-03", "Lena Ostrova; Paul Berg"),
])
def test_a_byline_with_the_date_gives_both(byline, iso, author):
    title, body = STORY.split("\n", 1)
    art = prepare(title + "\n" + byline + "\n" + body)
    assert (art.published, art.author) == (iso, author)
