# The match table's indexes, under the names they had in opportunities: created
# once opportunities.0003_delete_matchentry has dropped the old table and its indexes.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('matching', '0001_initial'),
        ('opportunities', '0003_delete_matchentry'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='matchentry',
            index=models.Index(fields=['locale', 'application_deadline'], name='match_locale_deadline_idx'),
        ),
        migrations.AddIndex(
            model_name='matchentry',
            index=models.Index(fields=['locale', 'country', 'sector'], name='match_locale_country_idx'),
        ),
        migrations.AddIndex(
            model_name='matchentry',
            index=models.Index(fields=['locale', 'sector'], name='match_locale_sector_idx'),
        ),
    ]
