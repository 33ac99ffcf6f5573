"""An outlet a source speaks to reports the act and takes no part in it."""

from __future__ import annotations

from coded_events import coded_in
from dyadscope.mentions.actors import Gazetteer
from dyadscope.mentions.addressees import parties_named


def test_an_outlet_spoken_to_is_no_party() -> None:
    """ "Speaking to Anadolu Agency, the minister said ...", "confirmed to AFP that ...":
    the outlet is where the words were said, so its state (Anadolu's Turkey, AFP's France)
    gets no event; the acts the source tells keep their own sides."""
    coded = coded_in(
        "Speaking to Anadolu Agency, the Azerbaijani minister said Baku would sign the deal "
        "with Islamabad.", "2024-03-14")
    assert not [c for c in coded if "TUR" in c]
    assert ("agreement_signed", "AZE", "PAK") in coded
    coded = coded_in(
        "Two Saudi sources confirmed to AFP that the crown prince will visit Islamabad.",
        "2024-03-14")
    assert not [c for c in coded if "FRA" in c]


def test_only_an_outlet_spoken_to_is_dropped() -> None:
    """The outlet after "told", "speaking to" or "in an interview with" is dropped; one
    that acts or is acted on ("TASS reported", "raided the office of TASS"), and a
    state spoken to ("told Russia"), stay mentions."""
    text = ("Speaking to Anadolu Agency, the minister said police raided the office of "
            "TASS after TASS reported the talks, and told Russia so.")
    mentions = Gazetteer.default().find(text)
    kept = [m.text for m in parties_named(text, mentions)]
    assert "Anadolu Agency" in [m.text for m in mentions] and "Anadolu Agency" not in kept
    assert kept.count("TASS") == 2 and "Russia" in kept
