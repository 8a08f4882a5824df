"""Writing a cluster's members from the rows of a file, all rows or none.

`import_members` compares the rows with the cluster's members and, unless it is a dry run,
creates and updates them in one transaction. Rows are matched by name within the cluster, so
importing the same file twice changes nothing the second time.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast

from django.db import IntegrityError, models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.search import index

from clusters.models import ClusterPage, Sector
from portal.translations import source_of

from ..models import CapabilityTag, MemberOrganisation
from .reading import ImportFileError
from .rows import MemberRow


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


def import_members(cluster: ClusterPage, rows: Sequence[MemberRow], dry_run: bool, user=None) -> ImportReport:
    """Create the rows' new members and update the changed ones, all in one transaction.

    With `dry_run`, only report what would change. Members the file does not name are left alone.
    """
    cluster = source_of(cluster)  # members belong to the cluster's source page
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
