# MatchEntry moved to the matching sub-app (opportunities.matching, label "matching").
# Its rows are copied to the new table by matching.0001_initial, which runs before this one.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('opportunities', '0002_match_entry'),
    ]

    operations = [
        migrations.DeleteModel(
            name='MatchEntry',
        ),
    ]
