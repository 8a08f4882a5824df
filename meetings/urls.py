"""Mounted under `events/<event_id>/b2b/` inside the language prefixes."""

from django.urls import path

from . import views

app_name = "meetings"

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/", views.profile, name="profile"),
    path("opportunities/", views.add_opportunity, name="add_opportunity"),
    path("opportunities/<int:opportunity_id>/delete/", views.delete_opportunity, name="delete_opportunity"),
    path("participants/<int:profile_id>/", views.participant, name="participant"),
    path("requests/", views.requests, name="requests"),
    path("requests/<int:request_id>/accept/", views.answer, {"accept": True}, name="accept"),
    path("requests/<int:request_id>/decline/", views.answer, {"accept": False}, name="decline"),
    path("agenda/", views.agenda, name="agenda"),
    path("agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("meetings/<int:meeting_id>/rate/", views.rate, name="rate"),
    path("meetings/<int:meeting_id>/follow-up/", views.follow_up, name="follow_up"),
]
