"""The listings, the proposal page and the screens around it, as visitors, partners and managers see them."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from proposals import listings
from proposals.interests import answer_interest
from proposals.models import ExpressionOfInterest, FundingCallPage, ProposalPage, ProposalStatus
from proposals.services import change_proposal_status

from .factories import MINIMAL_PDF, manager, publish_proposal, user


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def titles(response) -> set[str]:
    return {link.get_text(strip=True) for link in soup(response).select(".proposal-card .card__title a")}


def demo_proposal(slug: str) -> ProposalPage:
    return ProposalPage.objects.get(slug=slug, locale__language_code="en")


MEDICAL = "A local industry of medical devices"
ELECTRONICS = "Made-in-Morocco electronic components for energy meters"
WATER = "Smart water metering for irrigation"
PCB = "A shared PCB assembly line for import substitution"
OLIVE = "An olive pomace biorefinery for Mediterranean mills"
SOLAR = "Solar desalination for food processing in Lebanon"


def test_the_listing_shows_every_proposal_in_the_visitor_language(client, demo):
    response = client.get("/en/proposals/")
    assert response.status_code == 200
    assert titles(response) == {MEDICAL, ELECTRONICS, WATER, PCB, OLIVE, SOLAR}
    assert len(soup(response).find_all("h1")) == 1
    french = client.get("/fr/proposals/")
    assert "Une industrie locale de dispositifs médicaux" in titles(french)
    assert soup(french).find("h1").get_text() == "Projets communs"
    assert "Chaînes d’approvisionnement résilientes en composants électroniques" in french.content.decode()


def test_the_indexes_are_in_the_main_navigation(client, demo):
    navigation = soup(client.get("/en/")).select(".site-nav a")
    assert {"Funding calls", "Joint proposals"} <= {link.get_text() for link in navigation}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=looking_for_partners", {MEDICAL, OLIVE}),
        ("status=funded", {PCB}),
        ("challenge=health", {MEDICAL}),
        ("challenge=water", {WATER, SOLAR}),
        ("sector=bioeconomy", {OLIVE}),
        ("cluster=qoot", {SOLAR}),
        ("country=LB", {SOLAR}),
        ("country=TN", {OLIVE}),
        ("country=FR", {ELECTRONICS}),
        ("cluster=ce3m&status=idea", {WATER}),
    ],
)
def test_each_filter_narrows_the_list(client, demo, query, expected):
    assert titles(client.get(f"/en/proposals/?{query}")) == expected


def test_the_funding_call_filter(client, demo):
    call = FundingCallPage.objects.get(slug="maroc-pme-import-substitution", locale__language_code="en")
    response = client.get(f"/en/proposals/?call={call.pk}")
    assert titles(response) == {PCB}
    assert soup(response).select_one(f'#filter-call option[value="{call.pk}"]').has_attr("selected")


def test_a_filter_without_results_says_so(client, demo):
    response = client.get("/en/proposals/?status=withdrawn")
    assert "No proposal matches these filters." in soup(response).select_one(".empty").get_text()


@pytest.mark.parametrize(
    "query", ["status=nonsense", "page=abc", "page=-3", "call=999999", "country=XX", "challenge=%3Cscript%3E"]
)
def test_unknown_filter_values_and_pages_are_ignored(client, demo, query):
    response = client.get(f"/en/proposals/?{query}")
    assert response.status_code == 200
    assert len(titles(response)) == 6


def test_pagination_keeps_the_filters(client, demo, monkeypatch):
    monkeypatch.setattr(listings, "PER_PAGE", 2)
    first = client.get("/en/proposals/?cluster=ce3m")
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert "cluster=ce3m" in next_link and "page=2" in next_link
    second = client.get(f"/en/proposals/{next_link}")
    assert len(titles(first) | titles(second)) == 4


def test_funding_calls_upcoming_deadlines_first_closed_ones_last_with_their_outcome(client, demo):
    response = client.get("/en/funding-calls/")
    cards = soup(response).select(".call-card")
    names = [card.select_one(".card__title").get_text(strip=True) for card in cards]
    assert names[0] == "Maroc PME: support for import substitution projects"
    assert names[-1] == "Renewable energy for desalination"
    assert "38 proposals evaluated" in cards[-1].get_text()
    assert "call-card--closed" in cards[-1]["class"]


def test_a_funding_call_page_shows_its_eligibility_and_proposals(client, demo):
    response = client.get("/en/funding-calls/resilient-electronics-supply-chains/")
    text = soup(response).get_text(" ", strip=True)
    assert "HORIZON-CL4-2027-RESILIENCE-01-13" in text
    assert "Open to Horizon Europe associated countries" in text
    assert "Requires a consortium from at least 3 countries" in text
    assert "5 p.m. (Brussels time)" in text
    assert ELECTRONICS in text


def test_the_proposal_page_shows_its_timeline_consortium_and_partners_sought(client, demo):
    proposal = demo_proposal("made-in-morocco-electronic-components")
    page = soup(client.get(proposal.url))
    timeline = [item.get_text(" ", strip=True) for item in page.select(".timeline li")]
    assert len(timeline) == 3
    assert "Created as “Idea”" in timeline[0] and "by a manager of the cluster" in timeline[0]
    assert not any("@" in step for step in timeline)  # no manager's address on a public page
    assert "Looking for partners → Consortium formed" in timeline[2]
    consortium = page.select_one(".consortium").get_text(" ", strip=True)
    assert "Atlas Circuits" in consortium and "Politecnico di Torino" in consortium
    assert "Component manufacturer" in page.select_one(".partner-profiles").get_text()


@pytest.mark.parametrize(("language", "amount"), [("en", "4,200,000"), ("fr", "4\xa0200\xa0000")])
def test_budgets_are_written_for_the_readers_language(client, demo, language, amount):
    proposal = ProposalPage.objects.filter(indicative_budget=4_200_000, locale__language_code=language).first()
    assert proposal is not None
    figures = soup(client.get(proposal.url)).select_one("dl").get_text(" ", strip=True)
    assert f"{amount} {proposal.currency}" in figures


def test_a_partner_is_offered_to_express_interest_and_a_visitor_to_log_in(client, demo):
    proposal = demo_proposal("local-medical-devices-industry")
    anonymous = soup(client.get(proposal.url))
    assert "Log in to express interest" in anonymous.select_one(".proposal__actions").get_text()
    client.force_login(user("partner1@example.org"))
    page = soup(client.get(proposal.url))
    assert page.select_one(f'a[href="/en/proposals/{proposal.pk}/interest/"]').get_text() == "Express interest"


def test_the_leading_cluster_manager_is_offered_to_manage_it(client, demo):
    proposal = demo_proposal("local-medical-devices-industry")
    client.force_login(manager())
    page = soup(client.get(proposal.url))
    assert page.select_one(f'a[href="/en/proposals/{proposal.pk}/manage/"]')
    assert not page.select_one(f'a[href="/en/proposals/{proposal.pk}/interest/"]')


def offer(**extra):
    return {
        "organisation_name": "Sfax Electronics",
        "organisation_type": "sme",
        "country": "TN",
        "role_offered": "Pilot production",
        "message": "We would like to join.",
        **extra,
    }


def test_expressing_interest_through_the_form(client, demo):
    proposal = demo_proposal("local-medical-devices-industry")
    client.force_login(user("partner1@example.org"))
    response = client.post(
        f"/en/proposals/{proposal.pk}/interest/",
        offer(attachment=SimpleUploadedFile("profile.pdf", MINIMAL_PDF, content_type="application/pdf")),
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/en/proposals/mine/"
    page = soup(response)
    assert "Your expression of interest was sent" in page.select_one(".messages").get_text()
    assert MEDICAL in page.select_one(".interest-list").get_text()
    interest = ExpressionOfInterest.objects.get(proposal=proposal, author=user("partner1@example.org"))
    assert interest.attachment_name == "profile.pdf"


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ({"attachment": SimpleUploadedFile("virus.exe", b"MZ")}, "The attachment must be a PDF, DOCX or ODT file."),
        (
            {"attachment": SimpleUploadedFile("fake.pdf", b"hello")},
            "The attachment is not a real PDF, DOCX or ODT file.",
        ),
        ({"country": "ZZ"}, "Select a valid choice."),
        ({"message": ""}, "This field is required."),
        ({"organisation_name": "x" * 500}, "Ensure this value has at most 200 characters"),
    ],
)
def test_bad_input_re_renders_the_form_with_the_error_and_saves_nothing(client, demo, extra, error):
    proposal = demo_proposal("local-medical-devices-industry")
    client.force_login(user("partner1@example.org"))
    response = client.post(f"/en/proposals/{proposal.pk}/interest/", offer(**extra))
    assert response.status_code == 200
    assert error in soup(response).select_one(".errorlist").get_text()
    assert not ExpressionOfInterest.objects.filter(proposal=proposal, author__email="partner1@example.org").exists()


def test_errors_come_in_the_visitor_language(client, demo):
    proposal = demo_proposal("local-medical-devices-industry")
    client.force_login(user("partner1@example.org"))
    response = client.post(
        f"/fr/proposals/{proposal.pk}/interest/", offer(attachment=SimpleUploadedFile("a.exe", b"MZ"))
    )
    assert (
        "La pièce jointe doit être un fichier PDF, DOCX ou ODT." in soup(response).select_one(".errorlist").get_text()
    )


def test_interest_twice_or_in_a_closed_or_own_proposal_shows_why(client, demo):
    olive = demo_proposal("olive-pomace-biorefinery")
    client.force_login(user("partner1@example.org"))
    response = client.post(f"/en/proposals/{olive.pk}/interest/", offer())
    assert "You have already expressed interest in this proposal." in soup(response).select_one(".notice").get_text()
    funded = demo_proposal("pcb-assembly-import-substitution")
    response = client.post(f"/en/proposals/{funded.pk}/interest/", offer())
    assert "This proposal is not looking for partners." in soup(response).select_one(".notice").get_text()
    client.force_login(manager())
    medical = demo_proposal("local-medical-devices-industry")
    response = client.post(f"/en/proposals/{medical.pk}/interest/", offer())
    assert "Your cluster leads this proposal" in soup(response).select_one(".notice").get_text()
    assert ExpressionOfInterest.objects.filter(proposal=medical, author=manager()).count() == 0


def test_anonymous_visitors_are_sent_to_log_in(client, demo):
    proposal = demo_proposal("local-medical-devices-industry")
    for url in (f"/en/proposals/{proposal.pk}/interest/", "/en/proposals/mine/", "/en/proposals/interests/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.fixture
def pending_interest(demo):
    """partner3's waiting interest in CE3M's medical devices proposal (demo), with an attachment."""
    interest = ExpressionOfInterest.objects.get(author__email="partner3@example.org")
    interest.attachment.save("profile.pdf", SimpleUploadedFile("profile.pdf", MINIMAL_PDF))
    interest.attachment_name = "profile.pdf"
    interest.save()
    return interest


@pytest.mark.parametrize(
    ("email", "status"),
    [
        ("partner3@example.org", 200),
        ("manager@ce3m.example.org", 200),
        ("partner1@example.org", 404),
        ("manager@menara.example.org", 404),
    ],
)
def test_an_attachment_is_served_to_its_author_and_the_managers_only(client, pending_interest, email, status):
    client.force_login(user(email))
    response = client.get(f"/en/proposals/interests/{pending_interest.pk}/attachment/")
    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("email", "status"),
    [("partner1@example.org", 404), ("manager@menara.example.org", 404), ("partner3@example.org", 403)],
)
def test_only_the_leading_cluster_managers_answer(client, pending_interest, email, status):
    client.force_login(user(email))
    response = client.post(f"/en/proposals/interests/{pending_interest.pk}/answer/", {"decision": "accept"})
    assert response.status_code == status
    pending_interest.refresh_from_db()
    assert pending_interest.status == "pending"


def test_other_people_do_not_see_the_interests(client, pending_interest):
    client.force_login(user("partner1@example.org"))
    assert client.get("/en/proposals/interests/").status_code == 403
    assert "BioMed Valencia" not in client.get("/en/proposals/mine/").content.decode()
    client.force_login(manager("menara"))
    response = client.get("/en/proposals/interests/")
    assert response.status_code == 200 and "BioMed Valencia" not in response.content.decode()
    medical = demo_proposal("local-medical-devices-industry")
    assert "BioMed Valencia" not in client.get(medical.url).content.decode()


def test_the_manager_accepts_on_the_interests_page(client, pending_interest):
    client.force_login(manager())
    page = soup(client.get("/en/proposals/interests/"))
    card = page.select_one(f"#interest-{pending_interest.pk}")
    assert "BioMed Valencia" in card.get_text() and card.select_one("form.answer-form")
    response = client.post(
        f"/en/proposals/interests/{pending_interest.pk}/answer/",
        {"decision": "accept", "reply": "Welcome"},
        follow=True,
    )
    assert "BioMed Valencia joined the consortium" in soup(response).select_one(".messages").get_text()
    proposal = demo_proposal("local-medical-devices-industry")
    assert "BioMed Valencia" in soup(client.get(proposal.url)).select_one(".consortium").get_text()


def test_an_answer_without_a_decision_is_refused_with_a_message(client, pending_interest):
    client.force_login(manager())
    response = client.post(f"/en/proposals/interests/{pending_interest.pk}/answer/", {"decision": "maybe"}, follow=True)
    assert "Choose whether to accept or decline." in soup(response).select_one(".messages").get_text()
    pending_interest.refresh_from_db()
    assert pending_interest.status == "pending"


def test_the_manager_changes_the_status_with_a_note(client, demo):
    proposal = publish_proposal("ce3m", "via-the-screen")
    client.force_login(manager())
    page = soup(client.get(f"/en/proposals/{proposal.pk}/manage/"))
    offered = {radio["value"] for radio in page.select("input[name=new_status]")}
    assert offered == {"looking_for_partners", "withdrawn"}
    response = client.post(
        f"/en/proposals/{proposal.pk}/manage/",
        {"new_status": "looking_for_partners", "note": "Board approval"},
        follow=True,
    )
    assert "The proposal is now “Looking for partners”." in soup(response).select_one(".messages").get_text()
    assert "Board approval" in soup(response).select_one(".timeline").get_text()


def test_a_step_outside_the_pipeline_is_refused_on_the_screen(client, demo):
    proposal = publish_proposal("ce3m", "skip-the-pipeline")
    client.force_login(manager())
    response = client.post(f"/en/proposals/{proposal.pk}/manage/", {"new_status": "funded"})
    assert response.status_code == 200
    assert "A proposal cannot go from “Idea” to “Funded”." in soup(response).select_one(".errorlist").get_text()
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.IDEA


@pytest.mark.parametrize("email", ["partner1@example.org", "manager@menara.example.org"])
def test_others_cannot_manage_or_renew(client, demo, email):
    proposal = demo_proposal("local-medical-devices-industry")
    client.force_login(user(email))
    assert client.get(f"/en/proposals/{proposal.pk}/manage/").status_code == 403
    assert client.post(f"/en/proposals/{proposal.pk}/manage/", {"new_status": "withdrawn"}).status_code == 403
    assert client.post(f"/en/proposals/{proposal.pk}/renew/").status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.LOOKING_FOR_PARTNERS


def test_renewing_from_the_reminder_link(client, demo):
    proposal = demo_proposal("local-medical-devices-industry")
    client.force_login(manager())
    landing = soup(client.get(f"/en/proposals/{proposal.pk}/renew/"))
    assert landing.select_one("main form button").get_text() == "Renew for 90 days"
    response = client.post(f"/en/proposals/{proposal.pk}/renew/", follow=True)
    assert "now looks for partners until" in soup(response).select_one(".messages").get_text()


def test_the_manager_adds_and_removes_a_consortium_partner(client, demo, signals_sent):
    proposal = publish_proposal("ce3m", "consortium", status=ProposalStatus.LOOKING_FOR_PARTNERS)
    client.force_login(manager())
    client.post(
        f"/en/proposals/{proposal.pk}/manage/",
        {"organisation_name": "Cluster Lyon Santé", "country": "FR", "role": "WP lead"},
    )
    member = proposal.consortium.get()
    assert (member.organisation_name, member.country, member.role) == ("Cluster Lyon Santé", "FR", "WP lead")
    client.post(f"/en/proposals/consortium/{member.pk}/remove/")
    assert not proposal.consortium.exists()
    assert [name for name, _kw in signals_sent].count("proposal_consortium_changed") == 2


def test_my_proposals_lists_the_partner_interests_and_the_manager_proposals(client, demo):
    client.force_login(user("partner1@example.org"))
    page = soup(client.get("/en/proposals/mine/"))
    assert len(page.find_all("h1")) == 1
    assert OLIVE in page.select_one(".interest-list").get_text()
    assert "Accepted" in page.select_one(".interest-list").get_text()
    client.force_login(manager())
    page = soup(client.get("/en/proposals/mine/"))
    assert {MEDICAL, ELECTRONICS, WATER, PCB} == {
        a.get_text(strip=True) for a in page.select(".proposal-card .card__title a")
    }


def test_the_header_links_to_my_proposals(client, demo):
    client.force_login(user("partner1@example.org"))
    links = {a.get_text(): a["href"] for a in soup(client.get("/en/")).select(".account-nav a")}
    assert links["My proposals"] == "/en/proposals/mine/"


def test_anonymous_visitors_see_a_new_partner_and_status_at_once(client, pending_interest, committed):
    proposal = demo_proposal("local-medical-devices-industry")
    assert "BioMed Valencia" not in client.get(proposal.url).content.decode()
    with committed():
        answer_interest(pending_interest, manager(), accept=True)
    assert "BioMed Valencia" in soup(client.get(proposal.url)).select_one(".consortium").get_text()
    with committed():
        change_proposal_status(proposal, ProposalStatus.CONSORTIUM_FORMED, manager())
    assert soup(client.get(proposal.url)).select_one(".proposal-status").get_text() == "Consortium formed"
