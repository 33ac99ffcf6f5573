"""Code tables: CAMEO event codes, CAMEO actor codes, country names and numbers -> ISO3.

The tables are data files under ``dyadscope/data``; these modules only load and look up.
"""

from dyadscope.codes.cameo import CAMEO_ROOT_NAMES, CameoCode, cameo, cameo_codes
from dyadscope.codes.countries import (
    cameo_actor,
    comtrade_iso3,
    country_iso3,
    country_name,
)

__all__ = [
    "CAMEO_ROOT_NAMES",
    "CameoCode",
    "cameo",
    "cameo_actor",
    "cameo_codes",
    "comtrade_iso3",
    "country_iso3",
    "country_name",
]
