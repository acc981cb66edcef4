from django.db import migrations


def refresh_keys(apps, schema_editor):
    """Each quotation of a statement now brings its own blocking keys: recompute them."""
    from claims.crossref.keys import stored_keys

    Statement = apps.get_model("claims", "Statement")
    for statement in Statement.objects.only("pk", "content").iterator(chunk_size=2000):
        Statement.objects.filter(pk=statement.pk).update(match_keys=stored_keys(statement.content))


class Migration(migrations.Migration):
    dependencies = [("claims", "0007_refresh_match_keys")]
    operations = [migrations.RunPython(refresh_keys, migrations.RunPython.noop)]
