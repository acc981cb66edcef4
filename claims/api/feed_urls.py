from django.urls import path

from .feeds import DiscrepancyFeed, OutletDiscrepancyFeed, SpeakerDiscrepancyFeed, rss

app_name = "feeds"
urlpatterns = [
    path("discrepancies.atom", DiscrepancyFeed(), name="discrepancies-atom"),
    path("discrepancies.rss", rss(DiscrepancyFeed)(), name="discrepancies-rss"),
    path(
        "speakers/<int:pk>/discrepancies.atom",
        SpeakerDiscrepancyFeed(),
        name="speaker-discrepancies-atom",
    ),
    path(
        "speakers/<int:pk>/discrepancies.rss",
        rss(SpeakerDiscrepancyFeed)(),
        name="speaker-discrepancies-rss",
    ),
    path(
        "outlets/<slug:slug>/discrepancies.atom",
        OutletDiscrepancyFeed(),
        name="outlet-discrepancies-atom",
    ),
    path(
        "outlets/<slug:slug>/discrepancies.rss",
        rss(OutletDiscrepancyFeed)(),
        name="outlet-discrepancies-rss",
    ),
]
