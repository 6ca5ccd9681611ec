"""Clause structure the parser gets wrong in news, shared by attribution and event extraction."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

_FUTURE_MODALS = {"would", "could", "will", "might", "may", "'ll", "wo", "must", "should", "can"}


def reporter_of_conjunct(verb: Token, reports: Callable[[Token], bool]) -> Token | None:
    """"The Kremlin said the talks had been constructive and blamed Kyiv", "said anyone who
    took part would be punished, and accused …": a past verb with no subject of its own,
    conjoined to a reported copula or modal clause, cannot share that clause's subject; the
    parser hung on the reported clause what the reporter did. Returns the reporting verb."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp":
        # "told Reuters the government would ask the tribunal to reconsider and accused the
        # judges of …": a past tense cannot be coordinated with an infinitive; the parser hung
        # on the reported clause's infinitive what the reporter did.
        top = head
        while top.dep_ == "xcomp" and top.head.i != top.i:
            top = top.head
        if top.dep_ == "ccomp" and reports(top.head) and top.head.tag_ == "VBD" \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return top.head
        return None
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBN") or head.dep_ != "ccomp" or not reports(head.head):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.tag_ == head.head.tag_ and reports(verb) and any(c.dep_ == "ccomp" for c in verb.children):
        # "said the government shared their concerns but warned that a ban would …": a
        # reporting verb in the reporter's tense with a clause of its own reports again
        # (PolNeAR train, first 300 texts: the gold source of a subjectless reporting
        # conjunct of a reported clause is the outer subject 9 times, 4 of them with a
        # clause of their own, and the reported clause's subject never).
        return head.head
    retained = any(c.dep_ in ("dobj", "dative") and c.pos_ not in ("PROPN", "PRON") for c in verb.children) \
        and not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
    if verb.tag_ == "VBD" and reports(verb) and any(c.dep_ == "auxpass" for c in head.children) and not retained:
        # "said the decision was “taken by three people” and called for a congress": a
        # reporting verb in the active past, with no object a passive could have kept
        # ("had been charged … and denied access"), is the reporter's. A name or a pronoun
        # is no such object: "replied that the measure had been discussed for years and
        # accused Buenos Aires of …" (one is "denied access", not "denied Brazil"), nor an
        # object with an infinitive of its own ("… were stretched and asked provinces to send
        # nurses": the one asked would be the passive's subject).
        return head.head
    if verb.tag_ == "VBD" and reports(verb) and not retained and head.tag_ == "VBN" \
            and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in head.children) \
            and not any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "dobj" for c in verb.children):
        # "said that Democrats had “folded” and accused Republicans of …": the tagger reads
        # the reporter's past tense, not a second past perfect of the reported subject.
        return head.head
    modal = any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in head.children)
    # A participle cannot follow a modal ("would stand and warned"): the tagger's slip for a past tense.
    if modal or verb.tag_ != "VBN" and head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children):
        return head.head
    return None
