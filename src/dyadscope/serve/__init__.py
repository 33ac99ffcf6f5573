"""The web front end (issue 13): ``create_app(db)`` builds the FastAPI application
that ``dyadscope serve`` runs. Like the CLI it only calls ``dyadscope.api``; it is the
one package that imports a web framework."""

from __future__ import annotations

from dyadscope.serve.app import Application, create_app
from dyadscope.serve.runner import run, served_in_thread

__all__ = ["Application", "create_app", "run", "served_in_thread"]
