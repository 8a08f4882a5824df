from django.urls import path, register_converter

from . import views
from .models import TARGET_FIELDS


class TargetKindConverter:
    regex = "|".join(TARGET_FIELDS)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TargetKindConverter, "target_kind")

app_name = "following"
urlpatterns = [
    path("", views.following, name="following"),
    path("digest/", views.digest_preference, name="digest_preference"),
    path("follow/<target_kind:kind>/<int:pk>/", views.follow, name="follow"),
    path("unfollow/<target_kind:kind>/<int:pk>/", views.unfollow, name="unfollow"),
    path("unsubscribe/<str:token>/", views.unsubscribe_from_link, name="unsubscribe"),
]
