from django.contrib import admin

from .models import Article, Outlet


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "homepage", "created_at"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_at", "dateline_place", "status", "created_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "url", "body"]
    date_hierarchy = "published_at"
    list_select_related = ["outlet"]
    readonly_fields = [
        "content_hash",
        "source",
        "created_at",
        "updated_at",
        "extracted_at",
        "linked_at",
    ]
