"""Findings across sources: who else says so, and do they agree?

``check`` compares the records of one pair, documents' and data sets' alike, and
concludes (the record spec's ``finding``):

- ``corroboration``: independent sources agree: a document's arms claim and a SIPRI
  row (``arms``), a trade figure and Comtrade (``trade``), an event and GDELT, ICEWS
  or POLECAT rows (``events``), or two documents on one figure (``contradictions``,
  ``trade``);
- ``contradiction``: sources disagree on the value of a deal, a number of items, a
  trade total, a date or a status;
- ``mirror_gap``: Comtrade's exporter-reported flow against the importer's report of
  it (``trade``);
- ``duplicate``: a near-duplicate document and its original (``duplicates``);
- ``unverified``: a claim no data-set row speaks to, with what was searched
  (``unverified``).

Independence: two sentences of one document, a copy and its original, or two
sentences citing the same footnoted URL are one source (``common.independent``).
Thresholds and their reasons are in ``thresholds``. Pure Python over model records:
the store hands them over, the API and the brief show the result. ``check.check``
runs them all; this package imports nothing on its own, so that the API can read
the thresholds without loading the matchers.
"""
