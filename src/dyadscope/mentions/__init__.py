"""Mentions stage: the actors, dates and quantities named inside one sentence,
with offsets into it. (``dyadscope.extract`` is the API function that runs the
whole pipeline; this package is one of its stages.)"""
