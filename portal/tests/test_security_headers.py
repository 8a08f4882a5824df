"""Responses carry an enforced content security policy and related headers."""


def test_public_pages_carry_security_headers(client, demo):
    response = client.get("/en/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'self'" in csp
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "geolocation=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_state_changing_logout_needs_post(client, demo, django_user_model):
    user = django_user_model.objects.get(email="partner1@example.org")
    client.force_login(user)
    client.get("/en/accounts/logout/")
    assert client.get("/en/accounts/email/").status_code == 200  # still logged in after a GET
    client.post("/en/accounts/logout/")
    assert client.get("/en/accounts/email/").status_code == 302
