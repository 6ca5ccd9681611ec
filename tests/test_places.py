"""Places with ISO3 codes and coordinates; metonymy ("Moscow wants") told apart."""

import pytest

from newsgraph.ingest.document import InputDocument
from newsgraph.nlp.places import find_region, stems


def _places(pipeline, text):
    record = pipeline.process_one(InputDocument(ref="t", text=text), published="2025-03-17")
    for loc in record.locations:
        assert loc.start < loc.end <= len(record.article.text)
    return {record.article.text[loc.start:loc.end]: loc for loc in record.locations}


def test_subdivision_stems():
    assert "kursk" in stems("Kurskaya oblast'")
    assert "kharkiv" in stems("Kharkivska oblast")
    assert find_region("Kursk").country == "RUS"
    assert find_region("Darfur").country == "SDN"
    assert find_region("Atlantis") is None


def test_capital_as_place_and_as_state(pipeline):
    places = _places(pipeline, (
        "Envoys Meet\n\n"
        "Moscow wants guarantees before any deal, officials said. "
        "Negotiators from both sides held talks in Moscow on Friday."))
    moscow = [loc for text, loc in places.items() if text == "Moscow"]
    assert len(moscow) == 1  # only the place reading
    assert moscow[0].country == "RUS" and moscow[0].kind == "capital"
    assert moscow[0].lat == pytest.approx(55.75, abs=0.1)


def test_regions_cities_and_countries(pipeline):
    places = _places(pipeline, (
        "Shelling Reported\n\n"
        "Artillery fire hit villages in the Kharkiv region and the city of Izium, "
        "and a convoy crossed into Poland near Przemysl. Aid also reached Darfur."))
    kharkiv = places["Kharkiv region"]
    assert (kharkiv.country, kharkiv.kind) == ("UKR", "region")
    assert kharkiv.lat == pytest.approx(50.0, abs=0.5)
    assert places["Poland"].country == "POL" and places["Poland"].kind == "country"
    assert places["Przemysl"].country == "POL" and places["Przemysl"].kind == "city"
    assert places["Darfur"].country == "SDN"


def test_country_as_actor_is_no_place(pipeline):
    places = _places(pipeline, "Talks Stall\n\nRussia rejected the proposal, and Ukraine's president criticized Russia.")
    assert places == {}


def test_a_region_sharing_its_name_with_a_foreign_town_is_the_storys_region(pipeline):
    places = _places(pipeline, (
        "Swing states\n\nRICHMOND, Virginia (Wire) — Voters in Virginia and Florida lined up early on Tuesday, "
        "while analysts in the West watched the count.\n"))
    got = {text: (loc.country, loc.kind) for text, loc in places.items()}
    assert got["Virginia"] == ("USA", "region") and got["Florida"] == ("USA", "region")
    assert not {country for country, _ in got.values()} & {"ZAF", "CUB", "CMR"}


def test_a_namesake_town_qualified_by_its_state_takes_that_country_without_foreign_coordinates(pipeline):
    from newsgraph.ingest.document import InputDocument

    rec = pipeline.process_one(InputDocument(ref="q", text=(
        "Cat found\n\nA cat missing for five years was found near Paris, Texas, on Monday.")), clean=False)
    paris = next(loc for loc in rec.locations if loc.name == "Paris")
    assert (paris.country, paris.lat) == ("USA", None)


def test_a_region_called_exactly_so_beats_a_town_the_gazetteer_knows_under_that_alias(pipeline):
    from newsgraph.ingest.document import InputDocument

    rec = pipeline.process_one(InputDocument(ref="alias", text=(
        "Votes\n\nSenator Ann Dale of Maine and Senator Bo Hart of Indiana voted against the bill. "
        "Gunmen attacked a village in Borno on Sunday.")), clean=False)
    found = {loc.name: loc.country for loc in rec.locations}
    assert found.get("Maine") == "USA" and found.get("Indiana") == "USA" and found.get("Borno") == "NGA"
    assert "Des Plaines" not in found


def test_continents_and_compass_points_are_no_towns(pipeline):
    # geonames lists a Philippine town "Asia" and "Africa" as another name of Mahdia.
    places = _places(pipeline, "The envoy said Europe's security and Asia's were linked, and that Africa "
                               "and the North would be consulted.")
    for word in ("Asia", "Africa", "North"):
        assert word not in places or places[word].country is None, places.get(word)


def test_a_region_of_several_states_is_no_region_of_one():
    from actors_helpers import analyse

    # Burkina Faso has a province called Sahel; the region of several states is not it.
    a = analyse("The three juntas of the Sahel agreed on Monday to form a joint force of 5,000 troops.")
    sahel = a.owner_of_mention("Sahel")
    assert sahel is None or sahel.country is None, a.summary()


def test_a_compass_point_and_a_state_named_together_are_a_region_of_that_state(pipeline):
    places = _places(pipeline, "Floods Kill 30 in Northeast Bangladesh\n\nFloods killed 30 people in Northeast Bangladesh "
                               "this week, officials said.")
    got = {(text, loc.country, loc.kind) for text, loc in places.items()}
    assert ("Northeast Bangladesh", "BGD", "region") in got, got


@pytest.mark.parametrize("text", [
    "Talks\n\nWASHINGTON (Wire) - American and Iranian negotiators will meet in Geneva next week, the White House said.",
    "Ceasefire\n\nSaudi Arabia and the United States called for a ceasefire in Sudan. A U.N. spokesman said in Geneva "
    "that aid flights would resume.",
])
def test_a_world_city_is_not_taken_for_a_namesake_town_in_a_story_of_several_states(pipeline, text):
    # Geneva, Illinois is the namesake in the United States; only a story of one state
    # ("the port of San Antonio" in a story of Chile) moves a place to its namesake there.
    assert _places(pipeline, text)["Geneva"].country == "CHE"
