"""Acts told as what another act answers or a reaction is about ("recalled its envoy after
an Iranian air strike", "sanctions against Turkey over the downing of its jet", "condemned
the Indian air strikes on its territory"): events of their own, done before the answer by
the side the answering act is aimed at to the side that answers, dated by their own phrase,
by a count back ("a day earlier") or else by the answer's month."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from dyadscope.classify.analysis import SentenceAnalysis
from dyadscope.classify.cues import cues
from dyadscope.classify.derived import goldstein, recoded
from dyadscope.classify.event_dates import DAY_UNITS, days_counted
from dyadscope.classify.patterns import Match
from dyadscope.classify.tokens import Token
from dyadscope.model import Actor, DateRef, Event, stable_id

# what opens the act another answers: "recalled its envoy after an Iranian air strike",
# "sanctions against Turkey over the downing of its jet", "protest against the expulsion"
_ANSWER_OPENERS = frozenset({"after", "following", "over", "for", "against"})

# acts that answer another's act done to them
_HOSTILE_ANSWERS = frozenset(
    {"sanction", "criticism_hostility", "coerce", "armed_clash", "mobilize", "protest"}
)

# what an answered act may be: force, coercion, a measure against the other
ANSWERABLE = frozenset({"armed_clash", "coerce", "sanction", "mobilize"})

_MORE_ANSWERING = (
    ("responding", "to"),
    ("retaliation", "for"),
    ("retaliate", "for"),
    ("retaliated", "for"),
    ("retaliating", "for"),
    ("revenge", "for"),
)

# a reaction whose object is an act done ("condemned the Indian air strikes", "protest the
# expulsion of a diplomat", "Japan's criticism of China's manoeuvres"): the act took place,
# done by the side the reaction is aimed at to the reacting side
_REACTIONS = frozenset(
    {"condemn", "condemns", "condemned", "condemning", "condemnation", "denounce",
     "denounces", "denounced", "denouncing", "denunciation", "decry", "decries", "decried",
     "decrying", "deplore", "deplores", "deplored", "deploring", "protest", "protests",
     "protested", "protesting", "criticise", "criticises", "criticised", "criticising",
     "criticize", "criticizes", "criticized", "criticizing", "criticism", "slammed",
     "slamming", "lambasted", "lambasting", "censured", "rebuked", "assailed"}
)  # fmt: skip

_REACTING = frozenset({"criticism_hostility", "protest"})

# what makes a reaction's object no act done: "condemned any attempt to strike", "India's
# threat of air strikes", "the planned strikes", "the sanctions policy of the EU"
_NOT_DONE = frozenset(
    {"any", "attempt", "attempts", "threat", "threats", "threatened", "possible", "possibility",
     "prospect", "plan", "plans", "planned", "proposed", "proposal", "intended", "intention",
     "decision", "decisions", "call", "calls", "demand", "demands", "idea", "talk", "future",
     "policy", "policies", "regime", "law", "laws", "bill", "practice", "practices"}
)  # fmt: skip

# what goes on telling an act after its noun: whom it struck, where, when, by whom
_TELLING = frozenset(
    {"on", "upon", "against", "of", "in", "at", "into", "near", "by", "inside", "across",
     "along", "over", "last", "earlier", "this", "late", "early", "targeting"}
)  # fmt: skip


def _done_act(analysis: SentenceAnalysis, opening: int, match: Match) -> bool:
    """Is the act a reaction takes as its object one told as done, not one threatened,
    planned or a standing policy ("condemned any attempt to ...", "criticised the sanctions
    policy")?"""
    tokens = analysis.tokens
    words = [t.low for t in tokens[opening + 1 : match.anchor]]
    after = tokens[match.end].low if match.end < len(tokens) else "."
    told = {t.low for t in tokens[match.anchor + 1 : match.end + 1]}
    # the phrase tells the act, what it struck, where or when ("an Israeli airstrike on
    # military targets last night"); "condemned the Indian air strikes" alone names news
    # told elsewhere
    return not (_NOT_DONE & set(words) or after in _NOT_DONE or not told & _TELLING)

_ANSWERED_REACH = 6  # words from the opening to the answered act

_ANSWERING_REACH = 25  # words from the answering act to the opening

# words that end the noun phrase an opening governs: a clause, a verb, a list
_NOT_IN_PHRASE = frozenset(
    {"which", "that", "who", "and", "or", "but", "to", "was", "were", "is", "are", "had",
     "has", "have", "be", "been", "it", "they", "he", "she", "as", "when", "while", ",",
     ";", ":", "(", ")", "said", "says"}
)  # fmt: skip


class Answered(NamedTuple):
    """The act another answers: who did it, to whom, where its phrase opens, and the
    answering act."""

    doer: Actor
    struck: Actor
    opening: int
    answering: Event
    reaction: bool = False  # the object of a reaction ("condemned the Indian strikes")


def answered_sides(
    analysis: SentenceAnalysis, match: Match, coded_at: dict[int, Event]
) -> Answered | None:
    """Who did the act at ``match`` and to whom, where it is told as what an act coded
    before it in the sentence answers ("Pakistan recalled its envoy after an Iranian air
    strike ...": Iran struck Pakistan; "Moscow announced sanctions against Turkey over
    the downing of a Russian warplane": Turkey downed it): the answering act's other
    side and its own side. None where it is no such act."""
    if match.pattern.kind not in ANSWERABLE or match.pattern.dyadic:
        return None
    tokens = analysis.tokens
    words = [t.low for t in tokens]
    phrases = (*cues().answering, *cues().causes, *_MORE_ANSWERING)
    opening = None
    reaction = False  # the act is what a reaction takes as its object
    for at in range(match.start - 1, max(-1, match.start - 1 - _ANSWERED_REACH), -1):
        opening = next(
            (at + 1 - len(p) for p in phrases
             if at + 1 >= len(p) and tuple(words[at + 1 - len(p) : at + 1]) == p),
            at if words[at] in _ANSWER_OPENERS else None,
        )  # fmt: skip
        if opening is None and words[at] in _REACTIONS:
            opening, reaction = at, True
        if opening is not None:
            break
        if words[at] in _NOT_IN_PHRASE and not analysis.inside_actor(at):
            return None
        if (
            words[at].endswith("ed")
            and words[at] not in cues().object_np
            and not (analysis.inside_actor(at))
        ):
            return None  # "after Tehran launched attacks": a clause of its own
    if opening is None:
        return None
    if reaction and not _done_act(analysis, opening, match):
        return None
    answering = next(
        (event for anchor, event in sorted(coded_at.items(), reverse=True)
         if opening - _ANSWERING_REACH <= anchor < opening + reaction
         and (not reaction or event.kind in _REACTING)),
        None,
    )  # fmt: skip
    if answering is None or answering.actor1 is None or answering.actor2 is None:
        return None
    if answering.status != "actual" or answering.actor1.code == answering.actor2.code:
        return None
    if ";" in words[answering_anchor(coded_at, answering) : opening]:
        return None
    trigger = str(answering.extra.get("trigger", "")).lower()
    if trigger.startswith(_CHARGES):
        return None  # "blamed its neighbour for rebel raids": what a charge alleges
    if answering.kind not in _HOSTILE_ANSWERS:
        return None  # an apology "for the downing of a jet" comes months after it
    doer, struck = answering.actor2, answering.actor1
    return Answered(_plain(doer), _plain(struck), opening, answering, reaction)

_CHARGES = ("accus", "blam", "charg")

# who does an attack no state owns: "after the Pahalgam terror attack", "after two suicide
# bombers struck a mosque"
_NON_STATE = frozenset(
    {"terror", "terrorist", "terrorists", "suicide", "bomber", "bombers", "militant",
     "militants", "rebel", "rebels", "insurgent", "insurgents", "gunmen", "extremist",
     "extremists", "jihadist", "jihadists", "smugglers"}
)  # fmt: skip


def answered_roles(
    answered: Answered,
    actor1: Actor | None,
    actor2: Actor | None,
    words: Sequence[str],
    end: int,
) -> tuple[Actor, Actor] | None:
    """The answered act's sides, where the clause names one of them as the answering
    act's sides have it ("the downing of a Russian warplane": who downed it is the
    sanctioned side); None where it names them otherwise or names no state's act."""
    doer, struck = answered.doer, answered.struck
    if _NON_STATE & set(words[answered.opening : end]):
        return None
    if actor1 is None and actor2 is not None and actor2.code == struck.code:
        return doer, actor2
    if (
        actor1 is not None
        and actor1.code == doer.code
        and (actor2 is None or actor2.code == struck.code)
    ):
        return actor1, actor2 or struck
    return None


def answering_anchor(coded_at: dict[int, Event], event: Event) -> int:
    return next(anchor for anchor, coded in coded_at.items() if coded is event)


def _plain(actor: Actor) -> Actor:
    """The state or organisation itself, as a side the clause did not write."""
    return Actor(code=actor.code, name=actor.name, sector=None, text="")

_COUNT_REACH = 3  # "the day before" may stand past the clause's end

_TIME_UNITS = frozenset({*DAY_UNITS, "hour", "hours", "minutes", "month", "months"})


def answered_date(
    analysis: SentenceAnalysis,
    answered: Answered,
    end: int,
    date: DateRef,
    doc_date: str | None,
) -> DateRef:
    """The answered act's date: one of its own phrase ("over the downing of its jet on
    November 24"); else counted back from the answer ("after an air strike a day
    earlier", "after Tehran launched attacks the day before"); else the answer's month,
    as told before it ("after an Iranian air strike": a day or some days before)."""
    own = [m.date for i, m in analysis.date_at
           if answered.opening < i < end and m.date.start is not None
           and not analysis.inside_actor(i)]  # fmt: skip
    if own:
        return date if any(d.text == date.text for d in own) else own[0]
    counted = answered.opening > 0 and analysis.tokens[answered.opening - 1].low in _TIME_UNITS
    if counted and date.start:
        return date  # "a day after Y expelled ...", "hours after": counted from the answer
    base = answered.answering.date
    if not base.start:
        base = DateRef(doc_date, precision="day", basis="document") if doc_date else base
    if not base.start:
        return date
    days = _days_back(analysis.tokens, answered.opening, end + _COUNT_REACH)
    if days is not None and base.precision == "day":
        day = datetime.date.fromisoformat(base.start) - datetime.timedelta(days=days)
        return DateRef(day.isoformat(), precision="day", text=base.text, basis="relative")
    if base.precision not in ("day", "month"):
        return replace(base, basis="context")
    return DateRef(base.start[:7], precision="month", text=base.text, basis="context")


def _days_back(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The days "a day earlier", "two days before", "the day before", "the previous day"
    in tokens ``start:end`` count back, at the end of a phrase; else None."""
    for at in range(start + 1, min(end, len(tokens))):
        after = tokens[at + 1].low if at + 1 < len(tokens) else "."
        if tokens[at].low in ("earlier", "before") and not after[:1].isalnum():
            days = days_counted(tokens, at)
            if days is not None:
                return days
        if tokens[at].low == "day" and tokens[at - 1].low in ("previous", "preceding"):
            return 1
    return None


# a favourable reaction whose object is a side's help ("thanked Turkey for its support",
# "expressed gratitude for the assistance provided by Germany", "appreciated Azerbaijani
# support for Pakistan's stance"): the help was given, by the side thanked to the one
# that thanks
_THANKS = ("thank", "gratitude", "grateful", "appreciat")

# what a side is thanked for that is an act of its own: help, and words of sympathy
_HELP = frozenset(
    {"support", "supporting", "assistance", "aid", "help", "helping", "solidarity",
     "sympathies", "sympathy", "condolences"}
)  # fmt: skip

# what a host gives a guest: thanks for it tell the thanking side's visit to the host
# ("thanked the Iranian side for the warm welcome", "gratitude to the Emir for the
# hospitality")
_HOSTING = frozenset({"hospitality", "welcome", "reception"})

# words of feeling, which are a statement of support whatever else the phrase tells
_SYMPATHY = frozenset({"solidarity", "sympathies", "sympathy", "condolences"})

# what makes help stated support: a stance, a cause, a claim backed ("its support for
# Pakistan's stance on Kashmir", "supporting Georgia's territorial integrity", "political
# and moral support")
_STATED = frozenset(
    {"political", "moral", "diplomatic", "principled", "stance", "position", "positions",
     "cause", "integrity", "sovereignty", "candidacy", "bid"}
)  # fmt: skip

# what makes help aid: goods, money, relief given ("the support it has provided", "their
# support in providing equipment and financing", "humanitarian assistance")
_GIVEN = frozenset(
    {"provided", "providing", "provide", "sending", "sent", "delivering", "delivered",
     "humanitarian", "financial", "economic", "technical", "equipment", "financing",
     "funding", "funds", "relief", "supplies", "donation", "donations", "grants", "loans"}
)  # fmt: skip

# words that come between the thanked side and what it is thanked for, or in the
# phrase before the help's noun: "for", "its", "strong", "the"
_HELP_REACH = 6  # words from "for" (or "appreciated") to the help's noun
_THANKS_REACH = 14  # words from the thanking word to "for"

# verbs whose object is what is appreciated ("appreciated Azerbaijani support")
_APPRECIATING = frozenset({"appreciate", "appreciates", "appreciated", "appreciating"})

# what joins the sides thanked, or the words telling the help ("political and moral")
_LISTING = frozenset({"and", ","})


def thanked_for(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """The help a favourable reaction thanks a side for ("Georgia thanked Azerbaijan for
    supporting its territorial integrity", "Moldova thanked Germany for the support it has
    provided"): stated support (SUPPORT) where the phrase tells a stance or cause backed or
    a feeling shared, aid (AID) where it tells goods or money given; from the side thanked
    (or the one the phrase names as giving it) to the side that thanks. None where the
    phrase tells neither, or help not yet given ("its readiness to support")."""
    if event.kind != "support_statement" or event.status != "actual" or event.actor1 is None:
        return None
    tokens = analysis.tokens
    words = [t.low for t in tokens]
    thanks = next(
        (i for i in range(match.start, match.end) if words[i].startswith(_THANKS)), None
    )
    if thanks is None:
        return None
    # "thanked Turkey for ...", "expressed gratitude to X for ...": the help follows "for";
    # "appreciated Azerbaijani support": it is the object itself
    if words[thanks] in _APPRECIATING:
        opening: int | None = thanks
    else:
        opening = next(
            (i for i in range(thanks + 1, min(len(words), thanks + 1 + _THANKS_REACH))
             if words[i] == "for"),
            None,
        )  # fmt: skip
    if opening is None:
        return None
    if any(w in _NOT_IN_PHRASE and w not in (*_LISTING, "to") and not analysis.inside_actor(i)
           for i, w in enumerate(words[thanks + 1 : opening], thanks + 1)):  # fmt: skip
        return None  # "thanked Turkey, saying that ... for": a clause of its own
    head = next(
        (i for i in range(opening + 1, min(len(words), opening + 1 + _HELP_REACH))
         if words[i] in _HELP or words[i] in _HOSTING),
        None,
    )
    if head is None:
        return None
    before = words[opening + 1 : head]
    if _NOT_DONE & set(before) or any(
        w in _NOT_IN_PHRASE and w not in _LISTING and not analysis.inside_actor(i)
        for i, w in enumerate(before, opening + 1)
    ):
        return None  # "for its readiness to support", "for the plan to send aid"
    end = _phrase_end(words, head)
    told = set(words[opening + 1 : end])
    if words[head] in _HOSTING:
        code = "042"
    elif words[head] in _SYMPATHY or _STATED & told:
        code = "051"
    elif _GIVEN & told:
        code = "070"
    else:
        return None  # "thanked the Sultan for his strong support in the bilateral relationship"
    thanked = event.actor1
    giver = next(
        (m.actor for f, _, m in analysis.actors_in_order
         if m.actor is not None and m.actor.code != thanked.code
         and _gives(words, opening, head, f)),
        event.actor2,
    )  # fmt: skip
    if giver is None or giver.code == thanked.code:
        return None
    own = [m.date for i, m in analysis.date_at
           if opening < i < end and m.date.start is not None and not analysis.inside_actor(i)]
    if code == "042":
        giver, thanked = thanked, giver  # the guest visited the host
    helped = replace(
        event,
        id=stable_id(event.id, "thanked for"),
        actor1=_plain(giver),
        actor2=_plain(thanked),
        others=(),
        quantities=(),
        date=own[0] if own else event.date,
        extra={**event.extra, "trigger": " ".join(words[opening + 1 : head + 1]),
               "answered": True},
    )
    return recoded(helped, code)


_GIVER_REACH = 4  # words from the help's noun to "of Germany", "provided by Germany"


def _gives(words: Sequence[str], opening: int, head: int, at: int) -> bool:
    """Is the side at ``at`` named as the help's giver: before its noun ("Azerbaijani
    support", "Pakistan's consistent support") or just after it by "of" or "by" ("the
    support of the Azerbaijan government", "the assistance provided by Germany")?"""
    if opening < at < head:
        return True
    between = words[head + 1 : at]
    return (
        head < at <= head + _GIVER_REACH
        and bool(between)
        and between[-1] in ("of", "by")
        and not {"to", "for", "towards"} & set(between)
    )


def _phrase_end(words: Sequence[str], head: int) -> int:
    """Where the phrase telling the help ends: the sentence's end, a semicolon, or a new
    clause ("..., and noted that ...")."""
    for at in range(head + 1, len(words)):
        if words[at] in (";", ".") or (
            words[at] == "," and at + 1 < len(words) and words[at + 1] in ("and", "but", "saying")
        ):
            return at
        if words[at] in ("and", "but") and at + 1 < len(words) and words[at + 1].endswith("ed"):
            return at  # "and noted that", "and reiterated"
    return len(words)


# a favourable reaction whose object is a joint act it names the parties of ("welcomed the
# agreement between Armenia and Azerbaijan", "praised the talks with Mitsotakis",
# "hailed the signing of the peace deal between Ethiopia and Eritrea"): the act took place,
# between the sides the phrase names
_WELCOMING = ("welcom", "hail", "prais", "laud", "commend", "applaud", "salut", "congratulat")

_TALKS = ("negotiation", "CONSULT", "046")
_MEETING = ("meeting", "CONSULT", "040")
_SIGNED = ("agreement_signed", "AGREE", "057")
_TRUCE = ("ceasefire", "RETREAT", "0871")
_WELCOMED_ACTS = {
    **dict.fromkeys(("talks", "negotiations", "discussions", "consultations", "dialogue"), _TALKS),
    **dict.fromkeys(("meeting", "meetings", "summit"), _MEETING),
    **dict.fromkeys(("agreement", "agreements", "deal", "accord", "treaty", "signing"), _SIGNED),
    **dict.fromkeys(("ceasefire", "truce"), _TRUCE),
}

# an act not yet done, whatever the reaction: "the upcoming talks", "the next summit"
_AHEAD = frozenset({"upcoming", "forthcoming", "next", "future", "coming", "expected", "new"})

_PARTIES_REACH = 8  # words from the act's noun to "between", "with"


def welcomed_act(event: Event, analysis: SentenceAnalysis, match: Match) -> Event | None:
    """The joint act a favourable reaction is about, where the phrase names its parties:
    "between A and B" (A and B), "with B" (the reacting side and B); dated by the phrase's
    own date, else as the reaction. None for a plan, proposal or decision welcomed ("the
    proposal to hold talks"), an act still ahead ("the upcoming talks with X"), or one the
    phrase names no party of ("welcomed the agreement")."""
    if event.kind != "support_statement" or event.status != "actual" or event.actor1 is None:
        return None
    tokens = analysis.tokens
    words = [t.low for t in tokens]
    reacting = next(
        (i for i in range(match.start, match.end) if words[i].startswith(_WELCOMING)), None
    )
    if reacting is None:
        return None
    opening = reacting
    if words[reacting].startswith("congratulat"):
        # "congratulated Sudan on the ceasefire with South Sudan"
        opening = next((i for i in range(reacting + 1, min(len(words), reacting + 8))
                        if words[i] in ("on", "for")), reacting)  # fmt: skip
    head = next(
        (i for i in range(opening + 1, min(len(words), opening + 1 + _ANSWERED_REACH))
         if words[i] in _WELCOMED_ACTS),
        None,
    )
    if head is None:
        return None
    before = words[opening + 1 : head]
    if (_NOT_DONE | _AHEAD) & set(before) or any(
        w in _NOT_IN_PHRASE and not analysis.inside_actor(i)
        for i, w in enumerate(before, opening + 1)
    ):
        return None  # "welcomed the proposal to hold talks", "and the upcoming summit"
    if head + 1 < len(words) and words[head + 1] in ("to", "on", "that"):
        return None  # "the talks to be held", "the agreement on ...": a plan or a content
    linker = next(
        (i for i in range(head + 1, min(len(words), head + 1 + _PARTIES_REACH))
         if words[i] in ("between", "with")),
        None,
    )
    if linker is None or any(
        w in _NOT_IN_PHRASE and w != "and" and not analysis.inside_actor(i)
        for i, w in enumerate(words[head + 1 : linker], head + 1)
    ):
        return None
    named = [m.actor for f, _, m in analysis.actors_in_order
             if linker < f <= linker + _ANSWERED_REACH and m.actor is not None]  # fmt: skip
    codes = list(dict.fromkeys(a.code for a in named))
    if words[linker] == "between" and len(codes) >= 2:
        first = next(a for a in named if a.code == codes[0])
        second = next(a for a in named if a.code == codes[1])
    elif words[linker] == "with" and event.actor2 is not None:
        # "praised the talks with X": the praising side's; "congratulated Sudan on the
        # ceasefire with South Sudan": the side congratulated's
        first = event.actor2 if opening != reacting else event.actor1
        if not named or named[0].code == first.code:
            return None
        second = named[0]
    else:
        return None
    own = [m.date for i, m in analysis.date_at
           if opening < i and m.date.start is not None and not analysis.inside_actor(i)]
    kind, plover, cameo = _WELCOMED_ACTS[words[head]]
    act = replace(
        event,
        id=stable_id(event.id, "welcomed"),
        kind=kind,
        plover=plover,
        cameo=cameo,
        goldstein=goldstein(cameo),
        actor1=_plain(first),
        actor2=_plain(second),
        others=(),
        quantities=(),
        date=own[0] if own else event.date,
        extra={**event.extra, "trigger": " ".join(words[head : linker + 1]),
               "answered": True, "definite": True},
    )
    return act
