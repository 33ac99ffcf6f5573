"""A document's events read together: the other side named earlier, one event told
several times, and events with a single side.

A sentence often names one side of an act whose other side the text has already
given: "The foreign ministers of Pakistan and Azerbaijan met in Baku. The sides
agreed to ..." and "China summoned the ambassador ... It demanded an inquiry".
Such an event takes, as its other side, the other party of the latest earlier event
of its actor, else the other member of the document's pair. A sentence that names
its own parties keeps them; this only fills a side the sentence left open.

Writers also come back to an event: "signed a memorandum ... The memorandum was
signed by ...", "The exercise involved 24 warships". A later mention of the same
kind and parties, with a compatible date, that refers back (a definite noun, or
the same sentence) adds its sentence to the first mention's ``sources`` instead of
counting as a second event.

An event with one side only, or whose sides are one state ("the government
arrested protesters"), says nothing about how two countries relate; it is kept
only when the run codes as CAMEO and PLOVER do (``one_sided``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dyadscope.model import UNDIRECTED_KINDS, Actor, DateRef, Event, Quantity, Source
from dyadscope.model import kind_family as family
from dyadscope.periods import at_common_precision, days_after, first_day, last_day

# kinds that hold several PLOVER types: an accusation and a threat are two acts
_SPLIT_BY_TYPE = frozenset({"criticism_hostility", "other"})
# kinds whose CAMEO codes are different acts: "closed the border and expelled the envoy"
SPLIT_BY_CODE = frozenset({"sanction"})
# what a measure acts on, by the words that name it: "downgraded diplomatic ties" and
# "suspended bilateral trade", "closed its border" and "froze the assets" are measures of
# one CAMEO code each, but two measures
_MEASURE_OF = tuple(
    (name, re.compile(r"\b(?:" + words + r")\b"))
    for name, words in (
        ("envoy", r"ambassadors?|envoys?|diplomats?|high commissioners?|charg\S*|consuls?"
                  r"|attach\S*|persona non grata|emissar\S*|staff|personnel"),
        ("mission", r"(?:embass(?:y|ies)|consulates?|missions?|liaison offices?)"
                    r"(?! staff| personnel)"),
        ("ties", r"ties|relations|contacts?"),
        ("trade", r"trade|imports?|exports?|goods|tariffs?|products|shipments"),
        ("border", r"borders?|frontiers?|crossings?|checkpoints?|border posts?"),
        ("air", r"airspace|flights?|airlines?|planes|aircraft"),
        ("assets", r"assets|accounts"),
        ("visits", r"visits?|tours|exchanges"),
        ("visas", r"visas?"),
        ("treaty", r"agreements?|treat(?:y|ies)|pacts?|accords?|arrangements"),
    )
)


def measure_of(event: Event) -> str | None:
    """What a sanction's own words say it acts on ("suspended all trade": trade), the
    first such word of its trigger; None where its words name none."""
    if event.kind not in SPLIT_BY_CODE:
        return None
    trigger = str(event.extra.get("trigger", "")).lower()
    found = [
        (hit.start(), name)
        for name, words in _MEASURE_OF
        if (hit := words.search(trigger)) is not None
    ]
    return min(found)[1] if found else None


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her"})


def _named_measure(event: Event) -> bool:
    """Is the sanction told by a noun after a determiner ("in an abrupt rupture of
    relations", "the move"), a name for what was done rather than a measure told?"""
    sentence, trigger = event.source.sentence or "", str(event.extra.get("trigger", ""))
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return False
    return bool(_DETERMINERS & {w.lower() for w in sentence[:at].split()[-2:]})


def other_measures(event: Event, other: Event) -> bool:
    """Are these two sanctions whose words name different things acted on ("downgraded
    ties" and "suspended trade"), two measures however they are coded? Not a step told
    as how ties were cut ("severed ties, recalling its envoy")."""
    if event.extra.get("ties_how") or other.extra.get("ties_how"):
        return False
    if _named_measure(event) or _named_measure(other):
        return False  # "in an abrupt rupture of relations": the measures told, named
    first, second = measure_of(event), measure_of(other)
    return first is not None and second is not None and first != second


def one_sided(event: Event) -> bool:
    """No second side, or both sides of one state."""
    return event.actor2 is None or (
        event.actor1 is not None
        and event.actor2.code == event.actor1.code
        and not any(a.code != event.actor1.code for a in event.others)
    )


def complete_counterparts(
    events: Sequence[Event], dyad: tuple[Actor, Actor] | None
) -> list[Event]:
    """Give each one-sided event the other side the document has named for its actor."""
    out: list[Event] = []
    sides = _SidesIndex()
    answered = _answered_force(events)
    protests = _protests_by_sentence(events)
    for event in events:
        if event.actor1 is not None and one_sided(event) and not event.extra.get("reflexive"):
            hostile = event.kind in HOSTILE_KINDS
            about_things = event.kind in _ABOUT_THINGS
            code = event.actor1.code
            if hostile:
                # force and coercion take their target from the same conflict, never
                # from the document's pair: "clashes", "an attack" told without a side
                key: tuple[object, ...] = (
                    ("force", code) if event.kind in _FORCE else ("kind", code, event.kind)
                )
            elif about_things or event.extra.get("others_named"):
                # "recognised X, expressing its support": only the same sentence's act
                key = ("sentence", code, event.source.start)
            else:
                key = ("any", code)
            # a closed border, a recalled envoy or troops deployed or sent across with no
            # target named are aimed at the document's other side
            fallback = (
                None
                if (hostile and event.kind not in ("sanction", "mobilize", "retreat")
                    and not _fire_across_the_border(event))
                or about_things
                or event.extra.get("others_named")
                else dyad
            )
            latest = sides.latest(key)
            if event.plover == "THREATEN" and _in_pair(event.actor1, dyad):
                # "Russia warned of a painful response": a threat with no one named is
                # aimed at the document's other side, not at whoever the actor met last
                latest = None
            if latest is None and hostile and event.kind in _FORCE:
                # "Israel launched a counterattack after Hezbollah fired rockets at it":
                # force later in the sentence against the actor names whom it answers
                latest_event = answered.get((event.source.doc, event.source.start, code))
            else:
                latest_event = None if latest is None else out[latest]
            partner = _counterpart(event.actor1, latest_event, fallback)
            protest = protests.get((event.source.doc, event.source.start))
            if partner is None and protest is not None and _protested_force(event, protest, dyad):
                # "summoned Turkey's ambassador amid Turkey's attacks ... these strikes", "lodged
                # a protest over the killing of a major in a border clash": the force a
                # protest is about is the protested side's, on the side protesting
                assert protest.actor1 is not None and protest.actor2 is not None
                partner = _bare(protest.actor1)
                if event.actor1.code != protest.actor2.code:
                    event = dataclasses.replace(event, actor1=_bare(protest.actor2))
            if partner is None and event.actor1 and _own_force_untargeted(event, dyad):
                # "Israeli forces opened fire", "German bombardments", "stormed by Russian
                # special forces": a state's force told with its doer and no target is
                # aimed at the document's other side
                partner = _counterpart(event.actor1, None, dyad)
            if partner is None and _third_party_reaction(event):
                # "Its retaliation, which was criticised by the EU", "the UN also condemned
                # the attacks": a side the text has not yet involved reacts to the act told
                # last, so its target is that act's doer (or what was last criticised)
                partner = _doer_of_last_act(event, out)
            if partner is not None and not any(a.code == partner.code for a in event.others):
                # (one acting with the actor, "X, Y and Z condemned ...", is not its target)
                event = dataclasses.replace(
                    event,
                    actor2=partner,
                    confidence=min(event.confidence, 0.6),
                    extra={**event.extra, "counterpart": "context"},
                )
        sides.add(event, len(out))
        out.append(event)
    return out


_BORDER_FIRE = re.compile(r"\b(?:fire|firing|fired|shelling|shelled|violat\w*)\b")
_FRONTIER = re.compile(r"\b(?:border|frontier|loc|line of control|lac)\b")


def _third_party_reaction(event: Event) -> bool:
    """A condemnation or criticism with no target named, said as it happened."""
    return (
        event.kind == "criticism_hostility"
        and (event.plover or "").upper() == "ACCUSE"
        and event.status == "actual"
    )


def _doer_of_last_act(event: Event, earlier: Sequence[Event]) -> Actor | None:
    """Who did the act told last before ``event`` in its document: a statement's
    target (what was condemned), else its actor; None where the reacting side took part
    in that act (its usual counterpart lookup has had its say)."""
    assert event.actor1 is not None
    own = event.actor1.code
    for before in reversed(earlier):
        if before.source.doc != event.source.doc:
            return None
        if before.actor1 is None or one_sided(before) or before.extra.get("grievance"):
            continue  # (a grievance read off "after X did": the act answered, not told)
        doer = before.actor2 if before.kind == "criticism_hostility" else before.actor1
        if doer is None or doer.code == own or any(a.code == own for a in before.parties()):
            return None
        return _bare(doer)
    return None


def _fire_across_the_border(event: Event) -> bool:
    """Fire or a ceasefire violation at the border with no side named ("unprovoked firing
    across the LoC", "violated the ceasefire along the border"): at the document's other
    side, as a closed border is."""
    trigger = str(event.extra.get("trigger", "")).lower()
    sentence = (event.source.sentence or "").lower()
    return (
        event.kind == "armed_clash"
        and _BORDER_FIRE.search(trigger) is not None
        and _FRONTIER.search(sentence) is not None
    )


# a force's doer written right before its word or after it as the agent: "Turkish
# offensive", "Israeli forces opened fire", "soldiers have killed", "stormed by X"; a
# word between that is not a helper of the act ("Pakistan reported clashes") makes the
# side its teller, not its doer
_DOER_BETWEEN = frozenset({
    "have", "has", "had", "was", "were", "also", "again", "then", "reportedly",
    "allegedly", "opened", "launched", "carried", "conducted", "resumed", "'s", "’s",
})
_CIVILIANS = frozenset({"CVL"})
# force, and holding people or ships: "Serbia detained three people", "arrested by Beijing"
_OWN_ACTS = frozenset({"armed_clash", "coerce"})


def _own_force_untargeted(event: Event, dyad: tuple[Actor, Actor] | None) -> bool:
    """An armed act whose sentence names its doer as the doer and no target: the doer
    is the one written next to the act's word ("German bombardments", "the SPLA clashed",
    "Israeli forces opened fire") or its agent ("stormed by Russian special forces"),
    not a side merely named elsewhere in the sentence (the victims, the speaker)."""
    actor = event.actor1
    if (
        event.kind not in _OWN_ACTS or actor is None or not actor.text
        or not _in_pair(actor, dyad) or actor.sector in _CIVILIANS
    ):
        return False
    sentence = event.source.sentence or ""
    trigger = str(event.extra.get("trigger", ""))
    at, doer = sentence.find(trigger) if trigger else -1, sentence.find(actor.text)
    if at < 0 or doer < 0:
        return False
    if doer < at:
        between = sentence[doer + len(actor.text):at].lower().split()
        return not between or (len(between) == 1 and between[0] in _DOER_BETWEEN)
    after = sentence[at + len(trigger):doer].split()
    return [w.lower() for w in after] == ["by"]


def _protests_by_sentence(events: Sequence[Event]) -> dict[tuple[object, ...], Event]:
    """Per sentence, its first protest, summons or condemnation of one side by another
    (ACCUSE), told as such: not read off "after X did" (a grievance) and not a charge
    ("accused X of shelling", whose act the charge codes itself)."""
    found: dict[tuple[object, ...], Event] = {}
    for event in events:
        trigger = str(event.extra.get("trigger", "")).lower()
        if (
            event.kind == "criticism_hostility" and (event.plover or "").upper() == "ACCUSE"
            and event.actor1 is not None and event.actor2 is not None and not one_sided(event)
            and not event.extra.get("grievance") and not trigger.startswith("accus")
        ):
            found.setdefault((event.source.doc, event.source.start), event)
    return found


def _protested_force(event: Event, protest: Event, dyad: tuple[Actor, Actor] | None) -> bool:
    """Is ``event`` an armed act with no target told in the sentence of a protest between
    the document's two sides, by one of them: the act protested? Not a violation (a
    charge's framing) nor an act the sentence calls terrorism (no state's force)."""
    actor, accuser, accused = event.actor1, protest.actor1, protest.actor2
    if event.kind != "armed_clash" or actor is None or accuser is None or accused is None:
        return False
    if not (_in_pair(accuser, dyad) and _in_pair(accused, dyad)):
        return False
    if actor.code not in (accuser.code, accused.code):
        return False
    trigger = str(event.extra.get("trigger", "")).lower()
    sentence = (event.source.sentence or "").lower()
    return _VIOLATION.search(trigger) is None and "terror" not in sentence


_VIOLATION = re.compile(r"violat|breach")


def _answered_force(events: Sequence[Event]) -> dict[tuple[object, ...], Event]:
    """Per sentence and actor, a force event of that sentence that struck the actor."""
    found: dict[tuple[object, ...], Event] = {}
    for event in events:
        if event.kind in _FORCE and event.actor2 is not None and not one_sided(event):
            found.setdefault((event.source.doc, event.source.start, event.actor2.code), event)
    return found


class _SidesIndex:
    """Per actor code, the latest event so far that gives that actor another side,
    kept under every key a one-sided event may look it up by (any event, the same
    kind, force, the same sentence): one dictionary look-up instead of a scan of all
    earlier events, which made long documents quadratic."""

    def __init__(self) -> None:
        self._latest: dict[tuple[object, ...], int] = {}

    def add(self, event: Event, index: int) -> None:
        if one_sided(event):
            return
        codes = [a.code for a in event.parties()]
        for code in dict.fromkeys(codes):
            if all(c == code for c in codes):
                continue  # no other side for this actor
            self._latest[("any", code)] = index
            self._latest[("kind", code, event.kind)] = index
            self._latest[("sentence", code, event.source.start)] = index
            if event.kind in _FORCE and not _withdrawal_given_pair(event):
                self._latest[("force", code)] = index

    def latest(self, key: tuple[object, ...]) -> int | None:
        return self._latest.get(key)


def _withdrawal_given_pair(event: Event) -> bool:
    """A withdrawal whose other side was supplied from the context ("ordered its
    troops to withdraw", "its diplomats will leave"): it says from whom one side
    pulls back, not whom any later force of that side is aimed at."""
    return event.kind == "retreat" and event.extra.get("counterpart") == "context"


# acts as often about a thing (a policy, a corridor) as about a party: "policymakers
# laud the potential of the CPEC" has no other side to look for. A rejection answers
# a party: "Rwanda denies the claims" denies the accuser's
_ABOUT_THINGS = frozenset({"support_statement"})
# acts whose other side is never merely assumed from the document's pair
HOSTILE_KINDS = frozenset({"armed_clash", "coerce", "sanction", "mobilize", "retreat", "protest"})


_FORCE = frozenset({"armed_clash", "retreat", "ceasefire", "mobilize"})


def _same_conflict(earlier: str, kind: str) -> bool:
    """Acts of one conflict: the same coercion, or force and its withdrawal."""
    return earlier == kind or (earlier in _FORCE and kind in _FORCE)


def _counterpart(
    actor: Actor, latest: Event | None, dyad: tuple[Actor, Actor] | None
) -> Actor | None:
    """The other side of ``latest`` (the last earlier event that gives ``actor`` one),
    else the other member of the document's pair."""
    if latest is not None:
        other = next((a for a in latest.parties() if a.code != actor.code), None)
        if other is not None:
            return _bare(other)
    if dyad is not None and actor.code in (dyad[0].code, dyad[1].code):
        other = dyad[1] if actor.code == dyad[0].code else dyad[0]
        return _bare(other)
    return None


def _in_pair(actor: Actor, dyad: tuple[Actor, Actor] | None) -> bool:
    return dyad is not None and actor.code in (dyad[0].code, dyad[1].code)


def _bare(actor: Actor) -> Actor:
    """The state or organisation itself, as a side the sentence did not write."""
    return Actor(code=actor.code, name=actor.name, sector=None, text="")


def tell_once(events: Sequence[Event]) -> list[Event]:
    """Fold each later mention of an event into its first mention's ``sources``."""
    kept = _KeptIndex()
    for event in events:
        first = next(
            (
                i for i in kept.candidates(event)
                if _retells(event, *kept.told(i)) and not kept.sat_otherwise(i, event)
            ),
            None,
        )  # fmt: skip
        if first is None and event.extra.get("anaphoric"):
            # "The visit comes amid ...": the last such event told, whatever sides the
            # sentence around it happens to name
            first = next((i for i in kept.near(event) if _refers_to(event, *kept.told(i))), None)
        if first is None and event.extra.get("doerless"):
            # "Syria shot down a Turkish jet ... The shooting down has raised tensions
            # between Turkey and Syria": the act told again, in the order of the pair
            # named, whichever side did it; the first telling keeps its direction
            first = next(
                (i for i in kept.near(event) if _retold_doerless(event, *kept.told(i))),
                None,
            )
            if first is not None and _day_in_range(event.date, kept.told(first)[0].date):
                # "last week ... on Friday": the day the retelling gives is the sharper
                kept.merge(first, event)
                kept.redate(first, event.date)
                continue
        if _protest_to_envoy(event):
            continue  # "met the Chinese ambassador to lodge a protest": the summons, no talks
        if first is None and event.kind in _CONSULTATIONS and (
            event.extra.get("definite") or _with_envoy(event)
        ):
            # "X summoned Y's ambassador. During the meeting, the ambassador was told
            # ...": the meeting is the summons
            first = next(
                (i for i in kept.near(event) if is_summons(kept.told(i)[0])
                 and _parties(kept.told(i)[0]) == _parties(event)),
                None,
            )  # fmt: skip
        if first is None:
            kept.add(event)
        else:
            told, last = kept.told(first)
            kept.merge(first, event)
            if (
                # the report told first ("France said on Thursday that two of its citizens
                # have been arrested"), the act's own day after ("had arrested on Wednesday")
                (_reported_after(event, told, last) and _days_between(told, event) < 0)
                # "recalled its envoy on Wednesday after Iran violated its airspace ...
                # The strike came on Tuesday": the act's own day, told after
                or (_told_before_main(event, told, last) and event.extra.get("after_main") is None)
            ):
                kept.redate(first, event.date)
    return kept.result()


@dataclass(slots=True)
class _Told:
    """A kept event and what later mentions add to it: its sentences and figures grow
    in place (a tuple rebuilt on every merge made an event told thousands of times
    quadratic) and become the event's ``sources`` and ``quantities`` at the end."""

    event: Event  # its ``date`` is kept current; ``sources`` and ``quantities`` are not
    sources: list[Source]
    source_set: set[Source]
    quantities: list[Quantity]
    quantity_keys: set[tuple[float, str]]
    last: int | None  # start of the last sentence that tells it
    formats: set[str]  # how the consultation sat, as its mentions tell it (``_format``)
    merged: bool = False

    @classmethod
    def of(cls, event: Event) -> _Told:
        sources = list(event.sources or (event.source,))
        starts = [s.start for s in sources if s.start is not None]
        return cls(
            event=event, sources=sources, source_set=set(sources),
            quantities=list(event.quantities),
            quantity_keys={(q.value, q.unit) for q in event.quantities},
            last=max(starts) if starts else None,
            formats={f} if (f := _format(event)) else set(),
        )

    def merge(self, later: Event) -> None:
        """``later`` told again: its sentence, its new figures, maybe a sharper date."""
        first = self.event
        if later.source not in self.source_set:
            self.sources.append(later.source)
            self.source_set.add(later.source)
            if later.source.start is not None:
                self.last = (
                    later.source.start if self.last is None else max(self.last, later.source.start)
                )
        if (told := _format(later)) is not None:
            self.formats.add(told)
        fresh = [q for q in later.quantities if (q.value, q.unit) not in self.quantity_keys]
        self.quantities += fresh
        self.quantity_keys.update((q.value, q.unit) for q in fresh)
        if later.status == first.status and sharper(later.date, first.date):
            # (an announcement's date is not its visit's)
            self.event = dataclasses.replace(first, date=later.date)
        if first.kind == "pledge" and _signing(later):
            # "agreed to cooperate ... The parties signed a corresponding agreement": the
            # commitment told again as its signing is the agreement
            self.event = dataclasses.replace(
                self.event, kind=later.kind, plover=later.plover, cameo=later.cameo,
                goldstein=later.goldstein,
            )  # fmt: skip
        named = _parties(self.event)
        brokers = [a for a in later.others if a.code in _go_betweens(later) - named]
        if brokers:
            # the go-betweens a retelling names ("The talks were mediated by Qatar")
            self.event = dataclasses.replace(
                self.event, others=(*self.event.others, *brokers),
                extra={**self.event.extra, "go_betweens": (
                    *self.event.extra.get("go_betweens", ()), *(a.code for a in brokers))},
            )  # fmt: skip
        self.merged = True

    def result(self) -> Event:
        if not self.merged:
            return self.event
        return dataclasses.replace(
            self.event, sources=tuple(self.sources), quantities=tuple(self.quantities)
        )


class _KeptIndex:
    """The events kept so far, indexed by what a retelling needs: the same sentence,
    the same day, sides and family, or nearness (``REACH_CHARACTERS``).

    ``_retells`` holds only for a kept event found under one of these keys, so each
    event is compared with the few it could retell, latest first, as a scan of all
    kept events would find them; that scan made long documents quadratic.
    """

    def __init__(self) -> None:
        self._kept: list[_Told] = []
        self._sentence: dict[tuple[str | None, int | None], list[int]] = {}
        self._day: dict[tuple[str, str, str], list[int]] = {}
        self._reach: list[tuple[int, int]] = []  # (start of the last sentence told, index)
        self._last: list[int | None] = []  # each kept event's entry in _reach

    def told(self, index: int) -> tuple[Event, int | None]:
        """A kept event as it stands, and the start of the last sentence telling it."""
        entry = self._kept[index]
        return entry.event, entry.last

    def result(self) -> list[Event]:
        return [entry.result() for entry in self._kept]

    def add(self, event: Event) -> None:
        index = len(self._kept)
        self._kept.append(_Told.of(event))
        self._sentence.setdefault((event.source.doc, event.source.start), []).append(index)
        self._last.append(None)
        self._register(index)

    def merge(self, index: int, later: Event) -> None:
        self._kept[index].merge(later)
        self._register(index)

    def sat_otherwise(self, index: int, later: Event) -> bool:
        """Is ``later`` a sitting of another format than the kept consultation's mentions
        tell ("the eighth meeting of the Strategic Committee ... The leaders earlier held
        one-on-one talks", "In addition to the one-on-one meeting, negotiations continued
        in an expanded format")? A tete-a-tete and the delegations' session are two."""
        told = _format(later)
        return told is not None and any(f != told for f in self._kept[index].formats)

    def redate(self, index: int, when: DateRef) -> None:
        entry = self._kept[index]
        entry.event = dataclasses.replace(entry.event, date=when)
        self._register(index)

    def _register(self, index: int) -> None:
        """Keys that can change on a merge: the date and the last sentence told."""
        entry = self._kept[index]
        day = _day(entry.event)
        if day is not None:
            fam = family(entry.event.kind)
            for code in dict.fromkeys(a.code for a in entry.event.parties()):
                keyed = self._day.setdefault((fam, day, code), [])
                if not keyed or keyed[-1] != index:
                    keyed.append(index)
        old = self._last[index]
        if entry.last != old:
            if old is not None:
                del self._reach[bisect.bisect_left(self._reach, (old, index))]
            if entry.last is not None:
                bisect.insort(self._reach, (entry.last, index))
            self._last[index] = entry.last

    def near(self, later: Event) -> list[int]:
        """Kept events within reach of ``later``, latest first."""
        if later.source.start is None:
            return []
        lo = bisect.bisect_left(self._reach, (later.source.start - REACH_CHARACTERS, -1))
        return sorted((i for _, i in self._reach[lo:]), reverse=True)

    def candidates(self, later: Event) -> list[int]:
        """Every kept event ``later`` may retell, latest first."""
        if later.actor2 is None:
            return []  # one-sided: retells nothing
        found = set(self.near(later))
        found.update(self._sentence.get((later.source.doc, later.source.start), ()))
        day = _day(later)
        if day is not None:
            # whatever the branch, ``later``'s second side is one of the first's parties
            found.update(self._day.get((family(later.kind), day, later.actor2.code), ()))
        return sorted(found, reverse=True)


def _day(event: Event) -> str | None:
    """The exact day an event is dated to, the only date that makes "same day"."""
    start = event.date.start
    return start if start is not None and len(start) == 10 else None


_CONSULTATIONS = frozenset({"visit", "meeting", "negotiation"})


def _retold_doerless(reference: Event, earlier: Event, last: int | None) -> bool:
    """Is ``reference``, a definite act noun with no doer of its own, ``earlier``
    told again: the same kind, the same two sides in either order, within reach?"""
    return (
        reference.kind == earlier.kind
        and not one_sided(earlier)
        and reference.status == earlier.status
        and _parties(reference) == _parties(earlier)
        # "the signing in January", "the release on Saturday": a day of its own is
        # another act of the kind
        and (
            _day_in_range(reference.date, earlier.date)
            or _day_in_range(earlier.date, reference.date)
            or (dates_fit(reference.date, earlier.date)
                and not _told_long_before(reference, earlier))
        )
        and _near(reference, earlier, last)
    )


def _day_in_range(day: DateRef, span: DateRef) -> bool:
    """Is ``day`` a day inside the run of days ``span`` gives ("on Friday" within "last
    week")?"""
    return (
        span.precision == "range" and span.start is not None and span.end is not None
        and day.start is not None and len(day.start) == 10
        and span.start <= day.start <= span.end
    )  # fmt: skip


def _refers_to(reference: Event, earlier: Event, last: int | None) -> bool:
    # "the talks" after a visit are held during it, an act of their own; after a
    # meeting or a summons they are that meeting
    consulted = (earlier.kind in _CONSULTATIONS and earlier.kind != "visit") or is_summons(earlier)
    same = reference.kind == earlier.kind or (
        reference.kind in _CONSULTATIONS and reference.kind != "visit" and consulted)
    # "During the meeting, ... suspended since 2014, when the last meeting was held": a
    # time of its own long before the day the earlier act was placed on is another act's
    return (
        same and not one_sided(earlier) and _near(reference, earlier, last)
        and not _told_long_before(reference, earlier)
    )


# an envoy serving in the other's capital, whom a meeting there may be a summons of
_ENVOY = re.compile(
    r"\b(ambassadors?|envoys?|charg[eé]s? d[’']affaires|high commissioners?|diplomats?)\b",
    re.IGNORECASE,
)
# what a summons is held for: a protest handed to the envoy
_PROTESTED = re.compile(
    r"\b(summon\w*|call(ed|s)? in|protest(s|ed|ing)?|objection\w*|d[ée]marches?|"
    r"note verbale|verbal note|reprimand\w*|dissatisfaction|displeasure)\b",
    re.IGNORECASE,
)


def _with_envoy(event: Event) -> bool:
    """Is a meeting told with an envoy ("in a meeting with Ambassador Ouyang Yujing")?"""
    return event.kind == "meeting" and _ENVOY.search(event.source.sentence or "") is not None


def _protest_to_envoy(event: Event) -> bool:
    """ "met the Chinese ambassador to lodge a protest", "announced at a meeting with the
    Polish charge d'affaires, whom the ministry summoned": a meeting with an envoy at
    which a protest is handed over is the summons, a rebuke (its own event), not talks."""
    sentence = event.source.sentence or ""
    return _with_envoy(event) and _PROTESTED.search(sentence) is not None


def is_summons(event: Event) -> bool:
    """ "X summoned Y's ambassador. During the meeting, ...": the meeting is the summons."""
    return event.kind == "criticism_hostility" and "summon" in str(event.extra.get("trigger"))


def aid_with_its_own_sum(later: Event, first: Event) -> bool:
    """Two aid acts told side by side in one sentence, by two triggers, each with a sum
    of its own that the other does not have."""
    if not (later.kind == first.kind == "aid_project" and _same_sentence(later, first)):
        return False
    if later.extra.get("trigger") == first.extra.get("trigger"):
        return False
    sums = set(re.findall(r"\d[\d.,]*", str(later.extra.get("trigger", ""))))
    told = set(re.findall(r"\d[\d.,]*", str(first.extra.get("trigger", ""))))
    return bool(sums) and bool(told) and not sums & told


def _same_sentence(later: Event, first: Event) -> bool:
    return (later.source.doc, later.source.start) == (first.source.doc, first.source.start)


def _signing(event: Event) -> bool:
    """An agreement told by its signing or by the words for concluding it ("signed",
    "inked", "the signing of", "the deal was struck", "sealed a pact", "clinched")."""
    trigger = str(event.extra.get("trigger", "")).lower()
    return event.kind == "agreement_signed" and _CONCLUDED.search(trigger) is not None


# the everyday verbs that tell a deal made, as signing does
_CONCLUDED = re.compile(r"\b(sign|ink|struck|strike|seal|clinch|conclud|finali[sz]|hammer)")


# the kinds of document a signing may be of: a declaration (joint statement, communique)
# is a statement of its own beside the agreements signed with it ("signed a protocol and
# issued a joint statement", "signed 24 agreements ... the signing of a joint declaration")
_DOCUMENT_KINDS = (
    ("declaration", re.compile(r"\b(declarations?|joint statements?|communiqu[eé]s?)\b")),
    ("memorandum", re.compile(r"\b(memorand(um|a|ums)|mous?|letters? of intent)\b")),
    ("protocol", re.compile(r"\bprotocols?\b")),
    ("agreement", re.compile(
        r"\b(agreements?|deals?|accords?|pacts?|treat(y|ies)|contracts?|conventions?)\b")),
)


def document_kind(event: Event) -> str | None:
    """The kind of document a signing names in its trigger ("signed a Protocol": protocol),
    None for a general word ("documents", "instruments") or none."""
    if event.kind != "agreement_signed":
        return None
    trigger = str(event.extra.get("trigger", "")).lower()
    for name, words in _DOCUMENT_KINDS:
        if words.search(trigger):
            return name
    return None


def another_document(later: Event, first: Event) -> bool:
    """Are these a declaration and the signing of another kind of document ("signed a
    protocol and issued a joint statement"), the later told as a new one, not as "the
    deal" told again? (Memoranda beside agreements are often told as one signing.)"""
    one, other = document_kind(later), document_kind(first)
    return (
        one is not None and other is not None and one != other
        and "declaration" in (one, other)
        and not later.extra.get("definite")
        and later.status == first.status
    )


def _go_betweens(event: Event) -> frozenset[str]:
    """The further parties ``event`` names as brokering it, not as its sides."""
    sides = _sides(event)
    return frozenset(
        code for code in event.extra.get("go_betweens", ()) if code not in sides
    )


def _parties(event: Event) -> frozenset[str]:
    return frozenset(a.code for a in (event.actor1, event.actor2, *event.others) if a)


def _retells(later: Event, first: Event, last: int | None) -> bool:
    """Does ``later`` tell ``first`` again? ``last``: start of the last sentence that
    told ``first``."""
    if family(later.kind) != family(first.kind) or one_sided(later) or one_sided(first):
        return False
    if _pair_talks_after_meeting(later, first):
        return False
    if (later.status == "negated") != (first.status == "negated"):
        return False  # "no agreement has been signed" is not the agreement signed later
    if aid_with_its_own_sum(later, first):
        # "deposited $3 billion and extended another $2.3 billion", "deposited $1 billion
        # and sent 50 tonnes of food": each act with its own sum is a gift of its own
        return False
    if (
        (later.extra.get("deal_aid") or first.extra.get("deal_aid"))
        and _sides(later) == _sides(first)
        and later.date.start == first.date.start
    ):
        # "signed a grant agreement ... Japan will provide assistance to build ...": the
        # money a signed deal is for, told again as it is given, is that one gift
        return True
    if first.kind == "pledge" and _signing(later) and _same_sentence(later, first):
        # "agreed to double trade, signing 29 memoranda": the commitment and the
        # signing, told side by side, are two acts
        return False
    if first.kind == "agreement_signed" and later.kind == "pledge":
        # "signed the Algiers Agreement; Iraq agreed to observe ...", "signed a memorandum
        # ... both sides agreed to start negotiations": what a side agrees to do, told
        # after a signing, is a commitment of its own (a pledge told first and signed
        # after is that pledge made an agreement, ``_Told.merge``)
        return False
    if _told_before_main(later, first, last):
        return True
    if counted_apart(later, first):
        # "urged the UN to send peacekeepers one day after asking the Security Council
        # to meet": the act counted back from the main clause is an earlier one
        return False
    if _told_long_before(later, first):
        # "the meeting ... (dated by the page) ... At the end of November, both governments
        # reviewed ...": a time of its own weeks before the day the first was only placed on
        return False
    if first.status == "actual" and _told_long_before(first, later):
        # "Though X and Y signed the deal in 2017 ... The two countries inked ten
        # agreements": history told first with a time of its own, then the news placed on
        # the page's day, are two acts, whichever is told first (a plan's day ahead is
        # no history)
        return False
    if _timing(later) or (_timing(first) and _same_sentence(later, first)):
        # "held talks with the emir on Wednesday after a meeting with the fund", "the
        # meeting took place after a one-on-one discussion": an act told as the time of
        # another is a second act
        return False
    if later.kind in _SPLIT_BY_TYPE and later.plover != first.plover:
        return False  # "called the deal illegal and said it would defend itself": two acts
    if (
        later.kind in SPLIT_BY_CODE
        and later.cameo != first.cameo
        # "severed ties, withdrawing its envoy and shutting its embassy": one act told
        # with how it was done
        and not (later.extra.get("ties_how") and _same_sentence(later, first))
    ):
        return False  # "closed the border, suspended the treaty and expelled attaches": three
    if other_measures(later, first):
        return False  # "downgraded ties ... it also decided to suspend trade": two
    if later.extra.get("directed") or first.extra.get("directed"):
        # a verb dictionary's codes are its coder's events, in its directions: only
        # the very same coding told again is the same event
        if (later.cameo, later.actor1, later.actor2) != (first.cameo, first.actor1, first.actor2):
            return False
    elif (
        later.kind in UNDIRECTED_KINDS
        or first.kind in UNDIRECTED_KINDS
        or later.extra.get("sides_from_context")
        or _mutual_clash(later, first)
    ):
        if _parties(later) - _parties(first) - _go_betweens(later):
            # "negotiations held in Doha ... The talks were mediated by Qatar and Turkey":
            # a retelling may add who brokered the act, never a side of it
            return False
    elif _sides(later) != _sides(first) and not _visit_read_backwards(later, first, last):
        return False
    if another_document(later, first):
        return False  # "signed a protocol ... and issued a joint statement": two documents
    if later.extra.get("listed") and _same_sentence(later, first):
        return False  # "signed a trade agreement and a textile agreement": two documents
    same_sentence = _same_sentence(later, first)
    # the same act by the same sides on the same day is told again, whatever its article,
    # unless the sentence adds it ("the ministers also signed ...")
    same_day = not later.extra.get("additive") and (
        # "closed its consulates" is another sanction than "expelled its envoy"; talks
        # and a meeting of the same sides on one day are one consultation; words of
        # blame of one type (``_SPLIT_BY_TYPE``) told again that day ("charged that ...
        # the ambassador was summoned over the incident") are one criticism; force by the
        # same sides that day told in other words ("violated the ceasefire ... resorted to
        # shelling", "air strikes ... an attack") is one attack
        (
            later.cameo == first.cameo
            or family(later.kind) == "consult"
            or later.kind == "criticism_hostility"
            or later.kind == first.kind == "armed_clash"
        )
        and later.date.start is not None
        and later.date.start == first.date.start
        and len(later.date.start) == 10
    )
    refers_back = (
        bool(later.extra.get("definite"))
        and _near(later, first, last)
        # "X and Y will hold a third round of talks ... The neighbours have held two
        # rounds": the two sides told again do another thing when it is another status
        and not (later.extra.get("both_sides") and later.status != first.status)
        # "summoned the Iranian ambassador" after "blamed Iran": a summons is an act of
        # its own, not a word of blame told again (its "the" is the envoy's)
        and is_summons(later) == is_summons(first)
    )
    # the lede's "has shelled" (dated by the document) and "shelled ... early Sunday": the
    # other mention gives the day; one told with a month, a year or no time of its own
    # ("has since demanded", "have been protesting for four years") is another act
    dated_by_document = first if _placed_loosely(first) else later
    restated = (
        not later.extra.get("indefinite")  # "a military agreement signed in 2003": another
        and later.cameo == first.cameo
        and later.status == first.status  # "invited to visit", then "was there in 2018"
        and _sides(later) == _sides(first)
        and (
            (
                _placed_loosely(dated_by_document)
                and _told_day(later if dated_by_document is first else first)
            )
            # "visited on March 2-3. The visit ...": the month the run of days passed on
            or _within_carried(later.date, first.date)
            # "protested on Friday over the shelling ... The shelling on Wednesday": the
            # month given to an act named as what another is about holds the day told later
            or _within_carried(first.date, later.date)
        )
        and _near(later, first, last)
    )
    held = _held_that_month(later, first, last)
    if not (same_sentence or same_day or refers_back or restated or held):
        # "a new agreement", "another visit": a second event
        return _reported_after(later, first, last)
    return dates_fit(later.date, first.date)


_AGAIN = re.compile(r"\b(again|fresh|new|renewed|another|second|more|further)\b", re.IGNORECASE)


def _pair_talks_after_meeting(later: Event, first: Event) -> bool:
    """ "X met Y in Brasilia on Tuesday ... The two presidents held talks on trade": the
    talks the pair, told by a reference to it, held are an act of their own beside the
    meeting or visit told before it; analysts count the meeting and the talks held at it.
    ("discussed", coded a meeting, stays the meeting: reports tell the meeting's agenda so.)"""
    return (
        family(later.kind) == "consult"
        and bool(later.extra.get("both_sides"))
        and not _same_sentence(later, first)
        and later.kind == "negotiation"
        and first.kind != "negotiation"
    )


def _held_that_month(later: Event, first: Event, last: int | None) -> bool:
    """ "soldiers detained in Mali since July ... they were arrested on July 10", "a national
    detained in Beijing earlier this month ... was taken into custody earlier in March": a
    seizure of people or a ship by the same sides told again nearby, one mention dated
    only to the month that holds the other's date, is that seizure: a writer tells a
    second one as such ("another", "also", "a second")."""
    one, other = str(later.date.start), str(first.date.start)
    return (
        later.kind == first.kind == "coerce"
        and later.status == first.status
        and _sides(later) == _sides(first)
        and later.date.start is not None
        and first.date.start is not None
        and (len(one) == 7 or len(other) == 7)
        and one[:7] == other[:7]
        and not later.extra.get("indefinite")
        and not _told_afresh(later)
        and _near(later, first, last)
    )


def _reported_after(later: Event, first: Event, last: int | None) -> bool:
    """ "Georgian authorities detained the officers Wednesday ... after Georgia detained
    five Russian officers" (dated Thursday), "France said on Thursday that two of its
    citizens have been arrested ... Iran had said on Wednesday it had arrested two
    Europeans": the same deed by the same sides told again near it, one to three days
    after its own day by the sentence that reports or answers it, and not told as a fresh
    one ("again", "new", "another"). Either may come first; the act keeps the earlier day
    (``tell_once``)."""
    if not (
        later.cameo == first.cameo
        # words of blame are said again day after day ("criticized on Friday ... lodged
        # a protest on Sunday"): only a deed is told again by its report
        and later.kind != "criticism_hostility"
        and later.status == first.status
        and _sides(later) == _sides(first)
        and not later.extra.get("indefinite")
        and _told_day(later)
        and _told_day(first)
        and _near(later, first, last)
        and not _told_afresh(later)
    ):
        return False
    gap = _days_between(first, later)
    # the report's day is a weekday ("on Thursday"); two days the text writes out ("on 2
    # May", "on 4 May") are two acts
    reported = later if gap > 0 else first
    return 0 < abs(gap) <= 3 and reported.date.known_basis == "relative"


_BEFORE_MAIN_DAYS = 7  # days an act told after "after" may precede the main clause's


def _told_before_main(later: Event, first: Event, last: int | None) -> bool:
    """ "Djibouti called up its reservists on Wednesday after a clash with Eritrean troops
    ... The fighting broke out on Tuesday": an act told after "after" takes the main
    clause's day (``after_main``), which it preceded; the same deed by the same sides
    told nearby with a day of its own a few days before is that act. Either may come
    first; the act keeps the earlier day (``tell_once``)."""
    if not (
        family(later.kind) == family(first.kind)
        and later.plover == first.plover
        and later.status == first.status == "actual"
        and _sides(later) == _sides(first)
        and _near(later, first, last)
    ):
        return False
    for borrowed, own in ((later, first), (first, later)):
        main = borrowed.extra.get("after_main")
        if (
            isinstance(main, str)
            and _told_day(own)
            and not own.extra.get("after_main")
            and not _told_afresh(borrowed)
        ):
            gap = days_after(main, str(own.date.start))
            return gap is not None and 0 < gap <= _BEFORE_MAIN_DAYS
    return False


# a sitting of the leaders alone, and one of the delegations or of a standing body
_ONE_ON_ONE = re.compile(
    r"\b(one[- ]on[- ]one|one[- ]to[- ]one|t[eê]te[- ][aà][- ]t[eê]te|(narrow|restricted|"
    r"limited) format|in private)\b", re.IGNORECASE)
_DELEGATIONS = re.compile(
    r"\b(delegation[- ]level|(between|of) (the )?(two )?delegations|(expanded|extended|enlarged|"
    r"broad) format|plenary|(council|committee|commission)\b)", re.IGNORECASE)
_FORMAT_BEFORE, _FORMAT_AFTER = 30, 70  # characters around the trigger that tell its format


def _format(event: Event) -> str | None:
    """How a consultation sat, told next to its words: "one" (one-on-one, tete-a-tete),
    "wide" (delegation-level, expanded format, a council's or committee's session)."""
    if family(event.kind) != "consult" or event.kind == "visit":
        return None
    sentence = event.source.sentence or ""
    trigger = str(event.extra.get("trigger") or "")
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return None
    # its own clause: "In addition to the one-on-one meeting, talks continued in an
    # expanded format" tells two formats, one each side of the comma
    before = re.split(r"[,;]", sentence[max(0, at - _FORMAT_BEFORE) : at])[-1]
    after = re.split(r"[,;]", sentence[at + len(trigger) : at + len(trigger) + _FORMAT_AFTER])[0]
    window = before + trigger + after
    one, wide = _ONE_ON_ONE.search(window), _DELEGATIONS.search(window)
    if one and not wide:
        return "one"
    if wide and not one:
        return "wide"
    return None


_LONG_BEFORE_DAYS = 7  # days before a loosely placed act that a told time is another act's
_FAR_APART_DAYS = 31  # days between a loosely placed act and a told day of another act


def _told_long_before(later: Event, first: Event) -> bool:
    """Is ``later`` told with a time of its own far from the day ``first`` was only placed
    on by the page or its context: a month or year ("in June this year", "last November")
    that ends more than a week before it, or a day a month or more away ("signed a protocol
    on 28 April 2019")? Such a time is another act's, told as history; the day of a fresh
    report's own act a few days off ("On April 6, the ministry expelled ...") is the first
    told to the day."""
    if (
        first.date.known_basis not in ("document", "context")
        or later.date.known_basis not in _TOLD_BASES
        or first.date.start is None
        or later.date.start is None
        or len(first.date.start) != 10
    ):
        return False
    if len(later.date.start) == 10:
        # "On April 6": the day a fresh report gives its act, unless it lies a month or
        # more away ("signed a protocol for its second phase on 28 April 2019")
        apart = days_after(first.date.start, later.date.start)
        return apart is not None and abs(apart) > _FAR_APART_DAYS
    try:
        gap = (first_day(first.date.start) - last_day(later.date.start)).days
    except ValueError:
        return False
    return gap > _LONG_BEFORE_DAYS


def _told_afresh(event: Event) -> bool:
    """Is ``event`` told as another act of its kind ("also", "again", "a new", "another")?"""
    sentence = event.source.sentence or ""
    return bool(event.extra.get("additive")) or _AGAIN.search(sentence) is not None


def _days_between(first: Event, later: Event) -> int:
    """Days from ``first``'s day to ``later``'s, both told to the day (``_told_day``)."""
    return days_after(str(later.date.start), str(first.date.start)) or 0


def _timing(event: Event) -> bool:
    """Is ``event`` a new act told as the time of another ("after a meeting with")?"""
    return bool(event.extra.get("sequenced")) and bool(event.extra.get("indefinite"))


def _within_carried(later: DateRef, first: DateRef) -> bool:
    """Is ``later`` a month carried from an earlier sentence that holds ``first``'s day?"""
    return (
        later.known_basis == "context"
        and later.precision == "month"
        and first.start is not None
        and len(first.start) == 10
        and first.start.startswith(later.start or "-")
    )


def _placed_loosely(event: Event) -> bool:
    """Is ``event`` dated only by where it is told: by the document's date, or (an act
    another answers, "after an Iranian air strike"; an attack named again as what a
    request or protest is about, "asked Kabul to bring the unprovoked firing to an end")
    by the sentence around it?"""
    return event.date.known_basis == "document" or (
        (bool(event.extra.get("answered")) or event.kind == "armed_clash")
        and event.date.known_basis == "context"
    )


def _told_day(event: Event) -> bool:
    """Is ``event`` dated to a day the text tells ("on Sunday", "on 9 June")?"""
    start = event.date.start
    return (
        start is not None and len(start) == 10 and event.date.known_basis in _TOLD_BASES
    )


_TOLD_BASES = frozenset({"explicit", "relative"})


def _visit_read_backwards(later: Event, first: Event, last: int | None) -> bool:
    """ "The visit marked ...", "Fernandez's visit ... between Brazil and Argentina", "the
    first visit from a Gulf state": a visit told again near one told, with its sides the
    other way round and no time of its own, is that visit read backwards (its guest
    unnamed or unknown). A return visit is another trip, told with its own status or
    date ("His visit follows Abiy's visit to Asmara last Sunday"), or as "a" visit."""
    return (
        later.kind == first.kind == "visit"
        and later.status == first.status
        and later.date.known_basis in ("context", "document")  # no time of its own
        and not later.extra.get("indefinite")
        and _sides(later) == _sides(first)[::-1]
        and _near(later, first, last)
    )


REACH_CHARACTERS = 1500  # "the exercise" refers to one told within about ten sentences


def _near(later: Event, first: Event, last: int | None) -> bool:
    """Is ``later`` told within reach of ``last``, the last sentence telling ``first``?"""
    if later.source.start is None or last is None or later.source.doc != first.source.doc:
        return False
    return later.source.start - last <= REACH_CHARACTERS


def _mutual_clash(later: Event, first: Event) -> bool:
    """ "Armenian and Azerbaijani forces clashed ... Armenia says Azerbaijan fired on its
    soldiers", "the two sides exchanged fire ... unprovoked firing by the Afghan forces":
    fighting told as both sides' act has no direction of its own, and one side's account
    of who fired, told with it, is the same fighting (its parties, not their order)."""
    return (
        later.kind == first.kind == "armed_clash"
        and bool(first.extra.get("mutual"))
        and not later.extra.get("mutual")
    )


def _sides(event: Event) -> tuple[str | None, str | None]:
    return (
        event.actor1.code if event.actor1 else None,
        event.actor2.code if event.actor2 else None,
    )


def dates_fit(later: DateRef, first: DateRef) -> bool:
    """Both dated from the text: they must agree at the coarser precision; a date
    that only came from context or the document says nothing against it."""
    if later.start is None or first.start is None:
        return True
    if later.basis in ("context", "document") or first.basis in ("context", "document"):
        return True
    one, other = at_common_precision(later.start, first.start)
    return one == other


_STRENGTH = {"explicit": 3, "relative": 3, "context": 2, "document": 1, "none": 0}


def sharper(candidate: DateRef, current: DateRef) -> bool:
    """Is ``candidate`` better grounded, or as grounded and more precise?"""
    if candidate.start is None:
        return False
    if current.start is None:
        return True
    a, b = _STRENGTH[candidate.known_basis], _STRENGTH[current.known_basis]
    return a > b or (a == b and len(candidate.start) > len(current.start))


def counted_apart(later: Event, first: Event) -> bool:
    """Are these two acts of one sentence, one told a counted span before the other
    ("urged ... one day after asking ...", "... two weeks after it was accused of ...")
    and so another, earlier act than the main clause's?"""

    def span(event: Event) -> object:
        return event.extra.get("days_before_main") or event.extra.get("months_before_main")

    return _same_sentence(later, first) and span(later) != span(first)
