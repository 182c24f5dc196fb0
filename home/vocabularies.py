"""Codes and their translated labels: store the code, show the label.

One module for every vocabulary of ``shared/PRODUCT.md``. Each vocabulary is a
list of ``(code, label)`` pairs usable as model ``choices``; ``label(VOCAB, code)``
gives the label in the active language.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.collation import sort_key

# ISO 3166-1 alpha-2: the Erasmus+ programme countries (EU 27 and associated).
COUNTRIES = [
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("BG", _("Bulgaria")),
    ("HR", _("Croatia")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czechia")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("DE", _("Germany")),
    ("GR", _("Greece")),
    ("HU", _("Hungary")),
    ("IS", _("Iceland")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("LV", _("Latvia")),
    ("LI", _("Liechtenstein")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("MT", _("Malta")),
    ("NL", _("Netherlands")),
    ("MK", _("North Macedonia")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("RS", _("Serbia")),
    ("SK", _("Slovakia")),
    ("SI", _("Slovenia")),
    ("ES", _("Spain")),
    ("SE", _("Sweden")),
    ("TR", _("Türkiye")),
]

# NACE Rev. 2 sections (the revision is stored beside the code).
NACE_REVISION = "2"
SECTORS = [
    ("A", _("Agriculture, forestry and fishing")),
    ("B", _("Mining and quarrying")),
    ("C", _("Manufacturing")),
    ("D", _("Electricity, gas and steam supply")),
    ("E", _("Water supply, waste management and recycling")),
    ("F", _("Construction")),
    ("G", _("Retail, wholesale and repair of vehicles")),
    ("H", _("Transport and storage")),
    ("I", _("Hospitality: hotels, restaurants and catering")),
    ("J", _("Information and communication")),
    ("K", _("Finance and insurance")),
    ("L", _("Real estate")),
    ("M", _("Professional, scientific and technical services")),
    ("N", _("Administrative and support services")),
    ("O", _("Public administration")),
    ("P", _("Education")),
    ("Q", _("Health and social care")),
    ("R", _("Arts, entertainment and recreation")),
    ("S", _("Other services")),
    ("T", _("Households as employers")),
    ("U", _("International organisations")),
]

# ISCED-F 2013 broad fields.
FIELDS_OF_EDUCATION = [
    ("00", _("Generic programmes and qualifications")),
    ("01", _("Education")),
    ("02", _("Arts and humanities")),
    ("03", _("Social sciences, journalism and information")),
    ("04", _("Business, administration and law")),
    ("05", _("Natural sciences, mathematics and statistics")),
    ("06", _("Information and communication technologies")),
    ("07", _("Engineering, manufacturing and construction")),
    ("08", _("Agriculture, forestry, fisheries and veterinary")),
    ("09", _("Health and welfare")),
    ("10", _("Services")),
]

EQF_LEVELS = [(level, str(level)) for level in range(1, 9)]  # shown as "EQF level 4" by templates

CEFR_LEVELS = [("A1", "A1"), ("A2", "A2"), ("B1", "B1"), ("B2", "B2"), ("C1", "C1"), ("C2", "C2")]

# ISO 639-1: the languages of the programme countries, plus a few often asked for.
LANGUAGES = [
    ("bg", _("Bulgarian")),
    ("cs", _("Czech")),
    ("da", _("Danish")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("et", _("Estonian")),
    ("fi", _("Finnish")),
    ("fr", _("French")),
    ("ga", _("Irish")),
    ("hr", _("Croatian")),
    ("hu", _("Hungarian")),
    ("is", _("Icelandic")),
    ("it", _("Italian")),
    ("lt", _("Lithuanian")),
    ("lv", _("Latvian")),
    ("mk", _("Macedonian")),
    ("mt", _("Maltese")),
    ("nl", _("Dutch")),
    ("no", _("Norwegian")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("sk", _("Slovak")),
    ("sl", _("Slovenian")),
    ("sr", _("Serbian")),
    ("sv", _("Swedish")),
    ("tr", _("Turkish")),
]

OPPORTUNITY_TYPES = [
    ("work_placement", _("Work placement / traineeship")),
    ("apprenticeship", _("Apprenticeship period abroad")),
    ("pre_vocational", _("Pre-vocational course")),
    ("job_shadowing", _("Job shadowing")),
    ("school_based", _("School-based VET with company practice")),
]

# Support for participants with fewer opportunities (Erasmus+ inclusion strategy).
SUPPORT = [
    ("accompanying_person", _("Accompanying person")),
    ("preparatory_visit", _("Preparatory visit")),
    ("reinforced_mentoring", _("Reinforced mentoring")),
    ("language_preparation", _("Language preparation")),
    ("cultural_preparation", _("Cultural preparation")),
    ("accessible_workplace", _("Step-free, accessible workplace")),
    ("adapted_accommodation", _("Adapted accommodation")),
    ("travel_arranged", _("Travel arranged")),
    ("accommodation_arranged", _("Accommodation arranged")),
    ("financial_allowance", _("Financial allowance")),
    ("local_buddy", _("Local buddy")),
]

# The ten principles of the European Quality Charter for Mobility.
QUALITY_PRINCIPLES = [
    ("information_guidance", _("Information and guidance")),
    ("learning_plan", _("Learning plan")),
    ("personalisation", _("Personalisation")),
    ("general_preparation", _("General preparation")),
    ("linguistic_aspects", _("Linguistic aspects")),
    ("logistical_support", _("Logistical support")),
    ("mentoring", _("Mentoring")),
    ("recognition", _("Recognition")),
    ("reintegration_evaluation", _("Reintegration and evaluation")),
    ("commitments_responsibilities", _("Commitments and responsibilities")),
]


def codes(vocabulary):
    return [code for code, _label in vocabulary]


def label(vocabulary, code):
    """The translated label of ``code``, or the code itself when unknown."""
    for value, text in vocabulary:
        if value == code:
            return str(text)
    return str(code)


def sorted_choices(vocabulary, language=None):
    """``vocabulary``'s ``(code, label)`` pairs sorted by label in ``language`` (default: the active one).

    For lists a reader scans by name (countries, languages, sectors), not for ordered scales
    (EQF, CEFR, phases). Labels are translated before sorting; a lazy label stays lazy.
    """
    language = language or translation.get_language() or "en"
    with translation.override(language):
        return sorted(vocabulary, key=lambda pair: sort_key(str(pair[1]), language))
