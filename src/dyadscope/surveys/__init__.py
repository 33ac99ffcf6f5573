"""Survey microdata: weighted shares of respondents giving an answer, with design-based
standard errors, from Stata, SPSS and CSV files with their labels.

A stage beside ``ingest`` and ``importers``: it reads files and returns model
``Estimate`` records; storing them and naming countries are the upper layers' job.
One job per module: ``reading`` (files and their labels), ``design`` (weight, strata,
clusters and their checks), ``selection`` (question, answer, population, exclusions,
groups), ``estimation`` (the share and its SE through ``svy``), ``linking`` (which
country pair an answer speaks to).
"""
