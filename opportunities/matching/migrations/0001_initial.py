# MatchEntry moves here from opportunities (opportunities.0002_match_entry).
#
# The table is derived data (``manage.py rebuild_match_index`` recreates it), but
# the rows of the old table are copied so that matching keeps working without a
# rebuild. This runs before opportunities.0003_delete_matchentry drops the old
# table (``run_before``: opportunities itself knows nothing of matching); the
# indexes come in 0002, once the old table and its same-named indexes are gone.

import django.db.models.deletion
from django.db import migrations, models

BATCH = 2000


def _copy(source, target):
    fields = [field.attname for field in target._meta.concrete_fields]
    last_pk = None
    while True:
        rows = source.objects.order_by("pk")
        if last_pk is not None:
            rows = rows.filter(pk__gt=last_pk)
        chunk = list(rows.values(*fields)[:BATCH])
        if not chunk:
            break
        target.objects.bulk_create([target(**row) for row in chunk], batch_size=500)
        last_pk = chunk[-1]["page_id"]


def copy_from_opportunities(apps, schema_editor):
    _copy(apps.get_model("opportunities", "MatchEntry"), apps.get_model("matching", "MatchEntry"))


def copy_back_to_opportunities(apps, schema_editor):
    _copy(apps.get_model("matching", "MatchEntry"), apps.get_model("opportunities", "MatchEntry"))


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('opportunities', '0002_match_entry'),
        ('wagtailcore', '0098_apitoken'),
    ]

    run_before = [
        ('opportunities', '0003_delete_matchentry'),
    ]

    operations = [
        migrations.CreateModel(
            name='MatchEntry',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='match_entry', serialize=False, to='opportunities.opportunitypage')),
                ('title', models.CharField(max_length=255)),
                ('country', models.CharField(max_length=2)),
                ('sector', models.CharField(max_length=1)),
                ('eqf_min', models.PositiveSmallIntegerField()),
                ('eqf_max', models.PositiveSmallIntegerField()),
                ('duration_min_weeks', models.PositiveSmallIntegerField()),
                ('duration_max_weeks', models.PositiveSmallIntegerField()),
                ('application_deadline', models.DateField()),
                ('age_min', models.PositiveSmallIntegerField()),
                ('age_max', models.PositiveSmallIntegerField()),
                ('support_mask', models.IntegerField(default=0)),
                ('language_bits_0', models.BigIntegerField(default=0)),
                ('language_bits_1', models.BigIntegerField(default=0)),
                ('language_bits_2', models.BigIntegerField(default=0)),
                ('languages', models.CharField(blank=True, help_text="Alternatives, e.g. 'de:B1,en:B2'.", max_length=200)),
                ('start_dates', models.TextField(blank=True, help_text='ISO dates, comma-separated.')),
                ('keywords', models.TextField(blank=True, help_text='Normalised title, search keywords and tags.')),
                ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
            ],
            options={
                'verbose_name': 'match index entry',
                'verbose_name_plural': 'match index entries',
            },
        ),
        migrations.RunPython(copy_from_opportunities, copy_back_to_opportunities, elidable=True),
    ]
