"""The SQL half of grouping events into stories (``dyadscope.analyse.stories``): every
day-precise event without figures gets its story straight from its key, in one
statement, so that a million imported rows need no Python loop.

The key is the one ``analyse.stories`` builds in pandas (kind family | sides | status
class | day), and it is the story's id ("consult|AZE>PAK|actual|2019-10-24": readable,
and no hashing of a million rows); a test holds the two spellings together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dyadscope.store.store import Store


def _case(column: str, mapping: Mapping[str, str], default: str) -> str:
    whens = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in sorted(mapping.items()))
    return f"CASE {column} {whens} ELSE {default} END"


def day_story_key(
    families: Mapping[str, str], undirected: Sequence[str], statuses: Mapping[str, str]
) -> str:
    """SQL for an events row's story key, as ``analyse.stories`` spells it."""
    kind = "COALESCE(kind, 'other')"
    a1, a2 = "COALESCE(actor1_code, '')", "COALESCE(actor2_code, '')"
    status = "COALESCE(status, 'actual')"
    both = ", ".join(f"'{k}'" for k in sorted(undirected))
    first = f"CASE WHEN {kind} IN ({both}) THEN least({a1}, {a2}) ELSE {a1} END"
    second = f"CASE WHEN {kind} IN ({both}) THEN greatest({a1}, {a2}) ELSE {a2} END"
    return (
        f"{_case(kind, families, kind)} || '|' || {first} || '>' || {second} || '|' || "
        f"{_case(status, statuses, status)} || '|' || substr(date_start, 1, 10)"
    )


def add_day_stories(store: Store, key_sql: str) -> int:
    """Give every day-precise event without figures, from a document that is no copy,
    and still without a story, the story of its key; returns how many got one."""
    sql = f"""
        INSERT INTO stories
        SELECT id, {key_sql}, true, false
        FROM events e
        WHERE date_precision = 'day' AND date_start IS NOT NULL
          AND COALESCE(quantities, '[]') IN ('[]', '')
          AND (doc_id IS NULL OR doc_id NOT IN (
               SELECT id FROM documents WHERE copy_of IS NOT NULL))
          AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.event_id = e.id)
    """
    with store.transaction() as con:
        before = _count(store)
        con.execute(sql)
        return _count(store) - before


def _count(store: Store) -> int:
    row = store.con.execute("SELECT count(*) FROM stories").fetchone()
    return int(row[0]) if row else 0


def vague_pairs(store: Store) -> list[tuple[str, str]]:
    """Pairs with an event the SQL key cannot place: vaguer than a day, stating
    figures, or from a copy (these need ``analyse.stories`` one by one)."""
    rows = store.con.execute("""
        SELECT DISTINCT least(actor1_code, actor2_code), greatest(actor1_code, actor2_code)
        FROM events
        WHERE actor1_code IS NOT NULL AND actor2_code IS NOT NULL AND (
          date_precision IS DISTINCT FROM 'day' OR date_start IS NULL
          OR COALESCE(quantities, '[]') NOT IN ('[]', '')
          OR doc_id IN (SELECT id FROM documents WHERE copy_of IS NOT NULL))
    """).fetchall()
    return [(str(a), str(b)) for a, b in rows]
