"""Codes of the enterprises app, with translated labels (store the code, show the label).

The vocabularies shared with opportunities (countries, sectors, languages, support,
quality principles) live in ``opportunities.vocabularies`` and are reused here.
"""

from django.utils.translation import gettext_lazy as _

# The three kinds of organisation profile (one page type each).
KINDS = [
    ("enterprise", _("Enterprise (host company)")),
    ("social_partner", _("Social partner")),
    ("vet_provider", _("VET provider")),
]

# Size classes of the EU SME definition (Recommendation 2003/361/EC), by staff headcount.
SIZES = [
    ("micro", _("Micro (fewer than 10 people)")),
    ("small", _("Small (10 to 49 people)")),
    ("medium", _("Medium-sized (50 to 249 people)")),
    ("large", _("Large (250 people or more)")),
]

SOCIAL_PARTNER_TYPES = [
    ("chamber", _("Chamber (of commerce, industry or crafts)")),
    ("trade_union", _("Trade union")),
    ("employer_association", _("Employer association")),
]

# What a VET provider does in a mobility: sends its learners, hosts others', or both.
VET_PROVIDER_ROLES = [
    ("sending", _("Sending organisation")),
    ("hosting", _("Hosting organisation")),
    ("both", _("Sending and hosting organisation")),
]
