"""One row of a member CSV: its cells checked and read in the model's terms.

Types, sectors and countries may be named as a person would write them: codes, slugs or names in
any of the portal's languages, with or without accents.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import translation
from django.utils.translation import gettext as _

from clusters.models import Sector
from portal.countries import COUNTRY_CHOICES
from portal.text import fold

from ..models import DESCRIPTION_MAX_LENGTH, MemberType

COLUMNS = (
    "name",
    "type",
    "sectors",
    "city",
    "country",
    "website",
    "description",
    "capabilities",
    "production_capacities",
    "certifications",
    "seeks_subcontracting",
    "seeks_partners",
)
LIST_SEPARATOR = re.compile(r"[|;]")
TRUE_WORDS = frozenset({"yes", "y", "oui", "true", "vrai", "1", "x", "نعم"})
FALSE_WORDS = frozenset({"no", "n", "non", "false", "faux", "0", "", "لا"})
TYPE_SYNONYMS = {
    "pme": MemberType.SME,
    "small and medium enterprise": MemberType.SME,
    "large enterprise": MemberType.LARGE_COMPANY,
    "grande entreprise": MemberType.LARGE_COMPANY,
    "university": MemberType.UNIVERSITY,
    "universite": MemberType.UNIVERSITY,
    "school": MemberType.UNIVERSITY,
    "engineering school": MemberType.UNIVERSITY,
    "ecole": MemberType.UNIVERSITY,
    "ecole d'ingenieurs": MemberType.UNIVERSITY,
    "start up": MemberType.STARTUP,
    "research center": MemberType.RESEARCH_CENTRE,
    "centre de recherche": MemberType.RESEARCH_CENTRE,
    "organisme public": MemberType.PUBLIC_BODY,
}
TEXT_LIMITS = {"name": 200, "city": 100, "certifications": 255, "description": DESCRIPTION_MAX_LENGTH}
CAPABILITY_MAX_LENGTH = 100
URL_MAX_LENGTH = 200


@dataclass(frozen=True)
class MemberRow:
    """One valid row of the file, in the model's terms.

    `columns` are those the file has: an update leaves the fields of the other columns as they are.
    """

    line: int
    name: str
    type: str
    sectors: frozenset[str] = frozenset()
    city: str = ""
    country: str = ""
    website: str = ""
    description: str = ""
    capabilities: tuple[str, ...] = ()
    production_capacities: str = ""
    certifications: str = ""
    seeks_subcontracting: bool = False
    seeks_partners: bool = False
    columns: frozenset[str] = frozenset(COLUMNS)


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return _("line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


def _normalise(value: str) -> str:
    """Lower case, without accents, and with one space between words: how names are compared."""
    return " ".join(re.sub(r"[_\-]+", " ", fold(value)).split())


def _split_list(value: str) -> list[str]:
    return [item.strip() for item in LIST_SEPARATOR.split(value) if item.strip()]


class Vocabulary:
    """Types, sectors and countries as a file may name them: codes, slugs or names in any language."""

    def __init__(self) -> None:
        self.types = {_normalise(member_type.value): member_type.value for member_type in MemberType}
        self.types.update({_normalise(word): member_type.value for word, member_type in TYPE_SYNONYMS.items()})
        self.countries = {_normalise(code): code for code, _label in COUNTRY_CHOICES}
        for language in ("en", "fr", "ar"):
            with translation.override(language):
                self.types.update({_normalise(str(label)): value for value, label in MemberType.choices})
                self.countries.update({_normalise(str(label)): code for code, label in COUNTRY_CHOICES})
        self.sectors: dict[str, str] = {}
        for sector in Sector.objects.all():
            for name in (sector.slug, sector.name_en, sector.name_fr, sector.name_ar):
                self.sectors.setdefault(_normalise(name), sector.slug)


def parse_row(line: int, values: dict[str, str], vocabulary: Vocabulary) -> tuple[MemberRow | None, list[RowError]]:
    errors: list[RowError] = []

    def error(message: str) -> None:
        errors.append(RowError(line, message))

    name = " ".join(values.get("name", "").split())
    if not name:
        error(_("the name is missing"))
    for column, limit in TEXT_LIMITS.items():
        if len(values.get(column, "")) > limit:
            error(_("%(column)s is longer than %(limit)s characters") % {"column": column, "limit": limit})

    raw_type = values.get("type", "")
    member_type = vocabulary.types.get(_normalise(raw_type), "")
    if not member_type:
        error(_("unknown type '%(value)s'") % {"value": raw_type})

    sectors = set()
    for item in _split_list(values.get("sectors", "")):
        if slug := vocabulary.sectors.get(_normalise(item)):
            sectors.add(slug)
        else:
            error(_("unknown sector '%(value)s'") % {"value": item})

    raw_country = values.get("country", "")
    country = vocabulary.countries.get(_normalise(raw_country), "") if raw_country else ""
    if raw_country and not country:
        error(_("unknown country '%(value)s'") % {"value": raw_country})

    website = _website(values.get("website", ""))
    if website is None:
        error(_("invalid website '%(value)s'") % {"value": values.get("website", "")})

    capabilities = _capabilities(values.get("capabilities", ""))
    if any(len(capability) > CAPABILITY_MAX_LENGTH for capability in capabilities):
        error(_("a capability is longer than %(limit)s characters") % {"limit": CAPABILITY_MAX_LENGTH})

    flags = {}
    for column in ("seeks_subcontracting", "seeks_partners"):
        flags[column] = _yes_or_no(values.get(column, ""))
        if flags[column] is None:
            error(
                _("%(column)s must be yes or no, not '%(value)s'") % {"column": column, "value": values.get(column, "")}
            )

    if errors:
        return (MemberRow(line, name, member_type) if name else None), errors
    return (
        MemberRow(
            line=line,
            name=name,
            type=member_type,
            sectors=frozenset(sectors),
            city=values.get("city", ""),
            country=country,
            website=website or "",
            description=values.get("description", ""),
            capabilities=capabilities,
            production_capacities=values.get("production_capacities", ""),
            certifications=values.get("certifications", ""),
            seeks_subcontracting=bool(flags["seeks_subcontracting"]),
            seeks_partners=bool(flags["seeks_partners"]),
            columns=frozenset(values),
        ),
        errors,
    )


def _website(value: str) -> str | None:
    """The address with its scheme (www.example.org becomes https://www.example.org); None when invalid."""
    if not value:
        return ""
    url = value if "://" in value else f"https://{value}"
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return None
    return url if len(url) <= URL_MAX_LENGTH else None


def _capabilities(value: str) -> tuple[str, ...]:
    """The capabilities named in a cell, each once whatever its case, in the file's order."""
    seen: dict[str, str] = {}
    for item in _split_list(value):
        seen.setdefault(item.casefold(), " ".join(item.split()))
    return tuple(seen.values())


def _yes_or_no(value: str) -> bool | None:
    word = value.strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None
