"""Document → record: ingest → clean → parse → extract, for one document or a stream.

The model is loaded once and documents are parsed in batches. A document that fails at any
stage becomes a record carrying ``error`` (and whatever was filled before the failure); the
stream goes on with the next one, in input order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel

from newsgraph.config import Settings, get_settings
from newsgraph.errors import NewsgraphError
from newsgraph.extract.amounts import extract_amounts
from newsgraph.extract.attributions import extract_attributions
from newsgraph.extract.context import Parsed
from newsgraph.extract.coref import resolve_references
from newsgraph.extract.dates import extract_dates
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events import extract_events
from newsgraph.extract.places import extract_places
from newsgraph.extract.roles import extract_role_changes
from newsgraph.ingest.article import PreparedArticle, prepare_article
from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.language import guess_language
from newsgraph.nlp.model import has_unusual_spaces, load_model, parse_texts
from newsgraph.record import Article, ErrorInfo, Record, article_id

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """A record plus the notes the caller may want to show (warnings go to stderr)."""

    record: Record
    warnings: tuple[str, ...] = ()
    # True when ``skip`` said the article is already stored: the record then carries the
    # prepared article only (it was not parsed).
    skipped: bool = False


def error_record(ref: str, error: NewsgraphError | Exception, article: Article | None = None) -> Record:
    if isinstance(error, NewsgraphError):
        info = ErrorInfo(kind=error.kind, message=error.message)
    else:  # a bug, not bad input: name it, never crash the batch
        info = ErrorInfo(kind="internal", message=f"{type(error).__name__}: {error}")
    article = article or Article(id=article_id(""), text="", input_offset=None)
    return Record(ref=ref, article=article, error=info)


def extract_record(ref: str, prepared: PreparedArticle, doc) -> Record:
    """All extractors over one parsed article."""
    article = prepared.article
    published = date.fromisoformat(article.published) if article.published else None
    parsed = Parsed(doc=doc, published=published, title_end=prepared.title_end)
    index = extract_entities(parsed)
    resolve_references(parsed, index)
    dates = extract_dates(parsed)
    amounts = extract_amounts(parsed)
    locations = extract_places(parsed, index)
    attributions = extract_attributions(parsed, index)
    events = extract_events(parsed, index, dates, locations, amounts)
    role_changes = extract_role_changes(parsed, index)
    record = Record(
        ref=ref, article=article, entities=index.records(), attributions=attributions,
        events=events, amounts=amounts, dates=dates, locations=locations, role_changes=role_changes,
        warnings=prepared.warnings,
    )
    if has_unusual_spaces(article.text) or prepared.parse_text is not None:
        _quote_spans_from(record, article.text)
    return record


def _quote_spans_from(record: Record, text: str) -> None:
    """Every span's text as the article writes it: the parse read no-break and other odd
    spaces as plain ones, so span texts taken from the parse differ from the article there."""
    def walk(value) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, BaseModel) and value is not record.article:
            fields = type(value).model_fields
            if "text" in fields and isinstance(getattr(value, "start", None), int) and isinstance(value.text, str):
                start, end = value.start, getattr(value, "end", None)
                if isinstance(end, int) and start <= end <= len(text):
                    value.text = text[start:end]  # a Span, Mention, Amount, DateMention …
            for name in fields:
                walk(getattr(value, name))

    walk(record)


def _notes(doc: InputDocument, prepared: PreparedArticle) -> tuple[str, ...]:
    """What stderr says about a document: the record's warnings (the reader's notes on the
    input first, see ``prepare_article``)."""
    return tuple(w.message for w in prepared.warnings)


class Pipeline:
    """Loads the model on first use; reuse one instance for many documents."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_model(self.settings.model)
        return self._nlp

    def process_one(self, doc: InputDocument, published: str | None = None, clean: bool = True) -> Record:
        return next(iter(self.process([doc], published=published, clean=clean))).record

    def process(self, docs: Iterable[InputDocument], published: str | None = None, clean: bool = True,
                on_done: Callable[[Outcome], None] | None = None,
                skip: Callable[[str], bool] | None = None) -> Iterator[Outcome]:
        """Records for ``docs`` in input order, parsing the good ones in batches.

        ``skip(article_id)``, asked once the document is cleaned (its id is the hash of the
        clean text), spares the parse of articles that are already stored: a re-run of an
        ingest costs reading and cleaning only."""
        # Documents that fail before parsing wait here until every earlier document is out.
        pending: dict[int, Outcome] = {}
        prepared_by_index: dict[int, tuple[InputDocument, PreparedArticle]] = {}
        state = {"next": 0, "count": 0}

        def good_texts() -> Iterator[tuple[str, int]]:
            for n, doc in enumerate(docs):
                state["count"] = n + 1
                try:
                    prepared = prepare_article(doc, clean=clean, published=published)
                except NewsgraphError as exc:
                    pending[n] = Outcome(error_record(doc.ref, exc), doc.warnings)
                    continue
                except Exception as exc:  # noqa: BLE001 - one bad document never stops the batch
                    log.debug("prepare failed", exc_info=True)
                    pending[n] = Outcome(error_record(doc.ref, exc), doc.warnings)
                    continue
                if skip is not None and skip(prepared.article.id):
                    pending[n] = Outcome(Record(ref=doc.ref, article=prepared.article), doc.warnings, skipped=True)
                    continue
                language = guess_language(prepared.article.text)
                if language != "en":
                    # The extractors read English only; on other text they would invent
                    # people and events. The record keeps the text and says which language.
                    prepared.article.language = language
                    note = f"written in {language!r}, not English: nothing extracted"
                    pending[n] = Outcome(Record(ref=doc.ref, article=prepared.article, warnings=prepared.warnings),
                                         (*_notes(doc, prepared), note))
                    continue
                prepared_by_index[n] = (doc, prepared)
                yield prepared.text_to_parse, n

        def flush(upto: int) -> Iterator[Outcome]:
            while state["next"] < upto:
                outcome = pending.pop(state["next"], None)
                state["next"] += 1
                if outcome is not None:
                    yield outcome

        texts = good_texts()
        order: list[int] = []

        def tracked() -> Iterator[str]:
            for text, n in texts:
                order.append(n)
                yield text

        try:
            nlp = self.nlp
        except NewsgraphError as exc:
            for n, doc in enumerate(docs):
                yield self._emit(Outcome(error_record(doc.ref, exc), doc.warnings), on_done)
            return
        parsed_docs = parse_texts(nlp, tracked(), batch_size=self.settings.batch_size,
                                  n_process=self.settings.n_process)
        for k, spacy_doc in enumerate(parsed_docs):
            n = order[k]
            for outcome in flush(n):
                yield self._emit(outcome, on_done)
            doc, prepared = prepared_by_index.pop(n)
            try:
                record = extract_record(doc.ref, prepared, spacy_doc)
            except Exception as exc:  # noqa: BLE001
                log.debug("extraction failed", exc_info=True)
                record = error_record(doc.ref, NewsgraphError(f"extraction failed: {type(exc).__name__}: {exc}", kind="extract"),
                                      article=prepared.article)
                record.warnings = list(prepared.warnings)
            state["next"] = n + 1
            yield self._emit(Outcome(record, _notes(doc, prepared)), on_done)
        for outcome in flush(state["count"]):
            yield self._emit(outcome, on_done)

    @staticmethod
    def _emit(outcome: Outcome, on_done: Callable[[Outcome], None] | None) -> Outcome:
        if on_done is not None:
            on_done(outcome)
        return outcome
