"""The furniture cleaner cuts trailing page furniture and never a body paragraph."""

from newsgraph.ingest.clean import clean_trailing, is_headline_like, marker_kind

BODY = (
    "Port Workers End Strike After Pay Deal\n"
    "Dock workers in Rotterdam returned to work on Friday after unions accepted a pay offer, "
    "ending a nine-day strike that had left dozens of container ships waiting offshore.\n"
    "The agreement raises wages by 6 percent this year and 4 percent next year, the union said "
    "in a statement, adding that members had voted by a large majority to accept it.\n"
)


def kept(text: str) -> str:
    return text[: clean_trailing(text).end]


def test_related_headlines_and_comments_are_cut():
    page = BODY + (
        "- Shipping Rates Climb as Red Sea Diversions Continue\n"
        "- Dutch Government Unveils New Climate Budget\n"
        "- Rail Operator Orders Forty Electric Trains\n"
        "Comments\n"
    )
    result = clean_trailing(page)
    assert page[: result.end] == BODY.rstrip()
    kinds = [k for _, _, k, _ in result.removed]
    assert kinds == ["related-headlines", "comments"]
    for start, end, _, text in result.removed:
        assert page[start:end] == text


def test_short_final_paragraph_is_kept():
    text = BODY + "Talks resume on Monday.\n"
    assert kept(text) == text.rstrip()


def test_one_line_quote_at_the_end_is_kept():
    text = BODY + '"We are relieved," a captain said.\n'
    assert kept(text) == text.rstrip()


def test_body_bullet_list_of_sentences_is_kept():
    text = BODY + (
        "The deal includes:\n"
        "- a 6 percent raise this year;\n"
        "- a 4 percent raise next year;\n"
        "- two extra days of leave.\n"
    )
    assert kept(text) == text.rstrip()


def test_lone_title_case_line_at_the_end_is_kept():
    # A sign-off or subhead in title case is not enough evidence of a related-stories list.
    text = BODY + "Reporting by Anna de Vries\n"
    assert kept(text) == text.rstrip()


def test_comment_section_with_prose_is_cut_after_marker():
    text = BODY + "12 Comments\nI think the union gave in too early. They had the ships stuck.\nGreat news for the port.\n"
    result = clean_trailing(text)
    assert text[: result.end] == BODY.rstrip()
    assert result.removed[0][2] == "comments"


def test_marker_near_the_top_does_not_cut_the_article():
    title, rest = BODY.split("\n", 1)
    text = title + "\nComments\n" + rest
    assert kept(text) == text.rstrip()


def test_share_newsletter_copyright_lines():
    text = BODY + "Share this article\nFacebook\nTwitter\nSign up for our morning newsletter\n© 2025 Harbour Times. All rights reserved.\n"
    result = clean_trailing(text)
    assert text[: result.end] == BODY.rstrip()
    assert [k for *_, k, _ in result.removed] == ["share", "newsletter", "copyright"]


def test_helpers():
    assert marker_kind("Read more: Dockers vote on deal") == "read-more"
    assert marker_kind("The minister said more.") is None
    assert is_headline_like("- Shipping Rates Climb as Red Sea Diversions Continue")
    assert not is_headline_like("The agreement raises wages by 6 percent.")
    assert not is_headline_like("- a 6 percent raise this year;")


def test_empty_and_whitespace():
    assert clean_trailing("").end == 0
    assert clean_trailing("  \n\n ").end == 0


def test_headlines_in_sentence_case_are_cut_only_under_a_marker():
    teasers = "Port strike: what we know\nWhy are dock workers angry?\n"
    page = BODY + "Advertisement\n\nRead more:\n" + teasers
    assert kept(page) == BODY.rstrip()
    # Without a marker above them, such short lines may be the story's own last lines.
    assert kept(BODY + teasers) == (BODY + teasers).rstrip()


def test_a_top_stories_box_is_cut_with_its_sentence_case_headlines():
    page = BODY + "Top Stories\nMarkets slide as oil jumps\nFive things to know about the new tax rules\n"
    assert kept(page) == BODY.rstrip()


def test_a_headline_with_a_slash_in_a_date_is_no_breadcrumb():
    from newsgraph.ingest.clean import furniture_lines

    assert furniture_lines("Senate Backs 9/11 Victims Bill\nThe Senate voted on Tuesday to pass the bill.") == []
    assert [k for *_, k, _ in furniture_lines("News / World / Africa\nSenate Backs Bill")] == ["breadcrumb"]
