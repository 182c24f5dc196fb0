"""Code lists of guidelines and the passport: store the code, show the translated label.

The other vocabularies (countries, quality principles, ...) live in
``opportunities.vocabularies``; ``label(VOCAB, code)`` works for both.
"""

from django.utils.translation import gettext_lazy as _

from opportunities.vocabularies import QUALITY_PRINCIPLES, codes, label  # noqa: F401 - re-exported

# When in the mobility a guideline (or a passport chapter) applies.
PHASES = [
    ("before", _("Before the stay")),
    ("during", _("During the stay")),
    ("after", _("After the stay")),
]
PHASE_ORDER = {code: rank for rank, (code, _label) in enumerate(PHASES)}

# Who a guideline is written for.
AUDIENCES = [
    ("trainee", _("Trainee")),
    ("sending", _("Youth worker or sending organisation")),
    ("host", _("Host organisation")),
    ("mentor", _("Enterprise mentor")),
]

# What a guideline is about.
TOPICS = [
    ("pedagogical", _("Pedagogical")),
    ("linguistic", _("Linguistic")),
    ("cultural", _("Cultural")),
    ("practical", _("Practical")),
    ("safeguarding", _("Safeguarding")),
    ("recognition", _("Recognition")),
]

# How a passport prompt is answered by hand (and in the PDF's form fields).
ANSWER_SPACES = [
    ("lines", _("Lines to write on")),
    ("box", _("A box to write or draw in")),
    ("tick", _("A box to tick")),
]

# Whose checklists are added to a personalised passport.
PASSPORT_AUDIENCES = ("trainee",)
