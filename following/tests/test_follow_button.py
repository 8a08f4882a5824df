"""`{% follow_button %}` on a proposal or a funding call page, as their templates include it."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.template import engines
from django.test import RequestFactory

from following import services
from tests.factories import make_person

TEMPLATE = engines["django"].from_string("{% load following_tags %}{% follow_button page %}")


def render(page, user, path: str = "/fr/propositions/x/") -> BeautifulSoup:
    request = RequestFactory().get(path)
    request.user = user
    return BeautifulSoup(TEMPLATE.render({"page": page}, request), "html.parser")


def test_button_follows_then_unfollows_a_proposal(make_proposal):
    proposal = make_proposal("Olive pomace biogas")
    person = make_person()
    form = render(proposal, person).form
    assert form["action"] == f"/en/following/follow/proposal/{proposal.pk}/"
    assert form.button["aria-label"] == "Follow Olive pomace biogas"
    assert form.find("input", {"name": "next"})["value"] == "/fr/propositions/x/"

    services.follow(person, proposal)
    assert render(proposal, person).form["action"] == f"/en/following/unfollow/proposal/{proposal.pk}/"


def test_anonymous_visitors_see_a_link_to_log_in(make_call):
    call = make_call("Interreg NEXT MED 2027")
    button = render(call, AnonymousUser())
    assert button.form is None
    assert button.a["href"] == "/en/accounts/login/?next=%2Ffr%2Fpropositions%2Fx%2F"
