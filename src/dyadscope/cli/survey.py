"""`dyadscope survey`: weighted shares from survey microdata (Stata, SPSS, CSV) with
design-based standard errors; store them as figures of a country pair; list them.

`estimate` prints estimate records (`--json`) or a readable table; `import` stores
them; `list --pair A B` shows what is stored, or says there is no survey data for the
pair. How each figure was made (population, exclusions and whether they are the
default, design) goes to stderr as notes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from dyadscope import api
from dyadscope.cli.common import DbOption, friendly_errors, note
from dyadscope.report.surveys import estimates_text

survey_app = typer.Typer(
    help="Weighted shares from survey microdata, with design-based standard errors.",
    no_args_is_help=True,
)

# the API's parameter names as these commands spell them
SURVEY_OPTIONS: dict[str, str] = {
    "path": "FILE",
    "question": "--question",
    "answer": "--answer",
    "where": "--where",
    "weight": "--weight",
    "strata": "--strata",
    "cluster": "--cluster",
    "exclude": "--exclude",
    "by": "--by",
    "labels": "--labels",
    "ci": "--ci",
    "lonely_psu": "--lonely-psu",
    "fieldwork": "--fieldwork",
    "country": "--country",
    "partner": "--partner",
    "pair": "--pair",
}

FileArgument = Annotated[
    Path,
    typer.Argument(
        metavar="FILE", help="Survey file: Stata .dta, SPSS .sav, or CSV.", show_default=False
    ),
]
QuestionOption = Annotated[
    str, typer.Option("--question", "-q", help="The question's column, e.g. FRNDCNTR.")
]
AnswerOption = Annotated[
    str, typer.Option("--answer", "-a", help="The answer counted, by code (8) or label (Turkey).")
]
WhereOption = Annotated[
    list[str] | None,
    typer.Option(
        "--where",
        help="The population, COLUMN=VALUE by code or label, e.g. COUNTRY=2 (repeatable; "
        "estimated as a domain of the whole design). Default: all respondents.",
    ),
]
WeightOption = Annotated[
    str | None, typer.Option("--weight", help="Weight column, e.g. INDWT. Default: unweighted.")
]
StrataOption = Annotated[
    str | None,
    typer.Option("--strata", help="Stratum column(s); a comma joins them: COUNTRY,SUBSTRATUM."),
]
ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help="PSU column(s); a comma joins them: COUNTRY,PSU. Default: each respondent its own.",
    ),
]
ExcludeOption = Annotated[
    str | None,
    typer.Option(
        "--exclude",
        help="Answer codes left out of the denominator, e.g. --exclude=-1,-2,-3,-7,-9, or "
        "'none'. Default: -3,-7,-9 (interviewer error, legal skip, break-off); Don't know "
        "and Refuse stay in.",
    ),
]
ByOption = Annotated[
    str | None, typer.Option("--by", help="Also estimate within each group of this column.")
]
LabelsOption = Annotated[
    Path | None,
    typer.Option(
        "--labels",
        help="Codebook CSV (variable,label,value,value_label) for a CSV file. Default: "
        "NAME.codebook.csv or codebook.csv beside it.",
    ),
]
CiOption = Annotated[
    str,
    typer.Option(
        "--ci", help=f"Interval: {' or '.join(api.CI_CHOICES)} (both stay inside [0, 1])."
    ),
]
LonelyOption = Annotated[
    str | None,
    typer.Option(
        "--lonely-psu",
        help=f"Rule for a stratum with one PSU: {', '.join(api.LONELY_PSU_RULES)}. "
        "Default: refuse and say which stratum.",
    ),
]
SurveyOption = Annotated[
    str | None, typer.Option("--survey", help="Name of the survey, e.g. CB2011 (default: file).")
]
PopulationOption = Annotated[
    str | None,
    typer.Option("--population", help="Who the population is, in words (default: --where labels)."),
]
FieldworkOption = Annotated[
    str | None,
    typer.Option("--fieldwork", help="Fieldwork period, START/END, e.g. 2011-10-01/2011-11-02."),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="JSON Lines of estimate records (the record spec).")
]


def _print(estimates: tuple[api.Estimate, ...] | list[api.Estimate], as_json: bool) -> None:
    if as_json:
        out = sys.stdout
        for estimate in estimates:
            out.write(json.dumps(estimate.to_record(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(estimates_text(estimates))


@survey_app.command("estimate")
@friendly_errors(SURVEY_OPTIONS)
def estimate_command(
    path: FileArgument,
    question: QuestionOption,
    answer: AnswerOption,
    where: WhereOption = None,
    weight: WeightOption = None,
    strata: StrataOption = None,
    cluster: ClusterOption = None,
    exclude: ExcludeOption = None,
    by: ByOption = None,
    labels: LabelsOption = None,
    ci: CiOption = "logit",
    lonely_psu: LonelyOption = None,
    survey: SurveyOption = None,
    population: PopulationOption = None,
    fieldwork: FieldworkOption = None,
    as_json: JsonOption = False,
) -> None:
    """The weighted share of respondents giving an answer, with its design-based SE
    (Taylor linearisation) and a logit or Korn-Graubard interval; per group with --by."""
    result = api.survey_estimate(
        path, question=question, answer=answer, where=where, weight=weight, strata=strata,
        cluster=cluster, exclude=exclude, by=by, labels=labels, ci=ci, lonely_psu=lonely_psu,
        survey=survey, population=population, fieldwork=fieldwork,
    )  # fmt: skip
    _print(result.estimates, as_json)
    for line in result.notes:
        note(line)


@survey_app.command("import")
@friendly_errors(SURVEY_OPTIONS)
def import_command(
    path: FileArgument,
    question: QuestionOption,
    answer: AnswerOption,
    country: Annotated[
        str | None,
        typer.Option(
            "--country", help="The respondents' country (default: the --where value's label)."
        ),
    ] = None,
    partner: Annotated[
        str | None,
        typer.Option(
            "--partner", help="The country the answer names (default: the answer's label)."
        ),
    ] = None,
    where: WhereOption = None,
    weight: WeightOption = None,
    strata: StrataOption = None,
    cluster: ClusterOption = None,
    exclude: ExcludeOption = None,
    by: ByOption = None,
    labels: LabelsOption = None,
    ci: CiOption = "logit",
    lonely_psu: LonelyOption = None,
    survey: SurveyOption = None,
    population: PopulationOption = None,
    fieldwork: FieldworkOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Estimate as `survey estimate` does and store the figures as indicators of the
    pair (respondents' country, the country the answer names), with fieldwork dates."""
    result = api.survey_import(
        path, question=question, answer=answer, db=db, country=country, partner=partner,
        where=where, weight=weight, strata=strata, cluster=cluster, exclude=exclude, by=by,
        labels=labels, ci=ci, lonely_psu=lonely_psu, survey=survey, population=population,
        fieldwork=fieldwork,
    )  # fmt: skip
    _print(result.estimates, as_json)
    for line in result.notes:
        note(line)


@survey_app.command("list")
@friendly_errors(SURVEY_OPTIONS)
def list_command(
    pair: Annotated[
        tuple[str, str],
        typer.Option("--pair", help="Two countries by code or name, e.g. --pair AZE TUR."),
    ],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The survey figures stored for a pair, or 'no survey data for this pair'."""
    found = api.survey_estimates(pair, db=db)
    _print(found, as_json)
    note(f"{len(found)} survey estimate{'s' if len(found) != 1 else ''}")


def register(app: typer.Typer) -> None:
    app.add_typer(survey_app, name="survey")
