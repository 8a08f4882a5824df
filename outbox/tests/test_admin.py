"""Portal administrators can see outgoing mail in the admin; nobody can change it there."""

from django.core.mail import send_mail

from outbox.models import OutboxMessage


def test_administrators_see_outgoing_mail(client, demo, django_user_model):
    send_mail("Welcome to Techdays", "Body", None, ["amina@example.org"])
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    response = client.get("/admin/outbox/")
    assert response.status_code == 200
    assert "Welcome to Techdays" in response.content.decode()
    row = OutboxMessage.objects.get()
    assert client.get(f"/admin/outbox/inspect/{row.pk}/").status_code == 200


def test_nobody_edits_or_adds_outgoing_mail(client, demo, django_user_model):
    send_mail("Welcome", "Body", None, ["amina@example.org"])
    row = OutboxMessage.objects.get()
    client.force_login(django_user_model.objects.get(email="admin@example.org"))
    assert client.get("/admin/outbox/add/").status_code in (302, 403, 404)
    response = client.post(f"/admin/outbox/edit/{row.pk}/", {"status": "sent"})
    assert response.status_code in (302, 403, 404)
    row.refresh_from_db()
    assert row.status == OutboxMessage.Status.PENDING


def test_cluster_managers_cannot_read_other_peoples_mail(client, demo, django_user_model):
    send_mail("Private", "Body", None, ["amina@example.org"])
    client.force_login(django_user_model.objects.get(email="manager@ce3m.example.org"))
    response = client.get("/admin/outbox/")
    assert response.status_code in (302, 403)
    assert "Private" not in response.content.decode()
