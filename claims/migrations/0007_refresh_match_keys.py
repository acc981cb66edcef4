from django.db import migrations


def refresh_keys(apps, schema_editor):
    """Blocking keys are now built from concepts (stems, synonyms, demonyms): recompute them."""
    from claims.crossref.keys import stored_keys

    Statement = apps.get_model("claims", "Statement")
    for statement in Statement.objects.only("pk", "content").iterator(chunk_size=2000):
        Statement.objects.filter(pk=statement.pk).update(match_keys=stored_keys(statement.content))


class Migration(migrations.Migration):
    dependencies = [("claims", "0006_statement_match_keys")]
    operations = [migrations.RunPython(refresh_keys, migrations.RunPython.noop)]
