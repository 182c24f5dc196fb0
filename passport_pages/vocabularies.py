"""Code lists of guidelines and the passport: store the code, show the translated label.

The network's vocabularies (countries, quality principles, ...) and the
``label``/``codes`` helpers live on the ground floor, in ``home.vocabularies``.
"""

from django.utils.translation import gettext_lazy as _

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
