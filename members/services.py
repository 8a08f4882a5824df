"""Importing a cluster's members from a spreadsheet (CSV), all rows or none.

`parse_member_csv` reads and checks a file without touching the database's members;
`import_members` compares the rows with the cluster's members and, unless it is a dry
run, creates and updates them in one transaction. Rows are matched by name within the
cluster, so importing the same file twice changes nothing the second time.
"""

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, cast

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, models, transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.search import index

from clusters.countries import COUNTRY_CHOICES
from clusters.models import ClusterPage, Sector

from .models import DESCRIPTION_MAX_LENGTH, CapabilityTag, MemberOrganisation, MemberType

if TYPE_CHECKING:
    from _csv import _reader as CsvReader

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
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
REQUIRED_COLUMNS = ("name", "type")
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


class ImportFileError(Exception):
    """The file as a whole cannot be read (size, encoding, header); the message says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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


@dataclass
class ParsedImport:
    rows: list[MemberRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class RowOutcome:
    line: int
    name: str
    changes: tuple[FieldChange, ...] = ()


@dataclass
class ImportReport:
    dry_run: bool
    created: list[RowOutcome] = field(default_factory=list)
    updated: list[RowOutcome] = field(default_factory=list)
    unchanged: list[RowOutcome] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.created or self.updated)


# Reading the file


def parse_member_csv(file: IO[bytes]) -> ParsedImport:
    """Read a member CSV: every valid row, and an error with its line number for every invalid one.

    Raises ImportFileError when the file cannot be read at all.
    """
    reader = _csv_reader(_decode(_read_limited(file)))
    columns = _read_header(reader)
    vocabulary = _Vocabulary()
    parsed = ParsedImport()
    first_line_of_name: dict[str, int] = {}
    data_rows = 0
    for line, cells in _records(reader):
        data_rows += 1
        if data_rows > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(rows)s rows; split it into smaller files.") % {"rows": MAX_ROWS}
            )
        if len(cells) > len(columns) and any(cell.strip() for cell in cells[len(columns) :]):
            parsed.errors.append(
                RowError(
                    line, _("%(found)s values for %(columns)s columns") % {"found": len(cells), "columns": len(columns)}
                )
            )
            continue
        values = dict.fromkeys(columns, "") | dict(zip(columns, [cell.strip() for cell in cells], strict=False))
        row, errors = _parse_row(line, values, vocabulary)
        if row is not None:
            key = row.name.casefold()
            if key in first_line_of_name:
                errors.append(
                    RowError(
                        line,
                        _("“%(name)s” already appears on line %(first)s")
                        % {"name": row.name, "first": first_line_of_name[key]},
                    )
                )
            first_line_of_name.setdefault(key, line)
        parsed.errors.extend(errors)
        if row is not None and not errors:
            parsed.rows.append(row)
    return parsed


def _read_limited(file: IO[bytes]) -> bytes:
    data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("The file is larger than %(megabytes)s MB; split it into smaller files.")
            % {"megabytes": MAX_FILE_BYTES // (1024 * 1024)}
        )
    return data


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8” and upload it again.")
        ) from error
    if not text.strip():
        raise ImportFileError(_("The file is empty."))
    return text


def _csv_reader(text: str) -> "CsvReader":
    """A CSV reader whose delimiter (comma or semicolon) is sniffed from the header row."""
    header = text.lstrip().splitlines()[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _records(reader: "CsvReader") -> Iterator[tuple[int, list[str]]]:
    """Each non-blank record with the line it starts on (a quoted value may span lines)."""
    previous_end = reader.line_num
    try:
        for cells in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if any(cell.strip() for cell in cells):
                yield line, cells
    except csv.Error as error:
        raise ImportFileError(
            _("line %(line)s: the file is not valid CSV (%(error)s).") % {"line": reader.line_num, "error": error}
        ) from error


def _read_header(reader: "CsvReader") -> list[str]:
    """The column names of the first non-blank row, checked against the columns the import knows."""
    for line, cells in _records(reader):
        columns = [re.sub(r"[\s-]+", "_", cell.strip().lower()) for cell in cells]
        while columns and not columns[-1]:
            columns.pop()
        unknown = [name for name in columns if name not in COLUMNS]
        if unknown:
            raise ImportFileError(
                _("line %(line)s: unknown column “%(column)s”. The columns are: %(columns)s.")
                % {"line": line, "column": unknown[0], "columns": ", ".join(COLUMNS)}
            )
        repeated = [name for name in columns if columns.count(name) > 1]
        if repeated:
            raise ImportFileError(
                _("line %(line)s: the column “%(column)s” appears twice.") % {"line": line, "column": repeated[0]}
            )
        missing = [name for name in REQUIRED_COLUMNS if name not in columns]
        if missing:
            raise ImportFileError(
                _("line %(line)s: the header row must have the columns %(columns)s.")
                % {"line": line, "columns": ", ".join(REQUIRED_COLUMNS)}
            )
        return columns
    raise ImportFileError(_("The file is empty."))


def _normalise(value: str) -> str:
    """Lower case, without accents, and with one space between words: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[_\-]+", " ", plain).split())


def _split_list(value: str) -> list[str]:
    return [item.strip() for item in LIST_SEPARATOR.split(value) if item.strip()]


class _Vocabulary:
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


def _parse_row(line: int, values: dict[str, str], vocabulary: _Vocabulary) -> tuple[MemberRow | None, list[RowError]]:
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


# Writing the members


def import_members(cluster: ClusterPage, rows: Sequence[MemberRow], dry_run: bool, user=None) -> ImportReport:
    """Create the rows' new members and update the changed ones, all in one transaction.

    With `dry_run`, only report what would change. Members the file does not name are left alone.
    """
    cluster = _source_page(cluster)
    report = ImportReport(dry_run=dry_run)
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    try:
        with transaction.atomic():
            existing = {
                member.name.casefold(): member
                for member in MemberOrganisation.objects.filter(cluster=cluster).for_listing()
            }
            taken_slugs = {member.slug for member in existing.values()}
            tags = _capability_tags(rows, create=not dry_run)
            for row in rows:
                member = existing.get(row.name.casefold())
                if member is None:
                    report.created.append(RowOutcome(row.line, row.name))
                    if not dry_run:
                        member = MemberOrganisation(cluster=cluster, slug=_free_slug(row.name, taken_slugs))
                        _save(member, row, cluster, sectors, tags, user, action="wagtail.create")
                    continue
                changes = _changes(member, row, cluster, sectors)
                if not changes:
                    report.unchanged.append(RowOutcome(row.line, row.name))
                    continue
                report.updated.append(RowOutcome(row.line, row.name, changes))
                if not dry_run:
                    _save(member, row, cluster, sectors, tags, user, action="wagtail.edit")
    except IntegrityError as error:
        raise ImportFileError(
            _("Someone changed this cluster's members during the import; nothing was imported. Please try again.")
        ) from error
    return report


def _source_page(cluster: ClusterPage) -> ClusterPage:
    """Members belong to the cluster's page in the default language."""
    default = Locale.get_default()
    return cluster if cluster.locale_id == default.pk else cluster.get_translation(default)


def _capability_tags(rows: Iterable[MemberRow], create: bool) -> dict[str, CapabilityTag]:
    """The tags the rows name, by case-folded name; missing ones are created unless this is a dry run."""
    names = {capability.casefold(): capability for row in rows for capability in row.capabilities}
    # Compared in Python: SQLite only folds the case of ASCII letters.
    tags = {tag.name.casefold(): tag for tag in CapabilityTag.objects.all() if tag.name.casefold() in names}
    if create:
        for key, name in names.items():
            if key not in tags:
                tags[key] = CapabilityTag.objects.create(name=name)
    return tags


def _free_slug(name: str, taken: set[str]) -> str:
    base = slugify(name, allow_unicode=True)[:190] or "member"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


SCALAR_FIELDS = (
    "name",
    "type",
    "city",
    "country",
    "website",
    "description",
    "production_capacities",
    "certifications",
    "seeks_subcontracting",
    "seeks_partners",
)


def _row_values(row: MemberRow, cluster: ClusterPage) -> dict[str, object]:
    """The row's values for the fields of the columns it has (an empty country is the cluster's)."""
    values: dict[str, object] = {name: getattr(row, name) for name in SCALAR_FIELDS if name in row.columns}
    if "country" in values:
        values["country"] = row.country or cluster.country
    return values


def _changes(
    member: MemberOrganisation, row: MemberRow, cluster: ClusterPage, sectors: dict[str, Sector]
) -> tuple[FieldChange, ...]:
    changes = []
    for name, value in _row_values(row, cluster).items():
        before = getattr(member, name)
        if before != value:
            changes.append(FieldChange(_label(name), _shown(name, before), _shown(name, value)))
    current_sectors = {sector.slug for sector in member.sectors.all()}
    if "sectors" in row.columns and current_sectors != row.sectors:
        changes.append(
            FieldChange(
                _label("sectors"),
                ", ".join(sorted(sectors[slug].name for slug in current_sectors)),
                ", ".join(sorted(sectors[slug].name for slug in row.sectors)),
            )
        )
    current_capabilities = sorted(tag.name for tag in member.capabilities.all())
    if "capabilities" in row.columns and {name.casefold() for name in current_capabilities} != {
        name.casefold() for name in row.capabilities
    }:
        changes.append(
            FieldChange(_label("capabilities"), ", ".join(current_capabilities), ", ".join(row.capabilities))
        )
    return tuple(changes)


def _model_field(field_name: str) -> models.Field:
    return cast(models.Field, MemberOrganisation._meta.get_field(field_name))


def _label(field_name: str) -> str:
    return str(_model_field(field_name).verbose_name)


def _shown(field_name: str, value: object) -> str:
    """A field's value as a person reads it (choices by their label, booleans as yes or no)."""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    choices = dict(_model_field(field_name).flatchoices)
    return str(choices.get(value, value)) if choices else str(value)


def _save(
    member: MemberOrganisation,
    row: MemberRow,
    cluster: ClusterPage,
    sectors: dict[str, Sector],
    tags: dict[str, CapabilityTag],
    user,
    action: str,
) -> None:
    for name, value in _row_values(row, cluster).items():
        setattr(member, name, value)
    member.cluster = cluster
    member.save()
    if "sectors" in row.columns:
        member.sectors.set([sectors[slug] for slug in row.sectors])
    if "capabilities" in row.columns:
        member.capabilities.set([tags[name.casefold()] for name in row.capabilities])
    # Saving indexed the member before its sectors and capabilities were set.
    index.insert_or_update_object(member)
    log(member, action, user=user)
