"""The two roles: analysts read everything; editors also review, flag, merge and ingest."""

VIEW_MODELS = [
    ("articles", "outlet"),
    ("articles", "article"),
    ("claims", "speaker"),
    ("claims", "speakeralias"),
    ("claims", "statement"),
    ("claims", "claim"),
    ("claims", "relation"),
    ("claims", "flag"),
    ("claims", "auditentry"),
]
EDITOR_PERMISSIONS = [
    ("articles", "add_article"),
    ("claims", "change_relation"),
    ("claims", "add_flag"),
    ("claims", "change_flag"),
    ("claims", "change_speaker"),
    ("claims", "add_speaker"),
]
ANALYST = "analyst"
EDITOR = "editor"


def role_permissions() -> dict[str, list[tuple[str, str]]]:
    views = [(app, f"view_{model}") for app, model in VIEW_MODELS]
    return {ANALYST: views, EDITOR: views + EDITOR_PERMISSIONS}


def roles_sync(group_model, permission_model) -> None:
    """Create or update the groups; takes models so a data migration can pass historical ones."""
    for name, perms in role_permissions().items():
        group, _ = group_model.objects.get_or_create(name=name)
        group.permissions.set(
            [
                permission_model.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in perms
            ]
        )


def can_read(user) -> bool:
    from django.conf import settings

    if settings.PUBLIC_READ:
        return True
    return bool(user and user.is_authenticated and user.has_perm("claims.view_statement"))


def can_review(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("claims.change_relation"))


def can_flag(user) -> bool:
    return bool(
        user
        and user.is_authenticated
        and user.has_perm("claims.add_flag")
        and user.has_perm("claims.change_flag")
    )


def can_edit_speakers(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("claims.change_speaker"))


def can_ingest(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("articles.add_article"))
