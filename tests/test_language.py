"""Articles in other languages keep their text and language code; nothing is extracted from
them (the extractors read English). Texts written for this test."""

import pytest

from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.language import guess_language

GERMAN = ("Neue Regeln für Krankenhäuser\n\n"
          "Die Landesregierung hat am Dienstag beschlossen, dass die Kliniken im Norden mehr Geld für die "
          "Notaufnahme erhalten. Der Minister sagte, es sei nicht genug, aber ein Anfang. Die Opposition "
          "kritisierte den Plan als zu spät und forderte eine Debatte im Landtag, die noch in diesem Monat "
          "stattfinden soll. Auch die Verbände der Ärzte haben sich zu Wort gemeldet und verlangen, dass "
          "die Mittel nicht nur für Gebäude, sondern für Personal ausgegeben werden.")
PORTUGUESE = ("Chuva forte atinge o litoral\n\n"
              "A defesa civil informou nesta segunda-feira que as chuvas provocaram deslizamentos em três "
              "cidades do litoral. Segundo o prefeito, mais de cem famílias foram retiradas das suas casas e "
              "levadas para abrigos. O governo do estado prometeu enviar ajuda e disse que não há previsão "
              "de melhora para os próximos dias, mas que as equipes estão nas ruas desde a madrugada.")
RUSSIAN = ("Новый мост открыт\n\n"
           "В понедельник в городе открыли новый мост через реку. Мэр сказал, что строительство заняло "
           "три года и обошлось дешевле, чем планировалось. Жители давно ждали этого события, потому что "
           "старый мост был закрыт на ремонт почти два года, и дорога до центра занимала больше часа.")
ENGLISH = ("Bridge opens\n\nThe mayor of Tartu opened a new bridge over the river on Monday, officials said. "
           "Residents had waited two years for the crossing, which cost less than planned.")


@pytest.mark.parametrize("text, code", [(GERMAN, "de"), (PORTUGUESE, "pt"), (RUSSIAN, "ru"), (ENGLISH, "en")])
def test_guess_language(text, code):
    assert guess_language(text) == code


def test_english_with_foreign_names_and_short_texts_stay_english():
    assert guess_language("Die Linke leader Heidi Reichinnek said the Bundestag would vote.") == "en"
    assert guess_language("Lula da Silva e o governo") == "en"  # too short to tell


def test_pipeline_extracts_nothing_from_other_languages_and_the_rest_of_the_batch_goes_on(pipeline):
    docs = [InputDocument(ref=str(n), text=t) for n, t in enumerate([GERMAN, ENGLISH, RUSSIAN])]
    outcomes = list(pipeline.process(docs, published="2025-03-17"))
    assert [o.record.ref for o in outcomes] == ["0", "1", "2"]
    german, english, russian = (o.record for o in outcomes)
    assert (german.article.language, russian.article.language, english.article.language) == ("de", "ru", "en")
    for rec in (german, russian):
        assert rec.error is None and rec.article.text.startswith(("Neue", "Новый"))
        assert not (rec.entities or rec.attributions or rec.events or rec.dates or rec.amounts)
    assert any("not English" in w for w in outcomes[0].warnings)
    assert english.entities and english.dates
