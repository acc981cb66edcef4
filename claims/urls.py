from django.urls import path

from .views import claims, compare, review, search, speakers

app_name = "claims"
urlpatterns = [
    path("compare/", compare.compare, name="compare"),
    path("search/", search.search, name="search"),
    path("speakers/", speakers.speaker_list, name="speakers"),
    path("speakers/<int:pk>/", speakers.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/merge/", speakers.speaker_merge_view, name="speaker_merge"),
    path("speakers/<int:pk>/split/", speakers.speaker_split_view, name="speaker_split"),
    path("claims/", claims.claim_list, name="claims"),
    path("claims/<int:pk>/", claims.claim_detail, name="claim"),
    path("review/", review.queue, name="queue"),
    path("review/bulk/", review.queue_bulk, name="queue_bulk"),
    path("relations/<int:pk>/", review.relation_detail, name="relation"),
    path("relations/<int:pk>/review/", review.relation_review_view, name="relation_review"),
    path("relations/<int:pk>/assign/", review.relation_assign_view, name="relation_assign"),
    path("flags/", review.flag_list, name="flags"),
    path("flags/<int:pk>/resolve/", review.flag_resolve_view, name="flag_resolve"),
    path("flags/<int:pk>/assign/", review.flag_assign_view, name="flag_assign"),
]
