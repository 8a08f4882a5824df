from django.urls import path

from . import views

admin_overrides = [
    path("admin/login/", views.admin_login, name="wagtailadmin_login_override"),
    path("admin/logout/", views.admin_logout, name="wagtailadmin_logout_override"),
    path("admin/password_reset/", views.admin_password_reset, name="wagtailadmin_password_reset_override"),
]
