from django.urls import path

from . import views

app_name = "observatory"

urlpatterns = [
    path("", views.observatory, name="index"),
    path("clusters.csv", views.observatory_download, {"extension": "csv"}, name="index_csv"),
    path("clusters.xlsx", views.observatory_download, {"extension": "xlsx"}, name="index_xlsx"),
    path("<slug:cluster>/", views.cluster_figures, name="cluster"),
    path("<slug:cluster>/figures.csv", views.cluster_figures_download, {"extension": "csv"}, name="cluster_csv"),
    path("<slug:cluster>/figures.xlsx", views.cluster_figures_download, {"extension": "xlsx"}, name="cluster_xlsx"),
]
