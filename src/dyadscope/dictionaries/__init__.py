"""User dictionaries: the gazetteer's TSV tables and PETRARCH actor/agent files."""

from dyadscope.dictionaries.petrarch import (
    PetrarchActor,
    PetrarchAgent,
    PetrarchCode,
    is_petrarch_file,
    load_petrarch_actors,
    load_petrarch_agents,
)
from dyadscope.dictionaries.tables import Table, read_table

__all__ = [
    "PetrarchActor",
    "PetrarchAgent",
    "PetrarchCode",
    "Table",
    "is_petrarch_file",
    "load_petrarch_actors",
    "load_petrarch_agents",
    "read_table",
]
