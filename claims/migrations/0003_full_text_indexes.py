from django.db import migrations

STATEMENT_INDEX = (
    "CREATE INDEX IF NOT EXISTS statement_content_fts ON claims_statement "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(content, '')))"
)
ARTICLE_INDEX = (
    "CREATE INDEX IF NOT EXISTS article_text_fts ON articles_article USING gin "
    "(to_tsvector('english'::regconfig, COALESCE(title, '') || ' ' || COALESCE(body, '')))"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(STATEMENT_INDEX)
        schema_editor.execute(ARTICLE_INDEX)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS statement_content_fts")
        schema_editor.execute("DROP INDEX IF EXISTS article_text_fts")


class Migration(migrations.Migration):
    """GIN indexes for claims.search; PostgreSQL only (SQLite searches without them)."""

    dependencies = [("claims", "0002_create_roles"), ("articles", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
