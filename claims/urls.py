from django.urls import path

from . import views

app_name = "claims"
urlpatterns = [
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
]
