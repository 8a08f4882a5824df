"""Importing members from CSV: reading the file, reporting bad rows, and importing all rows or none."""

import io

import pytest

from members.importing import MAX_FILE_BYTES, ImportFileError, import_members, parse_member_csv, reading, writing
from members.models import CapabilityTag, MemberOrganisation
from tests.factories import cluster, make_cluster

from .factories import add_member

HEADER = (
    "name,type,sectors,city,country,website,description,capabilities,"
    "production_capacities,certifications,seeks_subcontracting,seeks_partners"
)
TWO_MEMBERS = (
    f"{HEADER}\n"
    "Bobinage Test (demo),sme,energy|mobility,Berrechid,,www.bobinage.example.org,Coils and chokes.,"
    "wire winding|toroidal winding,8 machines,ISO 9001,yes,no\n"
    "École Test (demo),university,electronics,Rabat,MA,,Engineering school.,applied research,,,non,oui\n"
)


def csv_file(text: str, encoding: str = "utf-8") -> io.BytesIO:
    return io.BytesIO(text.encode(encoding))


def messages(parsed) -> list[str]:
    return [str(error) for error in parsed.errors]


@pytest.fixture
def fresh_cluster(demo):
    return make_cluster("tstc", "TN")


# Reading


def test_reads_every_column_of_a_comma_separated_file(db):
    parsed = parse_member_csv(csv_file(TWO_MEMBERS))
    assert parsed.errors == []
    coils, school = parsed.rows
    assert (coils.line, coils.name, coils.type, coils.city) == (2, "Bobinage Test (demo)", "sme", "Berrechid")
    assert coils.sectors == {"energy", "mobility"}
    assert coils.capabilities == ("wire winding", "toroidal winding")
    assert coils.website == "https://www.bobinage.example.org"
    assert coils.country == ""  # the cluster's country, when imported
    assert (coils.seeks_subcontracting, coils.seeks_partners) == (True, False)
    assert (coils.production_capacities, coils.certifications) == ("8 machines", "ISO 9001")
    assert (school.line, school.type, school.country) == (3, "university", "MA")
    assert (school.seeks_subcontracting, school.seeks_partners) == (False, True)


def test_reads_a_spreadsheet_export_with_a_byte_order_mark_and_semicolons(db):
    text = (
        "Name;Type;Sectors;Capabilities;Country\nAtlas Test (demo);PME;Énergie|electronics;PCB assembly|SMT;Tunisia\n"
    )
    parsed = parse_member_csv(io.BytesIO(text.encode("utf-8-sig")))
    assert parsed.errors == []
    [row] = parsed.rows
    assert (row.name, row.type, row.country) == ("Atlas Test (demo)", "sme", "TN")
    assert row.sectors == {"energy", "electronics"}
    assert row.capabilities == ("PCB assembly", "SMT")


def test_bad_rows_are_reported_with_their_csv_line_numbers(db):
    text = f"""{HEADER}
Good One (demo),sme,,,,,,,,,,
Good Two (demo),startup,,,,,,,,,,
Bad Type (demo),factory,,,,,,,,,,

Multi Line (demo),sme,,,,,"A description
on two lines",,,,,
Bad Site (demo),sme,,,,not a website,,,,,,
Bad Flag (demo),sme,,,,,,,,,maybe,
Bad Sector (demo),sme,space,,ZZ,,,,,,,
,sme,,,,,,,,,,
"""
    parsed = parse_member_csv(csv_file(text))
    assert [row.name for row in parsed.rows] == ["Good One (demo)", "Good Two (demo)", "Multi Line (demo)"]
    assert messages(parsed) == [
        "line 4: unknown type 'factory'",
        "line 8: invalid website 'not a website'",
        "line 9: seeks_subcontracting must be yes or no, not 'maybe'",
        "line 10: unknown sector 'space'",
        "line 10: unknown country 'ZZ'",
        "line 11: the name is missing",
    ]


def test_a_name_given_twice_is_an_error_on_its_second_line(db):
    parsed = parse_member_csv(csv_file("name,type\nTwice (demo),sme\nOther (demo),sme\nTWICE (demo),sme\n"))
    assert messages(parsed) == ["line 4: “TWICE (demo)” already appears on line 2"]


def test_too_long_values_and_extra_cells_are_errors(db):
    text = f"name,type,description\nLong (demo),sme,{'x' * 501}\nExtra (demo),sme,short,surplus\n"
    assert messages(parse_member_csv(csv_file(text))) == [
        "line 2: description is longer than 500 characters",
        "line 3: 4 values for 3 columns",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,type,capabilites\nX,sme,SMT\n", "line 1: unknown column “capabilites”"),
        ("name,city\nX,Rabat\n", "line 1: the header row must have the columns name, type"),
        ("name,type,name\nX,sme,Y\n", "line 1: the column “name” appears twice"),
        ("\n\n", "The file is empty."),
    ],
)
def test_a_wrong_header_refuses_the_whole_file(db, text, message):
    with pytest.raises(ImportFileError) as refused:
        parse_member_csv(csv_file(text))
    assert refused.value.message.startswith(message)


def test_a_file_not_in_utf8_is_refused_with_a_clear_message(db):
    with pytest.raises(ImportFileError) as refused:
        parse_member_csv(csv_file("name,type\nSociété Générale de Test,sme\n", encoding="latin-1"))
    assert "UTF-8" in refused.value.message


def test_an_oversized_file_is_refused(db):
    with pytest.raises(ImportFileError) as refused:
        parse_member_csv(io.BytesIO(b"name,type\n" + b"x" * MAX_FILE_BYTES))
    assert "larger than 2 MB" in refused.value.message


def test_too_many_rows_are_refused(db, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    with pytest.raises(ImportFileError) as refused:
        parse_member_csv(csv_file("name,type\n" + "".join(f"Member {n},sme\n" for n in range(4))))
    assert "more than 3 rows" in refused.value.message


# Importing


def test_a_dry_run_reports_what_would_be_created_and_saves_nothing(fresh_cluster):
    report = import_members(fresh_cluster, parse_member_csv(csv_file(TWO_MEMBERS)).rows, dry_run=True)
    assert [(row.line, row.name) for row in report.created] == [(2, "Bobinage Test (demo)"), (3, "École Test (demo)")]
    assert report.dry_run and not report.updated and not report.unchanged
    assert not MemberOrganisation.objects.filter(cluster=fresh_cluster).exists()
    assert not CapabilityTag.objects.filter(name="toroidal winding").exists()


def test_an_import_creates_members_with_their_sectors_capabilities_and_country(fresh_cluster, committed):
    with committed():
        report = import_members(fresh_cluster, parse_member_csv(csv_file(TWO_MEMBERS)).rows, dry_run=False)
    assert len(report.created) == 2 and not report.dry_run
    coils = MemberOrganisation.objects.get(cluster=fresh_cluster, name="Bobinage Test (demo)")
    assert coils.country == "TN"  # the cluster's, as the file left it empty
    assert coils.slug == "bobinage-test-demo"
    assert sorted(sector.slug for sector in coils.sectors.all()) == ["energy", "mobility"]
    assert sorted(tag.name for tag in coils.capabilities.all()) == ["toroidal winding", "wire winding"]
    assert coils.seeks_subcontracting and not coils.seeks_partners
    assert MemberOrganisation.objects.get(name="École Test (demo)").country == "MA"
    assert [hit.name for hit in MemberOrganisation.objects.search("toroidal winding", operator="and")] == [
        "Bobinage Test (demo)"
    ]


def test_an_import_updates_changed_members_and_names_the_changes(fresh_cluster):
    add_member(fresh_cluster, "Bobinage Test (demo)", city="Casablanca", capabilities=("wire winding",))
    text = TWO_MEMBERS.replace("Bobinage Test (demo)", "BOBINAGE TEST (demo)")
    report = import_members(fresh_cluster, parse_member_csv(csv_file(text)).rows, dry_run=False)
    assert [row.name for row in report.created] == ["École Test (demo)"]
    [updated] = report.updated
    changes = {change.label: (change.before, change.after) for change in updated.changes}
    assert changes["city"] == ("Casablanca", "Berrechid")
    assert changes["name"] == ("Bobinage Test (demo)", "BOBINAGE TEST (demo)")
    assert changes["capabilities"] == ("wire winding", "wire winding, toroidal winding")
    assert changes["seeks subcontracting"] == ("no", "yes")
    assert MemberOrganisation.objects.filter(cluster=fresh_cluster).count() == 2
    assert MemberOrganisation.objects.get(cluster=fresh_cluster, name__startswith="BOBINAGE").city == "Berrechid"


def test_importing_the_same_file_again_changes_nothing(fresh_cluster):
    rows = parse_member_csv(csv_file(TWO_MEMBERS)).rows
    import_members(fresh_cluster, rows, dry_run=False)
    before = dict(MemberOrganisation.objects.filter(cluster=fresh_cluster).values_list("name", "updated"))
    tags_before = CapabilityTag.objects.count()

    report = import_members(fresh_cluster, parse_member_csv(csv_file(TWO_MEMBERS)).rows, dry_run=False)
    assert not report.created and not report.updated and not report.has_changes
    assert [row.name for row in report.unchanged] == ["Bobinage Test (demo)", "École Test (demo)"]
    assert dict(MemberOrganisation.objects.filter(cluster=fresh_cluster).values_list("name", "updated")) == before
    assert CapabilityTag.objects.count() == tags_before


def test_capabilities_reuse_existing_tags_whatever_their_case(fresh_cluster):
    add_member(fresh_cluster, "Existing (demo)", capabilities=("PCB assembly",))
    rows = parse_member_csv(csv_file("name,type,capabilities\nNew (demo),sme,pcb ASSEMBLY|Smt\n")).rows
    import_members(fresh_cluster, rows, dry_run=False)
    new = MemberOrganisation.objects.get(name="New (demo)")
    assert sorted(tag.name for tag in new.capabilities.all()) == ["PCB assembly", "SMT"]  # as the demo spells them
    assert CapabilityTag.objects.filter(name__iexact="pcb assembly").count() == 1
    assert CapabilityTag.objects.filter(name__iexact="smt").count() == 1


def test_a_failure_on_any_row_imports_nothing(fresh_cluster, monkeypatch):
    rows = parse_member_csv(csv_file(TWO_MEMBERS)).rows
    real_save = writing._save
    saved = []

    def fail_on_second_row(member, row, *args, **kwargs):
        if saved:
            raise RuntimeError("disk full")
        real_save(member, row, *args, **kwargs)
        saved.append(row)

    monkeypatch.setattr(writing, "_save", fail_on_second_row)
    with pytest.raises(RuntimeError):
        import_members(fresh_cluster, rows, dry_run=False)
    assert saved  # the first row was written, then rolled back with the rest
    assert not MemberOrganisation.objects.filter(cluster=fresh_cluster).exists()


def test_members_imported_through_a_translation_belong_to_the_source_page(demo):
    french = cluster("qoot", "fr")
    rows = parse_member_csv(csv_file("name,type\nImport Test (demo),sme\n")).rows
    import_members(french, rows, dry_run=False)
    assert MemberOrganisation.objects.get(name="Import Test (demo)").cluster == cluster("qoot")


def test_columns_the_file_leaves_out_are_left_alone(fresh_cluster):
    add_member(
        fresh_cluster,
        "Partial (demo)",
        city="Sfax",
        country="FR",
        certifications="ISO 9001",
        seeks_partners=True,
        sectors=("textile",),
        capabilities=("weaving",),
    )
    rows = parse_member_csv(csv_file("name,type,city\nPartial (demo),sme,Sousse\n")).rows
    report = import_members(fresh_cluster, rows, dry_run=False)
    assert [change.label for change in report.updated[0].changes] == ["city"]
    member = MemberOrganisation.objects.get(name="Partial (demo)")
    assert (member.city, member.country, member.certifications, member.seeks_partners) == (
        "Sousse",
        "FR",
        "ISO 9001",
        True,
    )
    assert [sector.slug for sector in member.sectors.all()] == ["textile"]
    assert [tag.name for tag in member.capabilities.all()] == ["weaving"]


def test_members_the_file_does_not_name_are_left_alone(fresh_cluster):
    add_member(fresh_cluster, "Not In File (demo)")
    import_members(fresh_cluster, parse_member_csv(csv_file(TWO_MEMBERS)).rows, dry_run=False)
    assert MemberOrganisation.objects.filter(cluster=fresh_cluster).count() == 3
