from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="list"),
    path("ingest/", views.article_ingest_page, name="ingest"),
    path("<int:pk>/", views.article_detail, name="detail"),
    path("<int:pk>/status/", views.article_status, name="status"),
]
