"""The document pipeline: segment -> find actors, dates, figures -> code events.

One ``Pipeline`` holds the loaded dictionaries and serves a whole run; stages
only exchange model records.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dyadscope.classify.analysis import DocContext, SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.discourse import complete_counterparts, one_sided, tell_once
from dyadscope.classify.dyad import document_dyad
from dyadscope.classify.events import EventCoder
from dyadscope.classify.groups import DASHES
from dyadscope.classify.narrative import (
    RETOLD_REACH,
    STORY_REACH,
    NarrativeDates,
    date_by_setting_meeting,
    date_by_story_day,
    date_plans_by_later_day,
    redate_named_retelling,
    redate_retold,
)
from dyadscope.classify.observations import find_observations
from dyadscope.classify.patterns import PatternSet
from dyadscope.classify.referents import body_named, organisation_mentions
from dyadscope.classify.syntax import attribution_start, main_clause_start
from dyadscope.classify.transform import TransformRules
from dyadscope.dictionaries.petrarch_verbs import is_verbs_file, load_petrarch_dictionary
from dyadscope.mentions.actors import Gazetteer
from dyadscope.mentions.addressees import parties_named
from dyadscope.mentions.dates import dateline_day, find_dates, fiscal_first_month
from dyadscope.mentions.historical import find_clashes
from dyadscope.mentions.quantities import find_quantities
from dyadscope.mentions.regions import RegionMemory, Regions
from dyadscope.mentions.story_years import StoryYear
from dyadscope.mentions.titles import TitleMemory, Titles
from dyadscope.model import (
    Actor,
    ActorMention,
    Citation,
    Document,
    Event,
    Observation,
    Rejection,
    Sentence,
)
from dyadscope.segment import segment

PATTERN_SUFFIXES = (".patterns", ".patterns.tsv")


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the pipeline learnt from one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    citations: tuple[Citation, ...]
    events: tuple[Event, ...]
    observations: tuple[Observation, ...]
    dyad: tuple[str, str] | None
    warnings: tuple[str, ...] = ()  # what the reader should know ("give --date")

    def records(self) -> list[Event | Observation]:
        """Events then observations, in document order within each."""
        return [*self.events, *self.observations]


def is_pattern_file(path: Path) -> bool:
    """Event-pattern dictionaries (ours, or PETRARCH ``.verbs`` files) are told from
    actor dictionaries by name or header."""
    name = path.name.lower()
    if name.endswith(PATTERN_SUFFIXES) or is_verbs_file(path):
        return True
    try:
        with path.open(encoding="utf-8") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError):
        return False
    return first.lower().startswith("# dyadscope event patterns")


class Pipeline:
    """Extraction with the package dictionaries plus any user dictionaries.

    ``dictionaries_only``: code with the users' event patterns and agents alone, as
    PETRARCH does with a full set of dictionaries: the package's event patterns and
    sector words are not used (its names of states, capitals and people still are).
    ``one_sided``: also keep events with a single side or whose sides are one state,
    as CAMEO and PLOVER coders do; by default every event relates two parties.
    """

    def __init__(
        self,
        dictionaries: Sequence[Path] = (),
        *,
        pair: tuple[str, str] | None = None,
        dictionaries_only: bool = False,
        one_sided: bool = False,
    ) -> None:
        paths = [Path(p) for p in dictionaries]
        pattern_files = [p for p in paths if is_pattern_file(p)]
        actor_files = [p for p in paths if p not in pattern_files]
        self.dictionaries_only = dictionaries_only
        self.gazetteer = (
            Gazetteer.from_files(actor_files, only_agents=dictionaries_only)
            if actor_files
            else Gazetteer.default()
        )
        self.dictionary_rejections: list[Rejection] = []  # unusable verb-dictionary lines
        self.transformations: list[TransformRules] = []  # verb dictionaries' "~" rules
        patterns = self._patterns(pattern_files) if pattern_files else None
        self.coder = EventCoder(patterns, self.transformations)
        self.titles = Titles(self.gazetteer.titles())  # "the premier": who the text named so
        self.pair = pair
        self.one_sided = one_sided

    @property
    def rejections(self) -> list[Rejection]:
        """Dictionary lines and blocks that could not be used (actors and verbs)."""
        return [*self.gazetteer.rejections, *self.dictionary_rejections]

    def _patterns(self, paths: Sequence[Path]) -> PatternSet:
        """Verb dictionaries' patterns, then our pattern files', then the package's.
        Unusable verb-dictionary lines are kept in ``dictionary_rejections``, the
        dictionaries' transformations in ``transformations``."""
        verbs = [p for p in paths if is_verbs_file(p)]
        ours = PatternSet.from_files(
            [p for p in paths if p not in verbs], include_default=not self.dictionaries_only
        )
        loaded = [load_petrarch_dictionary(p, self.dictionary_rejections) for p in verbs]
        self.transformations += [d.transformations for d in loaded if d.transformations.rules]
        return PatternSet([*(q for d in loaded for q in d.patterns), *ours.patterns])

    def process(self, doc: Document) -> Extraction:
        seg = segment(doc)
        live = [s for s in seg.sentences if s.repeat_of is None]
        titles = TitleMemory(self.titles)
        regions = RegionMemory(
            Regions.default(), self.gazetteer.country, self.gazetteer.is_place
        )
        actor_mentions = [
            parties_named(
                s.text,
                regions.complete(
                    s.text, titles.complete(s.text, self.gazetteer.find(s.text, on_date=doc.date))
                ),
            )
            for s in live
        ]
        title_mentions = self.gazetteer.find(doc.title, on_date=doc.date) if doc.title else []
        dyad = document_dyad(
            actor_mentions, title_mentions, given=self.pair, canonical=self._canonical(self.pair)
        )
        fiscal = _fiscal_country(dyad)
        pair_codes = frozenset((dyad[0].code, dyad[1].code)) if dyad else frozenset()
        # a wire story's dateline ("SEOUL, Nov. 1 (Yonhap) --") gives its own today, where
        # the page may be dated a day or two later
        today = dateline_day(doc.text, doc.date) or doc.date
        ctx = DocContext(
            doc_id=doc.id, title=doc.title, date=today, dyad=dyad, fiscal_country=fiscal
        )
        events: list[Event] = []
        observations: list[Observation] = []
        narrative = NarrativeDates(today, news=is_news(seg.citations, len(live)))
        antecedent: ActorMention | None = None
        they_group: list[ActorMention] = []  # the last sentence's "A and B" states
        person: ActorMention | None = None  # the last person named: whom "he" stands for
        bodies: dict[str, ActorMention] = {}  # "ministry" -> the last ministry named
        story_year = StoryYear(today)  # "In December that year": the last year written out
        unplaced: str | None = None  # a relative date that the missing doc date leaves open
        previous_end: int | None = None
        # where the events of the last few sentences begin: a later sentence may date them
        recent: deque[int] = deque([0], maxlen=RETOLD_REACH + 1)
        for sentence, mentions in zip(live, actor_mentions, strict=True):
            if previous_end is not None and _PARAGRAPH_BREAK.search(
                doc.text, previous_end, sentence.start
            ):
                narrative.new_paragraph()
                story_year.new_paragraph()
            previous_end = sentence.end
            if (bare := organisation_mentions(sentence.text, mentions, bodies.get("organisation"))):
                # "The Secretary-General urged ...", "the bloc's commissioner": the
                # organisation named before
                mentions = sorted([*mentions, *bare], key=lambda m: (m.start, m.end))
            analysis = SentenceAnalysis(
                sentence=sentence,
                actors=mentions,
                dates=story_year.complete(
                    sentence.text, find_dates(sentence.text, today, fiscal_country=fiscal)
                ),
                quantities=find_quantities(sentence.text),
                antecedent=_they_group_first(
                    sentence.text, _he_or_she(sentence.text, antecedent, person), they_group
                ),
                bodies=dict(bodies),
                they_group=tuple(they_group),
                clashes=find_clashes(sentence.text),
            )
            if unplaced is None and doc.date is None:
                unplaced = next((d.date.text for d in analysis.dates if d.date.start is None), None)
            subject_first = _subject_first(analysis)
            they_group = _they_coordinated_states(analysis)
            antecedent = (
                _trailing_speaker(analysis) or _first_participant(subject_first) or antecedent
            )
            person = next((m for m in subject_first if m.kind == "person"), person)
            bodies.update((body, m) for m in mentions if (body := body_named(m)) is not None)
            coded = narrative.fill_events(self.coder.code(analysis, ctx), analysis)
            date_by_setting_meeting(coded, today)
            redate_retold(events, analysis, recent[0])
            redate_named_retelling(events, analysis, recent[0])
            story_start = recent[max(0, len(recent) - STORY_REACH - 1)]
            date_by_story_day(events, story_start, coded, analysis, today, pair_codes)
            date_plans_by_later_day(events, story_start, coded, today)
            events += coded
            recent.append(len(events))
            observations += narrative.fill_observations(find_observations(analysis, ctx))
            narrative.advance(analysis, coded)
        events = tell_once(complete_counterparts(events, dyad))
        if not self.one_sided:
            events = [e for e in events if not one_sided(e)]
        warnings: tuple[str, ...] = ()
        if unplaced is not None:
            warnings = (
                f'relative dates such as "{unplaced}" cannot be placed: the document has no '
                "date of its own; give it with --date YYYY-MM-DD",
            )
        return Extraction(
            document=doc,
            sentences=seg.sentences,
            citations=seg.citations,
            events=tuple(events),
            observations=tuple(observations),
            dyad=(dyad[0].code, dyad[1].code) if dyad else None,
            warnings=warnings,
        )

    def _canonical(self, pair: tuple[str, str] | None) -> dict[str, Actor]:
        if pair is None:
            return {}
        out: dict[str, Actor] = {}
        for code in pair:
            actor = self.gazetteer.country(code)
            if actor is not None:
                out[code] = actor
        return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
NEWS_MAX_SENTENCES = 80


def is_news(citations: Sequence[Citation], sentences: int) -> bool:
    """Does a document read as news of its date (no notes, not long)? Its undated
    events then happened about when it was published; a paper's did not."""
    return not citations and sentences <= NEWS_MAX_SENTENCES


def _trailing_speaker(analysis: SentenceAnalysis) -> ActorMention | None:
    """The source of a trailing attribution ("..., South Korea's industry ministry said in
    a statement."): who goes on talking as "It asked Japan to ..." in the next sentence,
    rather than the sentence's first actor, which is what was reported on."""
    tokens = analysis.tokens
    start = attribution_start(tokens)
    if start >= len(tokens):
        return None
    reporting = cues().reporting
    said = next((i for i in range(start + 1, len(tokens)) if tokens[i].low in reporting), None)
    if said is None:
        return None
    # the speaker right before its verb (", X said"), not an agent ("claimed by Tokyo")
    speakers = [
        m for m in analysis.actors
        if tokens[start].start <= m.start and m.end <= tokens[said].start
        and m.actor is not None and m.kind not in ("location", "person")
        and not m.actor.is_media
    ]  # fmt: skip
    if not speakers or tokens[said - 1].low == "by":
        return None
    last = speakers[-1]
    between = [t for t in tokens[start:said] if t.start >= last.end]
    return last if len(between) <= 2 else None


_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _he_or_she(
    text: str, antecedent: ActorMention | None, person: ActorMention | None
) -> ActorMention | None:
    """Whom a sentence's earlier sentences leave "he" or "she" standing for: the last
    person named ("Maduro shut a crossing. He also deported ... Colombian migrants. He
    later closed another"), not a state or a people the sentence before named first (a
    ministry or a leader's office named first speaks through its head)."""
    if person is None or (antecedent is not None and antecedent.kind in ("person", "institution")):
        return antecedent
    return person if _HE_OR_SHE.search(text) else antecedent


_THEY_OPENS = re.compile(r"^\W*They\b")


def _they_coordinated_states(analysis: SentenceAnalysis) -> list[ActorMention]:
    """The states a sentence names as one coordinated group ("Australia and New
    Zealand's high commissioners"): two or more named states joined by "and" or a
    comma, told together; empty when none."""
    text = analysis.sentence.text
    states = [
        m for m in analysis.actors
        if m.actor is not None and len(m.actor.code) == 3 and m.kind != "location"
    ]  # fmt: skip
    for i in range(len(states) - 1):
        group = [states[i]]
        for following in states[i + 1 :]:
            between = text[group[-1].end : following.start].strip().lower()
            if between not in ("and", ",", ", and"):
                break
            group.append(following)
        if len({m.actor.code for m in group if m.actor is not None}) > 1:
            return group
    return []


def _they_group_first(
    text: str, antecedent: ActorMention | None, group: Sequence[ActorMention]
) -> ActorMention | None:
    """Whom "They" opening a sentence stands for: a plural, so the group of states the
    sentence before named together ("Fiji expelled Australia and New Zealand's envoys.
    They, in turn, kicked out Fiji's diplomat"), not one state that sentence named first;
    else the last sentence's actor."""
    if not group or not _THEY_OPENS.search(text):
        return antecedent
    if antecedent is not None and antecedent.actor is not None and any(
        m.actor is not None and m.actor.code == antecedent.actor.code for m in group
    ):
        return antecedent  # the group's own first member
    return group[0]


def _first_participant(mentions: Sequence[ActorMention]) -> ActorMention | None:
    """A sentence's first named actor that is not a place, of its actors in the order
    ``_subject_first`` gives: its likely subject. One named in a fronted phrase ("In
    talks with the Uzbek president, Sharif stressed ...", "TASHKENT - In a press
    conference with X, Y urged ...") is not the subject that "he" in the next sentence
    goes on with."""
    return next((m for m in mentions if m.actor is not None and m.kind != "location"), None)


_DATELINE_DASHES = DASHES | {"--"}


def _subject_first(analysis: SentenceAnalysis) -> list[ActorMention]:
    """A sentence's actors, those of its main clause first, then those of a fronted
    phrase before it."""
    tokens = list(analysis.tokens)
    skip = next(
        (i + 1 for i, t in enumerate(tokens[:6])
         if i and t.text in _DATELINE_DASHES and tokens[i - 1].end < t.start),
        0,
    )  # fmt: skip
    opening = skip + main_clause_start(tokens[skip:], phrases=True)
    if opening <= 0 or opening >= len(tokens):
        return list(analysis.actors)
    cut = tokens[opening].start
    main = [m for m in analysis.actors if m.start >= cut]
    return main + [m for m in analysis.actors if m.start < cut]


def _fiscal_country(dyad: tuple[Actor, Actor] | None) -> str | None:
    """The dyad member whose fiscal year is not the calendar year (Pakistan's
    "2013-14" runs July to June), so fiscal periods resolve in its terms."""
    if not dyad:
        return None
    for actor in dyad:
        if fiscal_first_month(actor.code) != 1:
            return actor.code
    return None
