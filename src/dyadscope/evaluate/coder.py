"""The real extractor as a ``Coder``, imported only when asked for.

Evaluation must work (with fakes) while the extractor is absent or broken, so
``dyadscope.api`` is imported inside ``api_coder`` and a failed import becomes
a one-line DyadscopeError instead of breaking ``import dyadscope.evaluate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dyadscope.errors import DyadscopeError
from dyadscope.model import Event
from dyadscope.settings import load_settings


class ApiCoder:
    """Calls ``dyadscope.api.extract`` per passage and keeps the events.

    ``accepts_title`` tells the scorer it may pass a gold passage's title.
    """

    accepts_title = True

    def __init__(
        self,
        dictionaries: Sequence[Path] = (),
        dictionaries_only: bool | None = None,
        one_sided: bool | None = None,
    ) -> None:
        try:
            from dyadscope import api
        except ImportError as exc:
            raise DyadscopeError(
                f"the extractor (dyadscope.api) cannot be imported: {exc}"
            ) from exc
        self._extract = api.extract
        self._dictionaries = tuple(dictionaries)
        self._only = dictionaries_only
        self._one_sided = one_sided
        # load the dictionaries now: a missing or bad file is one error, not a failed
        # passage per record
        api.configured_pipeline(
            load_settings(), self._dictionaries, None, dictionaries_only, one_sided
        )

    def __call__(self, text: str, date: str | None, *, title: str | None = None) -> list[Event]:
        records = self._extract(
            text, date=date, title=title, dictionaries=self._dictionaries,
            dictionaries_only=self._only, one_sided=self._one_sided,
        )  # fmt: skip
        return [record for record in records if isinstance(record, Event)]


def api_coder(
    dictionaries: Sequence[Path] = (),
    *,
    dictionaries_only: bool | None = None,
    one_sided: bool | None = None,
) -> ApiCoder:
    """The real extractor as a coder; DyadscopeError when it cannot be imported.
    ``dictionaries_only``, ``one_sided``: see ``Pipeline`` (None: the config's setting)."""
    return ApiCoder(dictionaries, dictionaries_only, one_sided)
