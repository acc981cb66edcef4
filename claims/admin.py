from django.contrib import admin

from .models import AuditEntry, Claim, Flag, Relation, Speaker, SpeakerAlias, Statement


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0
    fields = ["name", "normalized", "surname_key"]
    readonly_fields = ["normalized", "surname_key"]


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["canonical_name", "kind", "role", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["canonical_name", "aliases__name"]
    inlines = [SpeakerAliasInline]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "channel", "article", "said_on", "confidence"]
    list_filter = ["kind", "article__outlet"]
    search_fields = ["content", "speaker_text", "speaker__canonical_name"]
    list_select_related = ["speaker", "article"]
    raw_id_fields = ["article", "speaker", "claim"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "speaker", "updated_at"]
    search_fields = ["summary"]
    raw_id_fields = ["speaker"]


@admin.register(Relation)
class RelationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "type", "score", "review_status", "reviewed_by", "created_at"]
    list_filter = ["type", "review_status"]
    raw_id_fields = ["statement_a", "statement_b", "claim", "reviewed_by"]


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "raised_by", "assignee", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["statement", "relation", "raised_by", "assignee", "resolved_by"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["action", "actor", "relation", "flag", "speaker", "created_at"]
    list_filter = ["action"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]
