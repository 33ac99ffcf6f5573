"""Shallow syntax over tokens: clauses, appositions, attributions, passives.

Enough structure to find who did what without a parser: each function answers
one question about token positions, using the word lists in ``data/cues.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dyadscope.calendar_words import MONTHS, WEEKDAYS
from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.patterns import Match
from dyadscope.classify.status import not_until_past
from dyadscope.classify.tokens import OPENING_QUOTE_MARKS, QUOTE_MARKS, Token
from dyadscope.model import ActorMention, DateRef

# a subject pronoun opens a clause of its own ("says it has ...", "said they will ...")
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})

_NAMED_YEAR = re.compile(r"[A-Z][A-Za-z]*-(\d{4})")


def clause_start(analysis: SentenceAnalysis, start: int) -> int:
    """First token of the clause that contains token ``start``; never inside a dateline
    ("QUITO, Ecuador (AP) — ..."), which says where the report was filed."""
    breaks = cues().clause_breaks
    tokens = analysis.tokens
    opening = dateline_end(tokens)
    for i in range(start - 1, opening - 1, -1):
        if tokens[i].low in breaks and not analysis.inside_actor(i):
            if tokens[i].low == "as" and _names_as(tokens, i):
                continue  # "described as", "described Poland as": no clause of its own
            return i + 1
    return opening if opening <= start else 0


_NAMED_AS_REACH = 6  # "described Poland as", "called the move by Baku as"


def _names_as(tokens: Sequence[Token], as_index: int) -> bool:
    """Is the "as" at ``as_index`` what a verb of naming calls its object ("described
    as", "seen as", "described Poland as a friend"), not a clause ("as talks began")?"""
    if as_index > 0 and tokens[as_index - 1].low.endswith(("ed", "en")):
        return True
    naming, breaks = cues().naming_verbs, cues().clause_breaks
    for i in range(as_index - 1, max(-1, as_index - 1 - _NAMED_AS_REACH), -1):
        if tokens[i].low in naming:
            return True
        if tokens[i].low in breaks or tokens[i].low == ",":
            return False
    return False


_DATELINE_ENDS = frozenset({"—", "–", "-", ":"})
_DATELINE_REACH = 12


def dateline_end(tokens: Sequence[Token]) -> int:
    """Where the news begins after a dateline ("QUITO, Ecuador (AP) —", "ISLAMABAD:",
    "MOSCOW (Reuters) -"); 0 when the sentence opens with none. A dateline opens with a
    place in capitals and holds only names, commas, brackets and a date."""
    first = tokens[0].text if tokens else ""
    if not (first.isupper() and sum(c.isalpha() for c in first) >= 3):
        return 0
    for j, token in enumerate(tokens[1:_DATELINE_REACH], start=1):
        # a colon, or a spaced dash (not the hyphen of "NUR-SULTAN")
        if token.text in _DATELINE_ENDS and (token.text == ":" or tokens[j - 1].end < token.start):
            return j + 1
        if token.text.islower() and token.text.isalpha():
            return 0  # a word of a sentence: no dateline
    return 0


def clause_end(analysis: SentenceAnalysis, end: int) -> int:
    """Token after the clause that a match ending at ``end`` belongs to."""
    tokens = analysis.tokens
    limit = attribution_start(tokens)
    if end > limit:
        limit = len(tokens)  # "..., Cavusoglu said, thanking Greece": after the report
    breaks = cues().right_breaks
    for i in range(end, limit):
        if tokens[i].low in breaks and not analysis.inside_actor(i):
            return i
        if tokens[i].low == "," and i + 1 < len(tokens) and _participle_clause(tokens[i + 1]):
            return i  # "attacked its posts, accusing New Delhi of ...": a clause of its own
    return max(limit, end)


# -ing words that join a list or a topic rather than open a clause ("talks with X,
# including Y")
_ING_PREPOSITIONS = frozenset(
    {"including", "involving", "regarding", "concerning", "following", "excluding",
     "according", "during", "notwithstanding", "pending"}
)


def _participle_clause(token: Token) -> bool:
    word = token.text
    return word.islower() and word.endswith("ing") and word not in _ING_PREPOSITIONS


def attribution_start(tokens: Sequence[Token]) -> int:
    """Where a trailing attribution (", Belgrade radio said.") begins, else the end.

    The source of a report is not a party to the event it reports.
    """
    reporting = cues().reporting
    n = len(tokens)
    for i in range(n - 1, max(-1, n - 14), -1):
        if tokens[i].low in reporting:
            for j in range(i - 1, max(-1, i - 10), -1):
                if tokens[j].low == ",":
                    return j
            return n
    return n


_SUBORDINATORS = frozenset(
    {"before", "after", "while", "when", "although", "though", "as", "since", "if",
     "despite", "following", "during", "amid", "upon", "on"}
)
# "Immediately upon arrival in Baku, ...", "Shortly after talks with Y, ...": a word
# that only times the fronted clause
_TIMING_ADVERBS = frozenset({"immediately", "shortly", "soon", "just", "right", "also"})


def main_clause_start(tokens: Sequence[Token], *, phrases: bool = False) -> int:
    """Where the main clause begins after a fronted adverbial ("Before leaving for
    Baku on Monday, the minister ..."): after its comma; else 0. ``phrases``: after a
    fronted prepositional phrase too ("In response to unfriendly actions by the
    British, the Russian side ..."), for finding the main clause's subject; an act
    named in such a phrase ("In response to an invitation from X, Y ...") keeps its
    own sides."""
    words = [t.low for t in tokens if t.low not in OPENING_QUOTE_MARKS][:4]
    if words and words[0] in _TIMING_ADVERBS:
        words = words[1:]
    words = words[:3]
    opening = words[0] if words else ""
    fronted = opening in _SUBORDINATORS or (phrases and opening in _FRONTED_PREPOSITIONS)
    if not fronted and words != _IN_ADDITION_TO:
        return 0  # "“If X continues, Y will ...”" opens with a quote
    after = _after_first_comma(tokens)
    if after and _only_a_date(tokens[:after - 1]):
        # "On March 25, during his visit to Armenia, X met ...": the date opening the
        # sentence times the fronted clause after it, whose comma opens the main clause
        further = main_clause_start(tokens[after:], phrases=phrases)
        return after + further if further else after
    return after


def _only_a_date(tokens: Sequence[Token]) -> bool:
    """ "On March 25", "On Wednesday", "In early May 2024": a phrase that only dates."""
    words = [t.low for t in tokens]
    return bool(words) and words[0] in ("on", "in") and len(words) > 1 and all(
        w in MONTHS or w in WEEKDAYS or w.isdigit() or w in _DATE_FILLERS for w in words[1:]
    )


_DATE_FILLERS = frozenset({"the", "of", "early", "late", "mid", "st", "nd", "rd", "th"})


_FRONTED_PREPOSITIONS = frozenset({"in", "with", "under", "according", "at", "for"})


_IN_ADDITION_TO = ["in", "addition", "to"]  # "In addition to recalling its envoy, X ..."


def participle_clause_end(tokens: Sequence[Token]) -> int:
    """Where the main clause begins after a fronted participle clause ("Arriving in
    Baku, the minister ..."); else 0. The caller rules out names ("Beijing said")."""
    word = next((t.text for t in tokens if t.low not in OPENING_QUOTE_MARKS), "")
    if len(word) <= 5 or not word.endswith("ing") or not word[1:].islower():
        return 0
    if word == "Having":
        return 0  # "Having closed four stations last week, Finland ...": background
    return _after_first_comma(tokens)


def _after_first_comma(tokens: Sequence[Token]) -> int:
    for i, token in enumerate(tokens[:25]):
        if token.low == "," and not _inside_date(tokens, i):
            return i + 1
    return 0


def _inside_date(tokens: Sequence[Token], comma: int) -> bool:
    """Is the comma at ``comma`` part of a written date ("on Wednesday, March 5",
    "on March 5, 2025, ...")?"""
    if comma == 0 or comma + 1 >= len(tokens):
        return False
    before, after = tokens[comma - 1].low, tokens[comma + 1].low
    if before in WEEKDAYS:
        return after in MONTHS or after.isdigit()
    return (
        before.isdigit() and comma >= 2 and tokens[comma - 2].low in MONTHS
        and after.isdigit() and len(after) == 4
    )  # fmt: skip


def in_name(tokens: Sequence[Token], index: int) -> bool:
    """Is the word part of a capitalised name ("Islamic State", "Free Syrian Army")
    rather than a verb? Not in title-case headlines, where every word is capitalised."""
    word = tokens[index].text
    # the word before is capitalised too, and not only because it opens the sentence
    if index < 2 or not word[:1].isupper() or not tokens[index - 1].text[:1].isupper():
        return False
    words = [t.text for t in tokens if t.text.isalpha()]
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised < 0.6 * len(words)


def in_attribution(tokens: Sequence[Token], index: int) -> bool:
    """Is the word the reporting verb of a trailing attribution (", officials said")?"""
    start = attribution_start(tokens)
    return start < index and tokens[index].low in cues().reporting


def appositive_start(tokens: Sequence[Token], start: int, first: int) -> int | None:
    """For "X, <apposition>, VERB": the index of the comma that opens the apposition."""
    auxiliaries = cues().auxiliaries
    i = start - 1
    # "Poland, a NATO country and Ukraine's ally, has repeatedly expressed ..."
    while i > first and (tokens[i].low in auxiliaries or manner_adverb(tokens[i].low)):
        i -= 1
    if i <= first or tokens[i].low != ",":
        return None
    for j in range(i - 1, max(first - 1, i - 15), -1):
        if tokens[j].low == ",":
            return j
    return None


_ADVERBIAL = frozenset({"at", "on", "upon"})
GERUND_LINKS = frozenset(
    {"after", "before", "while", "whilst", "since", "upon", "when", "without"}
)
_PARTICIPLE_REACH = 4  # words between an -ing verb and the noun trigger it governs


def shares_main_subject(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger a participle, a coordinated verb, an infinitive of purpose
    or a "for"-noun, whose subject is the clause's main subject?"""
    if match.start == 0:
        return False
    before = tokens[match.start - 1].low
    if manner_adverb(before):
        # "and sternly warned", ", strongly urging": the adverb does not change whose
        # verb it is (an infinitive keeps its own: "to formally sign")
        outer = tokens[_before_adverbs(tokens, match.start)].low
        before = outer if outer in (",", "and") else before
    anchor = tokens[match.anchor].low
    verb = tokens[match.start].low  # "holding bilateral talks": the verb opens the match
    if before == "," and anchor.endswith("ing"):
        return True
    if verb.endswith("ing") and (
        after_message(tokens, match.start) or _after_addressee(tokens, match.start)
    ):
        # "handed the envoy a note of protest urging ...", "wrote a letter to the UAE
        # president seeking ...": the sender urges, not the one written to
        return True
    head = _participle_before(tokens, match.start)
    if head is not None and (tokens[head - 1].low in (",", "and")
                             or tokens[head - 1].low in GERUND_LINKS):  # fmt: skip
        # "..., whilst delivering a formal diplomatic protest", "..., killing eight people and
        # drawing return fire from the Taliban": the main subject's
        return True
    if (before == "and" and anchor.endswith(("ion", "ure", "al", "ment"))
            and match.anchor + 1 < len(tokens) and tokens[match.anchor + 1].low == "of"):
        # "announced the suspension of the treaty and closure of the border": the same
        # announcer's second measure
        return True
    if _second_verb(tokens, match.start) or _second_verb_of_noun(tokens, match):
        # "expelled two Ugandan diplomats and froze the assets of a Ugandan bank", "and
        # then cut trade", "but also gave": a past verb after "and" shares the first
        # verb's subject; a state named inside the first verb's object is no subject
        return True
    if before == "and" and len(verb) > 4 and (
        verb.endswith(("ed", "ing")) or verb in cues().participles or verb.endswith("en")
        or _headline_present(tokens, match.start)
    ):
        # "attending the summit and holding bilateral talks with X", "has recalled its
        # envoy and given theirs seven days to leave"
        return True
    if _on_a_trip(tokens, match):
        return True  # "Aliyev arrived in the Kazakh capital Astana on an official visit"
    if before == "," and _past_form(anchor) and _series_follows(tokens, match):
        # "Somalia broke off relations with Cuba, abrogated the treaty ..., and expelled
        # ...": a list of the main subject's acts
        return True
    if match.anchor != match.start:
        # "visited Baku on the invitation of X": a phrase of how it came about speaks
        # of the main subject, not of the object before it
        return anchor.startswith("invitation") and tokens[match.start].low in _ADVERBIAL
    if before == "to" or before == "for":
        return True
    if before == "and" and _modal_series(tokens, match):
        # "said it would close the British Council in Russia and withdraw permission for
        # Britain to ...": a bare verb after "and" goes on the modal's verb, whose
        # subject it shares
        return True
    if before == "and" and "to" in {t.low for t in tokens[max(0, match.start - 6) : match.start]}:
        return True  # "summoned the envoy to express its anger and demand justice"
    if before == "by" and anchor.endswith("ing"):
        return True  # "Moscow retaliated by expelling ...": the means, done by Moscow
    if before in GERUND_LINKS and anchor.endswith("ing") and not match.pattern.dyadic:
        # "two weeks after accusing ...", "while visiting ...": the main subject does
        # it (PETRARCH's verb dictionaries leave such clauses uncoded)
        return True
    # a verb dictionary's match is a verb use, whatever its ending ("to give ... and meet")
    # "suspending the treaty, closing its airspace, and revoking visas": the same subject
    return before == "and" and (anchor.endswith(("ed", "ing")) or match.pattern.dyadic)


# the everyday irregular past forms of verbs of acts: after "and" they are a second verb
# of the clause's subject, not a noun of a list ("and froze", "and broke off")
# adverbs that may stand between "and" and its second verb ("and then expelled", "and
# also froze")
_LINK_ADVERBS = frozenset(
    {"also", "then", "later", "even", "further", "soon", "again", "thereafter", "since",
     "afterwards", "swiftly", "promptly"}
)


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "shall",
                         "should"})
_MODAL_REACH = 12  # words from the modal to the "and" of its second verb


def _headline_present(tokens: Sequence[Token], start: int) -> bool:
    """Is the word at ``start`` a present-tense verb after "and" that goes on a clause
    told in the present ("Somalia calls back its envoys and orders Kenya's to leave")?
    The clause's own verb, right after its capitalised subject, ends in "-s" too."""
    word = tokens[start].low
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return any(
        tokens[i].low.endswith("s")
        and tokens[i].text.islower()
        and tokens[i - 1].text[:1].isupper()
        for i in range(1, start - 1)
    )


def _modal_series(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger a bare verb after "and" whose first verb follows a modal in the same
    clause ("would close X and withdraw", "will expel X and freeze")?"""
    word = tokens[match.start].text
    if match.anchor != match.start or not word.islower() or word.endswith(("s", "ed", "ing")):
        return False
    for i in range(match.start - 2, max(-1, match.start - 2 - _MODAL_REACH), -1):
        low = tokens[i].low
        if low in _MODALS:
            return i + 1 < match.start - 1 and tokens[i + 1].text.islower()
        if low in (",", ";", "and", "but", "that", "which", "who") or low in GERUND_LINKS:
            return False
    return False


def _second_verb_of_noun(tokens: Sequence[Token], match: Match) -> bool:
    """Is the noun trigger the object of a coordinated past verb right before it ("and
    opened fire", "and held talks", "and also signed a deal")?"""
    verb = match.start - 1
    if verb > 0 and tokens[verb].low in cues().determiners:
        verb -= 1
    return verb > 0 and tokens[verb].text.islower() and _second_verb(tokens, verb)


def _past_form(word: str) -> bool:
    return word in cues().past_forms or (len(word) > 4 and word.endswith("ed"))


def _second_verb(tokens: Sequence[Token], start: int) -> bool:
    """Is the word at ``start`` a past verb coordinated with an earlier one by "and" or
    "but", with no new subject between ("and froze", "and then cut", "but also gave")?"""
    word = tokens[start].low
    if not _past_form(word):
        return False
    at = _before_link_adverbs(tokens, start)
    if at > 0 and tokens[at].low == "," and word in cues().past_forms:
        # "broke off ties with X, froze its assets and shut the border": a list of acts
        return any(
            tokens[i].low == "and" and _past_form(tokens[i + 1].low)
            for i in range(start + 1, len(tokens) - 1)
        )
    return at > 0 and tokens[at].low in ("and", "but")


def after_and_or_but(tokens: Sequence[Token], start: int) -> bool:
    """Does the verb at ``start`` follow "and" or "but", past adverbs ("and then", "but
    also")?"""
    at = _before_link_adverbs(tokens, start)
    return at > 0 and tokens[at].low in ("and", "but")


def _before_link_adverbs(tokens: Sequence[Token], start: int) -> int:
    """The token before ``start`` once the adverbs between it and its link are passed
    ("and then", "and swiftly")."""
    at = start - 1
    while at > 0 and (tokens[at].low in _LINK_ADVERBS or manner_adverb(tokens[at].text)):
        at -= 1
    return at


def object_of_verb(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Does a past verb with an object stand in tokens ``first:end`` ("escorted a",
    "paid his respects", "expelled two"), so what follows it is the verb's object and no
    subject? Not an adjective ("the armed forces")."""
    determiners = cues().determiners
    for i in range(first, min(end, len(tokens) - 1)):
        word = tokens[i].text
        after_modal = i > 0 and tokens[i - 1].low in _MODALS and word.isalpha()
        if not (word.islower() and (word in cues().past_forms or after_modal
                                    or (len(word) > 4 and word.endswith("ed")))):
            continue
        if i > 0 and tokens[i - 1].low in determiners:
            continue
        after = tokens[i + 1].low
        if after in determiners or after.isdigit() or after in _OBJECT_COUNTS:
            return True
    return False


_OBJECT_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                          "ten", "several", "dozens", "hundreds", "all"})


# the nouns a trip is told by
TRIPS = frozenset({"visit", "visits", "trip", "trips", "tour"})
_ON_A_TRIP_REACH = 4  # words between "on" and the trip: "on a two-day official visit"
_MOVEMENT_REACH = 8  # words from the movement verb to its "on a visit"
_MOVEMENTS = ("arriv", "land", "came", "come", "travel", "flew", "fly", "went", "reach")


def _before_adverbs(tokens: Sequence[Token], start: int) -> int:
    """Where the token before the manner adverbs right before ``start`` stands."""
    at = start - 1
    while at > 0 and (manner_adverb(tokens[at].text) or tokens[at].text in QUOTE_MARKS):
        at -= 1
    return at


def manner_adverb(word: str) -> bool:
    """ "strongly", "sternly", "formally": a lower-case word in -ly (not "ally", "rally")."""
    return word.islower() and word.isalpha() and len(word) > 5 and word.endswith("ly")


def _on_a_trip(tokens: Sequence[Token], match: Match) -> bool:
    """Is the trigger the trip a movement verb's subject is "on" ("arrived in Astana on
    an official visit")? Not after a verb with an object ("welcomed his counterpart on
    a visit": the counterpart came)."""
    if not any(tokens[i].low in TRIPS for i in range(match.start, match.end)):
        return False
    for i in range(match.start - 1, max(-1, match.start - 1 - _ON_A_TRIP_REACH), -1):
        word = tokens[i].text
        if word.lower() == "on":
            window = tokens[max(0, i - _MOVEMENT_REACH) : i]
            return any(t.low.startswith(_MOVEMENTS) for t in window)
        if not word[:1].islower():
            return False  # a name or a mark between: not a phrase of the trip
    return False


def _series_follows(tokens: Sequence[Token], match: Match) -> bool:
    """Does "and" with a past verb close a list of verbs after ``match`` (", and
    expelled", "and then cut")? Without a comma before "and" ("closed the border and
    froze ...") only outside a report, whose list is the reported subject's ("Pakistan
    said Indian troops crossed ..., fired on a post and killed ...")."""
    reported = any(token.low in cues().reporting for token in tokens[: match.start])
    return any(
        tokens[i].text.islower()
        and _past_form(tokens[i].low)
        and (at := _before_link_adverbs(tokens, i)) >= match.end
        and tokens[at].low == "and"
        and (not reported or tokens[at - 1].low == ",")
        for i in range(match.end + 1, len(tokens))
    )


def after_message(tokens: Sequence[Token], start: int) -> bool:
    """Does a message noun ("a note", "a statement", "a letter of protest”") end right
    before ``start``, past closing quotes?"""
    i = start - 1
    while i >= 0 and tokens[i].text in ("”", '"', "'"):
        i -= 1
    return i >= 0 and tokens[i].low in cues().message_nouns


_WRITING = frozenset({"wrote", "written", "write", "writes", "writing"})
# lower-case words of an addressee's title ("to the UAE president", "to his counterpart")
_ADDRESSEE_WORDS = frozenset(
    {"the", "his", "her", "its", "their", "president", "prime", "minister", "premier",
     "crown", "prince", "king", "emir", "counterpart", "counterparts", "foreign", "chief",
     "leader", "leadership", "government", "secretary", "general", "'s", "’s"}
)
_ADDRESSEE_REACH = 8


def _after_addressee(tokens: Sequence[Token], start: int) -> bool:
    """Does the addressee of a letter end right before ``start`` ("wrote a letter to the
    UAE president seeking ...", "wrote to his Saudi counterpart requesting ...")?"""
    for i in range(start - 1, max(0, start - 1 - _ADDRESSEE_REACH), -1):
        word = tokens[i]
        if word.low == "to":
            return i > 0 and (
                tokens[i - 1].low in _WRITING or tokens[i - 1].low in cues().message_nouns
            )
        if not (word.text[:1].isupper() or word.low in _ADDRESSEE_WORDS):
            return False
    return False


def _participle_before(tokens: Sequence[Token], start: int) -> int | None:
    """The -ing verb whose object phrase opens at ``start`` ("delivering a formal
    protest"), if only lower-case words of that phrase lie between."""
    linking = cues().all_prepositions | {"that", "it", "them"}
    for i in range(start - 1, max(0, start - _PARTICIPLE_REACH - 1), -1):
        word = tokens[i].text
        if not word.islower() or word in linking:
            # a name, a number or punctuation ends the phrase; "accusing it of
            # aggression", "demanding that a ban ...": what is said, not done
            return None
        if word.endswith("ing") and len(word) > 4:
            return None if word in _ING_PREPOSITIONS else i  # "during the visit"
    return None


def is_object_of(analysis: SentenceAnalysis, previous: Match, match: Match) -> bool:
    """Is ``match`` a noun phrase right after ``previous``'s verb, i.e. its object?"""
    if not 0 <= match.start - previous.end <= 5:
        return False
    opening = analysis.tokens[match.start].low
    adverbial = opening in cues().all_prepositions or opening in _ADVERBIAL
    if match.start != match.anchor and adverbial:
        return False  # "visited Baku on the invitation of X": how it came about, no object
    if (
        previous.anchor == previous.end - 1
        and match.start > previous.end
        and analysis.tokens[previous.end].low in _NEW_SUBJECT_OPENERS
        and is_noun_head(analysis.tokens, previous.anchor)
    ):
        # "During the meeting the Azerbaijani side expressed a protest": a noun takes no
        # object, and a phrase opening with "the" after it begins a clause of its own
        return False
    words = cues().object_np
    return all(
        analysis.tokens[i].low in words or analysis.inside_actor(i)
        for i in range(previous.end, match.anchor)
    )


_NEW_SUBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


DECIDING = frozenset(
    {"decided", "decides", "decide", "voted", "votes", "moved", "moves", "resolved", "chose",
     "announced"}  # "had announced to recall its ambassador": decided to
)


def after_own_verb(analysis: SentenceAnalysis, previous: Match | None, match: Match) -> bool:
    """Is the "to"-infinitive governed by a verb of deciding of its own after the last
    event ("expelled the envoy, minutes after it decided to downgrade ties")? Then it
    is no purpose of that event: the decision is the act."""
    start = match.start - 1
    return previous is not None and (
        (start - 1 > previous.end and analysis.tokens[start - 1].low in DECIDING)
        or (
            match.pattern.kind in _DECIDED_MEASURES
            and _decision_noun(analysis, start, previous.anchor)
        )
    )


# nouns of a decision taken, whose "to"-infinitive is the act decided: "regretted the
# decision by Kinshasa to expel its ambassador" (a bare "the decision to" names no taker)
_DECISION_NOUNS = frozenset({"decision", "decisions"})
# the measures a decision so named takes against another side ("to expel", "to close the
# border"); a welcomed "decision of X to open an embassy" stays what is welcomed
_DECIDED_MEASURES = frozenset({"sanction", "coerce", "armed_clash", "mobilize"})


def _decision_noun(analysis: SentenceAnalysis, to: int, floor: int) -> bool:
    """Does a decision noun after the token ``floor`` govern the "to" at ``to`` through
    the "by"/"of" phrase naming who took it ("the decision of the Polish authorities to")?"""
    taken = decision_taker(analysis, to, _DECISION_NOUNS)
    return taken is not None and taken[0] - 2 > floor


def decision_taker(
    analysis: SentenceAnalysis, to: int, nouns: frozenset[str]
) -> tuple[int, ActorMention] | None:
    """Who "the decision by X to", "the move of X to" names as taking it, before the
    "to" at ``to``: the first token of X's mention and the mention; else None."""
    tokens = analysis.tokens
    if to < 1 or tokens[to].low != "to":
        return None
    taken = next(((f, m) for f, last, m in analysis.actor_at if last == to - 1), None)
    if taken is None or taken[0] < 2:
        return None
    first = taken[0] - (tokens[taken[0] - 1].low == "the")  # "of the Polish government"
    if first < 2 or tokens[first - 1].low not in ("by", "of") or tokens[first - 2].low not in nouns:
        return None
    return first, taken[1]


# verbs that make someone else act: "prompting Seoul to vow retaliation"
_CAUSATIVES = frozenset(
    {"prompting", "prompted", "prompts", "forcing", "forced", "forces", "leading", "led",
     "causing", "caused", "pushing", "pushed", "compelling", "compelled", "spurring",
     "spurred"}
)
# what one side is prompted to do back to another: a threat, a sanction, force
_CAUSED_KINDS = frozenset({"criticism_hostility", "sanction", "armed_clash", "coerce", "mobilize"})


def caused_actor(analysis: SentenceAnalysis, match: Match) -> int | None:
    """For a "to"-infinitive of an answer whose doer a causative verb names before it
    ("prompting Seoul to vow retaliation", "forcing Estonia to expel a Russian
    diplomat"): the first token of that doer's mention, whose act the infinitive is;
    else None."""
    if match.pattern.kind not in _CAUSED_KINDS or not is_infinitive(analysis, match):
        return None
    to = match.start - 1
    doer = next((f for f, last, _ in analysis.actor_at if last == to - 1), None)
    if doer is None or doer < 1 or analysis.tokens[doer - 1].low not in _CAUSATIVES:
        return None
    return doer


def is_infinitive(analysis: SentenceAnalysis, match: Match) -> bool:
    """Does the match start with a "to"-infinitive ("invited X to join", "to demand")?"""
    start = match.start
    return start > 0 and analysis.tokens[start - 1].low == "to" and match.anchor == start


def asks_actor_to(analysis: SentenceAnalysis, previous: Match, match: Match) -> bool:
    """Is ``match`` a "to"-infinitive right after ``previous``'s object, an actor ("asked
    Japan to provide aid", "urged the two sides to meet")?"""
    between = range(previous.end, match.start - 1)
    words = cues().object_np
    return any(analysis.inside_actor(i) for i in between) and all(
        analysis.inside_actor(i) or analysis.tokens[i].low in words for i in between
    )


def is_noun_use(tokens: Sequence[Token], index: int) -> bool:
    """Is the trigger at ``index`` used as a noun ("the visit", "Pakistan's support")?"""
    if index == 0:
        return False
    before = tokens[index - 1].low
    return before in cues().noun_markers or before.endswith(("'s", "’s"))


def is_noun_head(tokens: Sequence[Token], index: int) -> bool:
    """``is_noun_use``, or a determiner and one modifier before the word ("a surprise
    visit", "a deadly attack"); "the rebels attacked" keeps its verb (a past tense,
    or a plural noun before it)."""
    if is_noun_use(tokens, index):
        return True
    if index < 2 or tokens[index].low.endswith("ed"):
        return False
    modifier = tokens[index - 1]
    determiner = tokens[index - 2].low
    return (
        (determiner in cues().determiners or determiner.endswith(("'s", "’s")))
        and modifier.text.isalpha()
        and modifier.text.islower()
        and not modifier.low.endswith("s")
    )


def is_gerund_object(tokens: Sequence[Token], index: int) -> bool:
    """A word governed by a preposition ("jailed for helping militants", "in favor of")
    or an -ing form opening a participle clause (", killing eight people"): a noun or a
    modifier saying why, how or with what result, not an act of its own."""
    if index == 0:
        return False
    before = tokens[index - 1].low
    return before in cues().gerund_prepositions or (
        before == "," and tokens[index].low.endswith("ing")
    )


_CONTENT_PREPOSITIONS = frozenset({"of", "for", "in", "at"})
_DENIALS = frozenset({"deny", "denies", "denied", "denying"})
# an aim named with a preposition: "talks focused on expanding trade", "a step towards
# normalising relations", "with a view to deepening ties" (after "aimed at", which "at" has)
_AIMS = {
    "on": ("focused", "focusing", "focuses", "focussed", "centred", "centered", "concentrated"),
    "towards": (),  # any "towards -ing" is a direction, not an act done
    "toward": (),
    "to": ("view",),
}
_AIM_REACH = 12  # words back from "and supporting" to the -ing it is coordinated with
# what makes a "by -ing" clause the content of a charge or a reason, not a means
_CHARGES = ("accus", "blam", "charg", "thank", "prais", "criticis", "criticiz", "condemn")
_CHARGE_REACH = 12


_GENERIC = frozenset(
    {"beyond", "besides", "than", "including", "such", "like", "unlike", "regular", "frequent"}
)
_GENERIC_REACH = 10
# "the first such visit since 1990", "the latest such attack", "another such incident":
# "such" after a determiner or an ordinal points back at a kind already told and names
# one act of it ("such as" and a bare "such acts" name the kind in passing)
_ONE_SUCH = frozenset(
    {"the", "a", "an", "another", "first", "second", "third", "fourth",
     "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "only",
     "recent", "one", "previous"}
)  # fmt: skip
_DEFINITE_LIST = frozenset({"the", "its", "their", "his", "her"})


def is_part_of_name(analysis: SentenceAnalysis, at: int) -> bool:
    """Is the trigger word at ``at`` a word of a name ("Foreign Minister of Nepal Ram
    Sharan Mahat met", "Sweden's Saab")? A capitalised word, not an event's own noun
    ("the Japan-Vietnam Summit Meeting"), inside an actor's mention or between
    capitalised words, in a sentence written in lower case: a headline in title case
    ("Army Strikes Posts Along the LoC") leaves only a title's small words in lower
    case."""
    tokens = analysis.tokens
    word = tokens[at]
    if at == 0 or not word.text[:1].isupper() or word.low in cues().event_nouns:
        return False
    if analysis.inside_actor(at):
        return True
    if at + 1 >= len(tokens) or not (
        _capital_word(tokens[at - 1]) and _capital_word(tokens[at + 1])
    ):
        return False
    return any(t.text.islower() and t.low not in _TITLE_SMALL_WORDS for t in tokens)


def _capital_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha()


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
     "or", "over", "the", "to", "vs", "with"}
)


def is_generic_mention(analysis: SentenceAnalysis, match: Match) -> bool:
    """Is the match a kind of act named in passing ("goes beyond participation in
    joint exercises", "areas such as joint drills") rather than an act told?"""
    tokens = analysis.tokens
    anchor = tokens[match.anchor].low
    if not (anchor in cues().event_nouns or is_noun_head(tokens, match.anchor)):
        return False  # "aircraft including gunships killed 46 civilians": a verb, told
    for i in range(match.start - 1, max(-1, match.start - _GENERIC_REACH), -1):
        word = tokens[i].low
        if word == "including" and i + 1 < len(tokens) and tokens[i + 1].low in _DEFINITE_LIST:
            return False  # "actions including the immediate closure of its airspace": told
        before = tokens[i - 1].low if i > 0 else ""
        if word == "such" and tokens[i + 1].low != "as" and (
            before in _ONE_SUCH or before.endswith("est")
        ):
            return False  # "the first such visit since 1990": one act, told
        if word in _GENERIC:
            return True
        if word in (",", ";", ":") or word in cues().clause_breaks or analysis.inside_actor(i):
            return False
    return False


_ENDING = frozenset({("end", "to"), ("halt", "to"), ("stop", "to"), ("cessation", "of")})
_ENDING_REACH = 6  # words from "an end to" to the act it would end
_CALLS = ("urg", "call", "demand", "seek", "sought", "press", "appeal", "ask", "want")


def is_act_to_end(tokens: Sequence[Token], start: int) -> bool:
    """Is the match what a call would end ("urged an end to the attacks of Russia's
    services", "called for a halt to the shelling")? It is the call's content: its
    actor is not the caller."""
    for i in range(max(0, start - _ENDING_REACH), start - 1):
        if (tokens[i].low, tokens[i + 1].low) in _ENDING:
            # a call's ("urged an end to"), not an act of the subject's ("put an end to
            # its veto": it ended its own act)
            return any(t.low.startswith(_CALLS) for t in tokens[max(0, i - 4) : i])
    return False


def is_told_content(tokens: Sequence[Token], start: int) -> bool:
    """Is the match an ``-ing`` form governed by "of", "for" or "in" ("accused X of
    supplying arms", "thanked Y for helping", "praised Z for sending aid"), or by "by"
    inside such a charge ("accused France of fuelling conflicts by supplying arms")? It
    is the content of an accusation or a reason, which an analyst does not count as an
    event of its own. Otherwise "by" tells how an act was done ("concluded his visit by
    signing five MoUs"), an act of its own."""
    if not (start > 0 and tokens[start].low.endswith("ing")):
        return False
    before = tokens[start - 1].low
    near = [t.low for t in tokens[max(0, start - 6) : start - 1]]
    if before == "by":
        charge = [t.low for t in tokens[max(0, start - _CHARGE_REACH) : start - 1]]
        return any(w.startswith(_CHARGES) for w in charge)
    if before == "in" and any(w.startswith("join") for w in near[-1:]):
        return False  # "joined in condemning": the act itself
    if before in _DENIALS or (before in ("ever", "any") and near[-1:] and near[-1] in _DENIALS):
        return True  # "denied supplying weapons": what is denied is not told as done
    if _fighting_noun(tokens, start):
        return False  # "after five days of fighting", "killed in fighting between ...": told
    return before in _CONTENT_PREPOSITIONS or _is_aim(tokens, start)


# force told by its -ing noun ("fighting", "shelling") after "of" or "in": an act told, not
# the content of a charge ("accused X of shelling villages"), when "of" follows a stretch,
# a bout or a report of it ("five days of fighting", "a new round of shelling", "reports of
# fighting on the border"), or "in" names where people fell or what rose or fell ("killed
# in fighting", "a lull in the shelling") or takes no object ("in fighting between ...")
_FIGHTING_NOUNS = frozenset({"fighting", "shelling", "bombing", "bombings", "firing", "shooting"})
_FIGHTING_SPELLS = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    "night", "nights", "decade", "decades", "round", "rounds", "bout", "bouts", "wave",
    "waves", "spate", "surge", "outbreak", "resumption", "escalation", "renewal", "upsurge",
    "intensification", "flare-up", "report", "reports", "lull",
})
_FIGHTING_CASUALTIES = frozenset({
    "killed", "died", "wounded", "injured", "dead", "deaths", "casualties", "lost", "lull",
    "surge", "escalation", "increase", "rise", "upsurge",
})
# what names a fight only as one that may come ("the risk of fighting between X and Y")
_FIGHTING_FEARED = frozenset({
    "risk", "risks", "threat", "threats", "danger", "dangers", "fear", "fears", "prospect",
    "prospects", "possibility", "spectre", "specter", "likelihood", "chance", "chances",
    "warned", "warn", "warns", "warning", "warnings", "capable", "avoid", "averting",
    "prevention", "prevent",
})
_FIGHTING_FOLLOWERS = frozenset({
    "between", "along", "on", "at", "near", "across", "around", "with", "since",
    "that", "which", "erupted", "broke", ",", ".", ";", "and",
})


def _fighting_noun(tokens: Sequence[Token], start: int) -> bool:
    """Is the force -ing form at ``start``, after "of" or "in", the noun of a fight told
    (see ``_FIGHTING_NOUNS``)?"""
    if tokens[start].low not in _FIGHTING_NOUNS or start < 2:
        return False
    before, governor = tokens[start - 1].low, tokens[start - 2].low
    if before == "of":
        # "against the background of fighting between Russia and Ukraine": a fight named
        # by its two sides is one told, not what a charge says
        between = start + 1 < len(tokens) and tokens[start + 1].low == "between"
        return governor in _FIGHTING_SPELLS or (between and governor not in _FIGHTING_FEARED)
    if before != "in":
        return False
    after = tokens[start + 1].low if start + 1 < len(tokens) else "."
    return governor in _FIGHTING_CASUALTIES or after in _FIGHTING_FOLLOWERS


def _is_aim(tokens: Sequence[Token], start: int, coordinated: bool = True) -> bool:
    """Is the ``-ing`` form at ``start`` an aim ("a visit focused on expanding trade", "a
    step towards normalising their relations"), or the second of two ("aimed at enhancing
    its defences and supporting modernisation")? What something is aimed at is not done."""
    before = tokens[start - 1].low
    if before in _AIMS:
        heads = _AIMS[before]
        return not heads or (start > 1 and tokens[start - 2].low in heads)
    if not coordinated or before not in ("and", "or"):
        return False
    for i in range(start - 2, max(0, start - _AIM_REACH), -1):
        word = tokens[i].low
        if word in (",", ";", ":", ".") or word in cues().clause_breaks:
            return False
        if word.endswith("ing") and i > 0:
            # the nearest -ing before "and": the aim it shares, or none
            return tokens[i - 1].low in _CONTENT_PREPOSITIONS or _is_aim(tokens, i, False)
    return False


def is_reduced_relative(analysis: SentenceAnalysis, index: int) -> bool:
    """A participle right after a noun phrase that sits in a prepositional phrase
    ("warrants for two Georgian men sought in Turkey"): it describes the men,
    who cannot be the subject of a verb of their own there."""
    tokens = analysis.tokens
    word = tokens[index].low
    if index == 0 or not (word.endswith(("ed", "en", "wn")) or word in cues().participles):
        return False
    # the noun phrase ends right before it, or one plain noun later ("Georgian men")
    owner = next(
        (first for first, last, _ in analysis.actor_at
         if last == index - 1 or (last == index - 2 and tokens[index - 1].low.isalpha())),
        None,
    )  # fmt: skip
    if owner is None:
        return False
    before = [t.low for t in tokens[max(0, owner - 2) : owner]]
    return any(w in cues().all_prepositions for w in before)


def in_compound(tokens: Sequence[Token], index: int) -> bool:
    """Is the word the tail of a hyphenated compound ("Qaeda-linked", "UK-based")?"""
    return (
        index > 0
        and tokens[index - 1].text == "-"
        and tokens[index - 1].end == tokens[index].start
        and index > 1
        and tokens[index - 2].end == tokens[index - 1].start
    )


# participles used as adjectives of the subject's own mind or readiness
_STATES_OF_MIND = frozenset(
    {"interested", "concerned", "determined", "prepared", "pleased",
     "satisfied", "worried", "disappointed", "willing", "eager", "keen",
     "alarmed", "troubled", "disturbed", "outraged", "appalled", "dismayed"}
)


def is_passive(tokens: Sequence[Token], index: int) -> bool:
    """A past participle after a form of "be" within three tokens ("was signed"), or
    right before "by" ("victims killed by ...")."""
    c = cues()
    word = tokens[index].low
    if not (word.endswith(("ed", "en", "wn")) or word in c.participles):
        return False
    if word in _STATES_OF_MIND:
        return False  # "is interested in buying": an adjective, its subject acts
    if index + 1 < len(tokens) and tokens[index + 1].low == "by":
        return True  # "victims killed by the crash": a participle with its agent
    for k in range(index - 1, max(-1, index - 4), -1):
        t = tokens[k]
        if t.low == "to":
            return False  # "are seeking to deepen": an infinitive, whatever its ending
        if t.low == "," and k > 0 and not _participle_like(tokens[k - 1].low):
            # "said the move was illegal, demanded ...": the "be" ends a clause of its
            # own before the comma; not "were beaten, detained" (a list of participles)
            return False
        if t.low in c.be_forms:
            return True
    return _after_existential(tokens, index) or _reduced_relative(tokens, index)


def _participle_like(word: str) -> bool:
    return word.endswith(("ed", "en", "wn")) or word in cues().participles


# words after "as" that make it no role given to a patient ("arrested as spies") but
# part of an object or an adverb ("as many as", "as well", "as part of")
_AS_NO_ROLE = frozenset({"many", "much", "few", "well", "part", "soon", "long", "a"})


def _reduced_relative(tokens: Sequence[Token], index: int) -> bool:
    """ "a Japanese citizen detained in Beijing", "32 Armenians mostly captured in late
    2020": an act done to someone, told by its participle right after the noun and
    before a place or a time, with no object of its own."""
    c = cues()
    if tokens[index].low not in c.patient_participles or index + 1 >= len(tokens):
        return False
    if tokens[index + 1].low not in c.after_patient:
        return False
    if (tokens[index].low, tokens[index + 1].low) in _ACTIVE_WITH_PREP and not (
        _finite_verb_later(tokens, index + 2)
    ):
        return False  # "soldiers shot at farmers": the verb of the clause, not a relative
    if _object_after_time(tokens, index + 1):
        return False  # "Poland expelled on Thursday three Russian diplomats": its object
    if tokens[index + 1].low == "as" and (
        index + 2 >= len(tokens) or tokens[index + 2].low in _AS_NO_ROLE
    ):
        return False  # "arrested as many as four officers": "as" opens its object
    before = index - 1
    if before > 0 and tokens[before].low.endswith("ly"):
        before -= 1  # "mostly captured"
    word = tokens[before].text if before >= 0 else ""
    return word.isalpha() and tokens[before].low not in _NOT_NOUNS


_DAY_WORDS = frozenset(WEEKDAYS) | {
    "morning", "afternoon", "evening", "night", "last", "this", "late", "early",
}
# words that open an object noun phrase ("three Russian diplomats", "the envoy")
_VERB_OBJECT_OPENERS = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "several", "dozens", "all",
})


def _object_after_time(tokens: Sequence[Token], at: int) -> bool:
    """Does a day told right after a verb ("on Thursday", "late Sunday") come before
    the verb's own object ("expelled on Thursday three diplomats")? Then the verb is
    active, not a participle telling what was done to the noun before it."""
    i = at + 1 if at < len(tokens) and tokens[at].low == "on" else at
    start = i
    while i < len(tokens) and tokens[i].low in _DAY_WORDS:
        i += 1
    if i == start or not any(t.low.endswith("day") for t in tokens[start:i]):
        return False
    return i < len(tokens) and tokens[i].low in _VERB_OBJECT_OPENERS


# a participle whose active verb takes this preposition ("shot at the farmers"): read as
# a reduced relative ("soldiers shot at the border were flown home") only when another
# verb of the clause follows it
_ACTIVE_WITH_PREP = frozenset({("shot", "at"), ("shot", "into"), ("shot", "on")})
_FINITE_VERBS_AFTER = frozenset(
    {"has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
     "should", "died", "dies", "remain", "remains", "remained", "say", "says", "said"}
)
_FINITE_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "and", "but", "while", "as", "after",
                               "before", "when", "who", "which", "that"})


def _finite_verb_later(tokens: Sequence[Token], start: int) -> bool:
    """Is there a finite verb after ``start`` in the same clause?"""
    for t in tokens[start:]:
        if t.low in _FINITE_CLAUSE_ENDS:
            return False
        if t.low in cues().be_forms or t.low in _FINITE_VERBS_AFTER:
            return True
    return False


# words that leave a participle after them active or its clause's own verb
_NOT_NOUNS = frozenset(
    {"has", "have", "had", "who", "which", "that", "they", "he", "she", "it", "we", "i",
     "and", "or", "but", "also", "then", "reportedly", "allegedly"}
)


def _after_existential(tokens: Sequence[Token], index: int) -> bool:
    """Is the participle at ``index`` said of the noun phrase of "there were ..."
    ("there were ten soldiers killed")?"""
    for i in range(index - 1, max(0, index - 8), -1):
        if tokens[i].low in {"to", ",", "that", "who", "which"}:
            return False
        if tokens[i].low in cues().be_forms and tokens[i - 1].low == "there":
            return True
    return False


def preposition_before(tokens: Sequence[Token], index: int) -> str | None:
    """The word governing the token at ``index``, skipping articles."""
    i = index - 1
    while i >= 0 and tokens[i].low in {"the", "a", "an", "its", "their", "official"}:
        i -= 1
    return tokens[i].low if i >= 0 else None


def is_full_sentence(analysis: SentenceAnalysis) -> bool:
    """A sentence, not a heading or caption: long enough and properly ended."""
    text = analysis.sentence.text.rstrip()
    return len(analysis.tokens) >= 6 and text.endswith((".", "!", "?", '"', "”"))


_NOUN_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her"})


# words that cannot go on a noun phrase after its date
_PHRASE_ENDS_AFTER_DATE = frozenset(
    {"with", "to", "in", "at", "on", "and", "or", "for", "from", "by", "as", "when",
     "after", "before", "during", "amid", "the", "a", "an", "that", "which", "but",
     "while", "into", "said", "says"}
)


def names_a_thing(analysis: SentenceAnalysis, index: int, end: int, anchor: int) -> bool:
    """Is the date at token ``index`` (ending at character ``end``) part of a noun
    phrase naming something ("the Aug. 13 normalization agreement", "the 1995
    customs union"), other than the trigger itself ("the 2016 summit")?"""
    tokens = analysis.tokens
    if index == 0 or not (
        tokens[index - 1].low in _NOUN_DETERMINERS or tokens[index - 1].low.endswith(("'s", "’s"))
    ):
        return False
    after = next((i for i in range(index, len(tokens)) if tokens[i].start >= end), None)
    if (after is None or not tokens[after].text.isalpha()
            or tokens[after].low in _PHRASE_ENDS_AFTER_DATE):  # fmt: skip
        return False  # "met this Monday with Lula": the date ends its phrase
    if after <= anchor and _words_between(tokens, after, anchor) <= 2:
        return False  # "the March 3 high-level talks": a compound is one word
    # "the 2020 Armenian-Azerbaijani war": names and hyphens between are the trigger's
    return not (
        after < anchor <= after + 4
        and all(t.text == "-" or t.text[:1].isupper() for t in tokens[after:anchor])
    )


def _words_between(tokens: Sequence[Token], start: int, end: int) -> int:
    """The words from token ``start`` up to ``end``, a hyphened compound ("high-level",
    "long-awaited") counted once."""
    return sum(
        1 for i in range(start, end)
        if tokens[i].text != "-" and not (i > start and tokens[i - 1].text == "-")
    )  # fmt: skip


def is_deadline(analysis: SentenceAnalysis, index: int) -> bool:
    """Is the date at token ``index`` a deadline ("by March 2024", "until June") or a
    term ("a memorandum of cooperation for 2026-2028")?"""
    tokens = analysis.tokens
    if index > 0 and tokens[index - 1].low in ("until", "till"):
        # "was not reached until 1991", "It was not until 1995 that ...": the act's date
        return not not_until_past(tokens, index - 1)
    if index > 1 and tokens[index - 1].low in _YEAR_EDGE_WORDS and tokens[index - 2].low in (
        "until", "till"
    ):
        return not not_until_past(tokens, index - 2)  # "until late 1991"
    return index > 0 and tokens[index - 1].low in ("by", "for")


_YEAR_EDGE_WORDS = frozenset({"late", "early", "mid"})


def year_in_name(analysis: SentenceAnalysis, start: int, end: int) -> DateRef | None:
    """A year that is part of a name, as exercises are named ("AMAN-2013")."""
    text = analysis.sentence.text
    for token in analysis.tokens[start:end]:
        found = _NAMED_YEAR.fullmatch(token.text)
        if found is None and token.low.isdigit() and token.start > 0:
            name_start = text.rfind(" ", 0, token.start) + 1
            if text[token.start - 1] == "-" and text[name_start : name_start + 1].isupper():
                found = re.fullmatch(r"(\d{4})", token.text)
        if found is not None and 1950 <= int(found.group(1)) <= 2040:
            return DateRef(start=found.group(1), end=None, precision="year", text=token.text)
    return None


_PERFECT = frozenset({"has", "have", "'ve"})
_PRESENT_AUX = frozenset({"is", "are", "am", "does", "do"})
_ADVERBS = frozenset(
    {"also", "already", "recently", "now", "just", "jointly", "not", "never", "n't"}
)


def tense(tokens: Sequence[Token], anchor: int) -> str:
    """The tense of a verb trigger, as far as dating needs it: "perfect" ("has
    invited", "have been held"), "present" ("supports", "is holding"), or "past"
    (everything else, nouns included). A perfect or present act is told as it
    stands now, so it takes no date from earlier sentences."""
    word = tokens[anchor].low
    i = anchor - 1
    # "has also invited", "Mexico strongly condemns": adverbs stand between
    while i >= 0 and (
        tokens[i].low in _ADVERBS | {"been", "being"}
        or (tokens[i].low.endswith("ly") and tokens[i].text.islower())
    ):
        i -= 1
    before = tokens[i].low if i >= 0 else ""
    if before in _PERFECT:
        return "perfect"
    if before in _PRESENT_AUX:
        return "present"
    if word.endswith("s") and not word.endswith("ss") and not is_noun_use(tokens, anchor):
        # "Pakistan supports ...": a verb in the third person
        return "present" if i >= 0 and tokens[i].text[:1].isupper() else "past"
    return "past"


_DEFINITE = frozenset(
    {"the", "this", "that", "these", "those", "such", "said", "same", "its", "their", "his",
     "her", "our", "both"}
)  # fmt: skip
# words that bring in another event of a series: "a new agreement", "the next meeting",
# "the most recent talks"
_INDEFINITE = frozenset(
    {"a", "an", "another", "new", "second", "third", "further", "other", "one", "next", "recent",
     "latest", "last", "previous", "first", "earlier", "later", "similar", "subsequent"}
)  # fmt: skip


_MODIFIERS = frozenset(
    {"joint", "military", "naval", "formal", "official", "bilateral", "trilateral", "state",
     "high-level", "two-day", "three-day", "five-day", "planned", "proposed", "historic",
     "landmark", "mutual", "defence", "defense", "trade", "peace", "strategic", "economic",
     "military-technical", "annual", "deadly", "reported"}
)  # fmt: skip


_ADDITIVE = frozenset({"also", "another", "additional", "additionally", "further", "too"})
_RELATIVE = frozenset({"who", "which", "whose", "whom"})


def is_additive(analysis: SentenceAnalysis, clause_first: int, start: int) -> bool:
    """Does the clause add an act to those told ("The ministers also signed ...",
    "signed another agreement")? Not an "also" of a relative clause on the way ("X and
    Y, who is also deputy premier, discussed ...")."""
    tokens = analysis.tokens
    aside = clause_first > 0 and tokens[clause_first - 1].low in _RELATIVE
    for token in tokens[clause_first : start + 2]:
        if token.low in _RELATIVE and not aside:
            aside = True
        elif aside and token.text in (",", ";"):
            aside = False
        elif token.low in _ADDITIVE and not aside:
            return True
    return False


_SEQUENCE = frozenset({"after", "following", "followed", "before", "preceded", "ahead", "prior"})


def is_sequenced(analysis: SentenceAnalysis, match: Match) -> bool:
    """Is the event's phrase told as the time of another act ("held talks after a meeting
    with the fund", "the meeting followed a one-on-one talk", "ahead of a summit")?"""
    tokens = analysis.tokens
    for i in range(match.start - 1, max(-1, match.start - 6), -1):
        word = tokens[i].low
        if word in _SEQUENCE or (word in ("of", "to") and i > 0 and tokens[i - 1].low in _SEQUENCE):
            return True
        if not (word in _INDEFINITE or word in _DEFINITE or word in _MODIFIERS or word == "-"
                or analysis.inside_actor(i) or word.isdigit() or "-" in word):
            return False
    return False


def is_bare_reference(analysis: SentenceAnalysis, match: Match) -> bool:
    """Is the trigger an event noun after a definite article with no side named
    around it ("The visit comes amid ...", "during the talks"), so that it can only
    mean an event already told?"""
    tokens = analysis.tokens
    anchor = match.anchor
    if anchor == 0 or tokens[anchor - 1].low not in ("the", "this", "that", "these", "those"):
        return False
    if tokens[anchor].low not in cues().event_nouns:
        # "Islamabad said that the attack left two children dead", "Iraq's president says
        # the strike targeted civilians": an act told before, the reporter no side of it
        return _reported(tokens, anchor - 1) and not any(
            anchor < f <= anchor + 4 for f, _, _ in analysis.actor_at
        )
    return not any(anchor - 3 <= f <= anchor + 4 for f, _, _ in analysis.actor_at)


def _reported(tokens: Sequence[Token], article: int) -> bool:
    """Does a reporting verb, maybe with "that", stand right before ``article``?"""
    at = article - 1
    if at >= 0 and tokens[at].low == "that":
        at -= 1
    return at >= 0 and tokens[at].low in cues().reporting


def is_definite(analysis: SentenceAnalysis, match: Match) -> bool:
    """Does the event's phrase refer back to something already told ("the exercise",
    "signed the memorandum", "this visit", "as mentioned") rather than bring in a new
    one ("a new agreement", "another visit")?"""
    if any(t.low in ("mentioned", "aforementioned", "aforesaid") for t in analysis.tokens):
        return True
    return _article(analysis, match) == "definite"


def is_indefinite(analysis: SentenceAnalysis, match: Match) -> bool:
    """Does the event's phrase bring in a new one ("a military agreement signed in
    2003", "another visit")?"""
    return _article(analysis, match) == "indefinite"


def _article(analysis: SentenceAnalysis, match: Match) -> str | None:
    tokens = analysis.tokens
    for token in tokens[match.start : match.end]:  # "signed the memorandum"
        if token.low in _INDEFINITE:
            return "indefinite"
        if token.low in _DEFINITE:
            return "definite"
    for i in range(match.start - 1, max(-1, match.start - 5), -1):
        word = tokens[i].low
        if word in _INDEFINITE:
            return "indefinite"
        if word in _DEFINITE or word.endswith(("'s", "’s")):
            return "definite"
        if not (word in _MODIFIERS or analysis.inside_actor(i) or word.isdigit()):
            return None
    return None


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def each_other(tokens: Sequence[Token], end: int) -> bool:
    """Does "each other" or "one another" follow the trigger ("accused each other")?"""
    words = tuple(t.low for t in tokens[end : end + 2])
    return words in (("each", "other"), ("one", "another"))


def neighbour_after(tokens: Sequence[Token], end: int) -> bool:
    """Is the trigger's object "its (northern) neighbour", "(from / against) its
    (southern) neighbour", "its rival"?"""
    words = [t.low for t in tokens[end : end + 4]]
    if words and words[0] in _TOWARDS:
        words = words[1:]  # "recalled its ambassador from its northern neighbour"
    if not words or words[0] not in POSSESSIVE_PRONOUNS:
        return False
    return any(w in _OTHER_SIDE_NOUNS for w in words[1:3])


_TOWARDS = frozenset({"from", "to", "against", "with", "at", "on", "toward", "towards", "into"})
# what a state's other side in a two-sided story is called ("its neighbour", "its rival")
_OTHER_SIDE_NOUNS = frozenset(
    {"neighbour", "neighbor", "rival", "foe", "adversary", "enemy"}
)
