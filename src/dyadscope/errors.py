"""Exceptions with messages a user can act on: each names the input and what is wrong."""

from __future__ import annotations


class DyadscopeError(Exception):
    """Base of every error dyadscope raises on purpose."""


class InputError(DyadscopeError):
    """An input file (or stdin) that cannot be used; ``str()`` is the one-line message."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class StoreError(DyadscopeError):
    """The store file cannot be opened or written."""


class DictionaryError(DyadscopeError):
    """A user dictionary or lexicon file is malformed."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class UsageError(DyadscopeError):
    """A wrong argument: ``field`` names the parameter (the CLI shows its option), and
    the message says what is wrong and what would be right."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")
