"""People and bodies the gazetteer does not know, standing as a clause's subject.

"Premier Li Peng makes a visit", "Hu demanded", "The Ministry of Foreign Affairs
slammed", "he and Erdogan agreed": the subject names someone, but no actor. In a text
on two states such a subject speaks or acts for the side the clause leaves open, so
``roles`` asks here whether the clause opens with such a person before filling a side
from the document's pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyadscope.calendar_words import MONTHS, WEEKDAYS
from dyadscope.classify import referents, syntax
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.tokens import Token
from dyadscope.model import ActorMention

# words of an office that open a person's name ("Premier Li Peng", "Foreign Minister X")
_TITLE_WORDS = frozenset(
    {"president", "premier", "prime", "minister", "king", "emir", "chancellor", "general",
     "marshal", "admiral", "secretary", "ambassador", "envoy", "foreign", "defence", "defense"}
)


def body_acts(tokens: Sequence[Token], first: int, start: int) -> bool:
    """Is the clause's subject a bare state body that does the act itself ("The Ministry of
    Foreign Affairs (MOFA) yesterday slammed", "The Coast Guard has seized"), not one
    that reports it ("The ministry said it ...")?"""
    if referents.bare_body(tokens[first:start]) is None:
        return False
    said = cues().reporting
    return not any(t.low in said or t.low in syntax.SUBJECT_PRONOUNS for t in tokens[first:start])


def titled_subject(analysis: SentenceAnalysis, first_token: int, start: int) -> bool:
    """Does the clause open with a titled name the gazetteer does not know ("Premier
    Li Peng", "Prime Minister Rajiv Gandhi") and no actor before the trigger?"""
    if any(first_token <= f < start for f, _, _ in analysis.actor_at):
        return False
    words = analysis.tokens[first_token:start]
    return any(
        w.low in _TITLE_WORDS and i + 1 < len(words) and words[i + 1].text[:1].isupper()
        for i, w in enumerate(words)
    )


def speaker_unnamed(analysis: SentenceAnalysis, first_token: int, start: int) -> bool:
    """Does the clause name someone before the trigger (a name or a title the gazetteer
    does not know: "Hu", "The Director General", "FO"), but no actor? A capital that
    only opens the sentence ("The note", "Officials") names no one."""
    if any(first_token <= f < start for f, _, _ in analysis.actor_at):
        return False
    tokens = analysis.tokens
    opening = next((i for i, t in enumerate(tokens) if t.text[:1].isalnum()), 0)
    # "Officials warned", "These acts", "We call": a common word opening the sentence
    common = cues().affiliated_nouns | cues().determiners | syntax.SUBJECT_PRONOUNS
    return any(
        tokens[i].text[:1].isupper()
        and tokens[i].low not in _CALENDAR  # "On Monday, ...": a day, not a name
        and (
            i > opening
            or (tokens[i].text.isupper() and len(tokens[i].text) > 1)  # "FO", not "I"
            or ((i + 1 == start or _capital(tokens, i + 1)) and tokens[i].low not in common)
        )
        for i in range(first_token, start)
    )


_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def after_unnamed_conjunct(analysis: SentenceAnalysis, mention: ActorMention | None) -> bool:
    """Is ``mention`` the second member of a subject whose first member names no actor
    ("he and Erdogan", "President John Magufuli and his Rwandan counterpart")?"""
    span = analysis.span_of(mention) if mention is not None else None
    if span is None:
        return False
    tokens = analysis.tokens
    at = span[0] - 1
    if at >= 0 and tokens[at].low in syntax.POSSESSIVE_PRONOUNS:
        at -= 1  # "and his Rwandan counterpart"
    elif at >= 1 and tokens[at].low == "-" and tokens[at - 1].low in ("then", "former"):
        at -= 2  # "and then-president Uhuru Kenyatta"
    if at < 1 or tokens[at].low != "and" or analysis.inside_actor(at - 1):
        return False
    before = tokens[at - 1]
    if before.low in ("he", "she"):
        return True
    if before.low in _PERSON_TITLES:
        return False  # "Deputy Prime Minister and Foreign Minister Ishaq Dar": one person
    return at >= 2 and _capital(tokens, at - 1) and _capital(tokens, at - 2) and not (
        analysis.inside_actor(at - 2)
    )


def _capital(tokens: Sequence[Token], index: int) -> bool:
    """Is the word at ``index`` capitalised as a name is (not a month or a weekday)?"""
    return (
        index < len(tokens)
        and tokens[index].text[:1].isupper()
        and tokens[index].low not in _CALENDAR
    )


def opens_with_unknown(analysis: SentenceAnalysis, first: int, end: int) -> bool:
    """Do tokens ``first:end`` open with a person the gazetteer does not know, whose name
    ends before ``end``: a title and a capitalised name ("DG South Asia Dr Mohammad
    Faisal handed ...", "caretaker Prime Minister Anwarul Haq Kakar had written ..."), or
    a lone capitalised name ("Kanasugi also protested ...")? A title run into an actor
    ("State minister ... Shahid Khaqan Abbasi") is that actor's."""
    tokens = analysis.tokens
    words = tokens[first:end]
    if not words or analysis.inside_actor(first):
        return False
    lone = words[0]
    if (
        len(words) > 1
        and lone.text[:1].isupper()
        and lone.text.isalpha()
        and words[1].text.islower()
        and (words[1].low in _AFTER_SUBJECT or words[1].low.endswith(("ed", "ly")))
        and not _capital(tokens, first - 1)
        and lone.low not in cues().determiners
        and lone.low not in syntax.SUBJECT_PRONOUNS
        and lone.low not in _COMMON_OPENINGS
        and not lone.low.endswith("ly")
    ):
        return True
    for i, word in enumerate(words[:6]):
        if word.low not in _PERSON_TITLES or not _capital(tokens, first + i + 1):
            continue
        j = i + 1
        while j < len(words) and (
            words[j].text[:1].isupper() or words[j].low in _NAME_JOINERS
        ) and not analysis.inside_actor(first + j):
            j += 1
        return j < len(words) and not analysis.inside_actor(first + j)
    return False


_NAME_JOINERS = frozenset({"for", "of", "and", "the", "-"})


# words that follow a subject: "Kanasugi also ...", "Kanasugi has ..."
_AFTER_SUBJECT = frozenset({"also", "has", "had", "was", "will", "would", "then", "later"})


_PERSON_TITLES = _TITLE_WORDS | {
    "dg", "dr", "director", "deputy", "spokesman", "spokesperson", "spokeswoman", "adviser",
    "advisor", "commissioner", "governor", "senator", "chairman", "head", "chief",
}


# capitalised words opening a sentence that name no one
_COMMON_OPENINGS = frozenset(
    {"officials", "on", "in", "at", "after", "last", "earlier", "later", "meanwhile", "however",
     "yesterday", "today", "then", "also", "but", "and", "while", "when", "as", "since", "both",
     "such", "this", "that", "these", "those", "there", "here", "many", "some", "most"}
)
