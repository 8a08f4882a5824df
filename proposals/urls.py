from django.urls import path

from . import views

app_name = "proposals"

urlpatterns = [
    path("mine/", views.my_proposals, name="mine"),
    path("interests/", views.managed_interests, name="interests"),
    path("interests/<int:interest_id>/answer/", views.answer_interest, name="answer_interest"),
    path("interests/<int:interest_id>/attachment/", views.interest_attachment, name="interest_attachment"),
    path("<int:proposal_id>/interest/", views.express_interest, name="express_interest"),
    path("<int:proposal_id>/manage/", views.manage_proposal, name="manage"),
    path("<int:proposal_id>/renew/", views.renew_partner_search, name="renew"),
    path("consortium/<int:member_id>/remove/", views.remove_consortium_member, name="remove_consortium_member"),
]
