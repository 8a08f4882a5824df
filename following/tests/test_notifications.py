"""Followers of a proposal or a funding call get one email per change, in their language, not its author."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client

from following import services
from proposals.models import ConsortiumMember, ProposalPage
from proposals.services import add_consortium_member, change_proposal_status
from proposals.signals import proposal_consortium_changed, proposal_status_changed
from tests.factories import make_person

from .conftest import publish, translate


def html_of(message) -> str:
    return message.alternatives[0][0]


def mails_to(email: str) -> list:
    return [message for message in mail.outbox if message.to == [email]]


@pytest.fixture
def proposal(make_proposal):
    proposal = make_proposal("Solar cooling for dairies")
    translate(proposal, "fr", "Froid solaire pour les laiteries")
    translate(proposal, "ar", "التبريد الشمسي لمعامل الألبان")
    return proposal


@pytest.fixture
def followers(proposal):
    people = {
        "fr": make_person("claire@example.org", language="fr"),
        "ar": make_person("karim@example.org", language="ar"),
        "author": make_person("manager@example.org", language="en"),
    }
    for person in people.values():
        services.follow(person, proposal)
    return people


def change_status(proposal, old, new, by):
    proposal.status = new
    proposal.save(update_fields=["status"])
    proposal_status_changed.send(sender=ProposalPage, proposal=proposal, old_status=old, new_status=new, changed_by=by)


def test_status_change_reaches_each_follower_in_their_language_but_not_its_author(proposal, followers, committed):
    make_person("not-following@example.org")
    with committed():
        change_status(proposal, "idea", "looking_for_partners", followers["author"])

    assert sorted(message.to[0] for message in mail.outbox) == ["claire@example.org", "karim@example.org"]
    [french] = mails_to("claire@example.org")
    assert "Froid solaire pour les laiteries" in french.subject
    assert "Le statut du projet «\u00a0Froid solaire pour les laiteries\u00a0» est passé de" in french.body
    assert re.search(r"http://\S+/fr/clusters/ce3m/\S+", french.body)

    [arabic] = mails_to("karim@example.org")
    html = html_of(arabic)
    assert '<html lang="ar" dir="rtl">' in html
    assert "تغيّرت حالة المشروع «التبريد الشمسي لمعامل الألبان»" in html
    assert "/ar/following/unsubscribe/" in arabic.body


def test_one_email_per_follower_per_change(proposal, followers, committed):
    with committed():
        change_status(proposal, "idea", "looking_for_partners", None)
        # The same change announced again (another language version saved, say) is not sent twice.
        proposal_status_changed.send(
            sender=ProposalPage,
            proposal=proposal,
            old_status="idea",
            new_status="looking_for_partners",
            changed_by=None,
        )
    assert sorted(message.to[0] for message in mail.outbox) == [
        "claire@example.org",
        "karim@example.org",
        "manager@example.org",
    ]


def test_a_rolled_back_change_sends_nothing(proposal, followers, committed):
    with committed():
        try:
            with transaction.atomic():
                change_status(proposal, "idea", "looking_for_partners", None)
                raise RuntimeError("the change failed")
        except RuntimeError:
            pass
    assert mail.outbox == []


def test_consortium_change_lists_the_partners(proposal, followers, committed):
    with committed():
        ConsortiumMember.objects.create(
            proposal=proposal, organisation_name="Université Hassan II", country="MA", role="Research partner"
        )
        ConsortiumMember.objects.create(proposal=proposal, organisation_name="Berytech", country="LB", role="Incubator")
        proposal_consortium_changed.send(sender=ProposalPage, proposal=proposal, changed_by=followers["author"])

    assert mails_to("manager@example.org") == []
    [french] = mails_to("claire@example.org")
    assert "Il compte désormais 2 partenaires" in french.body
    assert "- Université Hassan II (Maroc): Research partner" in french.body
    [arabic] = mails_to("karim@example.org")
    assert "أصبح يضم شريكين" in html_of(arabic)
    assert "Berytech" in html_of(arabic)


def test_deadline_change_of_a_call_reaches_its_followers_not_the_editor(make_call, committed):
    editor = make_person("editor@example.org")
    call = make_call("PRIMA water management 2027", deadline=datetime.date(2027, 2, 10), user=editor)
    translate(call, "fr", "PRIMA gestion de l’eau 2027")
    follower = make_person("nadia@example.org", language="fr")
    services.follow(follower, call)
    services.follow(editor, call)

    with committed():
        call.deadline_date = datetime.date(2027, 3, 3)
        publish(call, editor)

    assert mails_to("editor@example.org") == []
    [message] = mails_to("nadia@example.org")
    assert "PRIMA gestion de l’eau 2027" in message.subject
    assert "L’appel à projets «\u00a0PRIMA gestion de l’eau 2027\u00a0» a changé" in message.body
    assert "10 février 2027 17:00 (CET) → 3 mars 2027 17:00 (CET)" in message.body
    assert "<del>10 février 2027 17:00 (CET)</del>" in html_of(message)


def test_people_who_unfollowed_hear_nothing(proposal, followers, committed):
    services.unfollow(followers["fr"], proposal)
    with committed():
        change_status(proposal, "idea", "looking_for_partners", None)
    assert mails_to("claire@example.org") == []
    assert len(mail.outbox) == 2


def test_people_who_turned_follow_updates_off_in_their_profile_hear_nothing(proposal, followers, committed):
    followers["fr"].wants_follow_updates = False
    followers["fr"].save()
    with committed():
        change_status(proposal, "idea", "looking_for_partners", None)
    assert mails_to("claire@example.org") == []
    assert len(mails_to("karim@example.org")) == 1


def test_stop_following_from_the_link_in_a_change_email(proposal, followers, committed):
    with committed():
        change_status(proposal, "idea", "looking_for_partners", None)
    [french] = mails_to("claire@example.org")
    path = urlsplit(re.search(r"http://\S+/following/unsubscribe/\S+/", french.body).group(0)).path
    assert path.startswith("/fr/")
    anonymous = Client(enforce_csrf_checks=True)

    page = anonymous.get(path)
    assert "Ne plus suivre «\u00a0Froid solaire pour les laiteries\u00a0»" in page.content.decode()
    assert services.is_following(followers["fr"], proposal)

    done = anonymous.post(path)
    assert "Vous ne suivez plus «\u00a0Froid solaire pour les laiteries\u00a0»" in done.content.decode()
    assert not services.is_following(followers["fr"], proposal)
    assert services.is_following(followers["ar"], proposal)
    again = anonymous.get(path)
    assert again.status_code == 200 and "<form" not in again.content.decode().split("<main", 1)[1]


def test_nothing_is_sent_about_a_proposal_that_is_no_longer_published(proposal, followers, committed):
    for version in ProposalPage.objects.filter(translation_key=proposal.translation_key):
        version.unpublish()
    with committed():
        change_status(proposal, "looking_for_partners", "withdrawn", None)
    assert mail.outbox == []


def test_changes_made_through_the_proposals_services_reach_followers(proposal, followers, committed, django_user_model):
    manager = django_user_model.objects.get(email="manager@ce3m.example.org")
    services.follow(manager, proposal)  # the person making the changes follows it too
    with committed():
        change_proposal_status(proposal, "looking_for_partners", by=manager)
        add_consortium_member(proposal, manager, organisation_name="Berytech", role="Incubator", country="LB")

    assert mails_to("manager@ce3m.example.org") == []
    subjects = sorted(message.subject for message in mails_to("manager@example.org"))
    assert subjects == [
        "“Solar cooling for dairies”: Looking for partners",
        "“Solar cooling for dairies”: the consortium changed",
    ]
    assert len(mails_to("karim@example.org")) == 2
