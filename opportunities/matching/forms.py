"""The matching form: one vocabulary of fields with ``POST /api/match/``.

``destination_countries`` (ISO codes), ``include_other_countries`` (a checkbox:
also list placements in other countries, after the chosen ones), ``sectors``
(NACE letters), ``keywords``, ``eqf_level`` (1-8), ``languages`` ("de:B1"
items, or language codes paired by position with ``language_levels``),
``language_levels``, ``available_from`` (ISO date), ``max_weeks``, ``age``,
``support_needs`` (SUPPORT codes), ``weights``.

The HTML form and the API take the same names and both value shapes: each
language row in the HTML form is two selects, ``languages`` (the language) and
``language_levels`` (its level), paired by position; a ``languages`` value that
already reads "de:B1" needs no level. ``weights`` is "what matters most"
(criteria names); the API also takes ``{criterion: number}``. Code lists may
also come comma-separated ("DE,ES"). The schema of both is
``opportunities/matching/schema/request.json``. Nothing here is stored.
"""

import datetime
from functools import partial

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home import vocabularies as vocab

from . import engine

MAX_CODES = 40
MAX_LANGUAGES = 6
LANGUAGE_ROWS = 3
MAX_YEARS_AHEAD = 3

# "destination" is not offered: the chosen countries are a filter (an old
# request naming it is accepted, and it changes nothing).
CRITERIA_CHOICES = [
    ("sector", _("The sector")),
    ("keywords", _("The kind of work (my words)")),
    ("eqf", _("That it suits my level")),
    ("support", _("The support offered")),
    ("start", _("Starting soon after I am free")),
]


class CodeListField(forms.MultipleChoiceField):
    """Codes from a vocabulary, repeatable or comma-separated, case-insensitive."""

    def __init__(self, *args, normalise=str.upper, **kwargs):
        self.normalise = normalise
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple):
            raise forms.ValidationError(_("Give a list of codes."), code="invalid_list")
        codes = []
        for item in value:
            if not isinstance(item, str):
                raise forms.ValidationError(_("Give a list of codes."), code="invalid_list")
            for part in item.split(","):
                code = self.normalise(part.strip())
                if code and code not in codes:
                    codes.append(code)
        if len(codes) > MAX_CODES:
            raise forms.ValidationError(_("Choose fewer values."), code="too_many")
        return codes


class PriorityField(CodeListField):
    """The criteria that matter most; "destination" (no longer scored) is accepted and dropped."""

    def to_python(self, value):
        return [code for code in super().to_python(value) if code != "destination"]


class LanguageRowsWidget(forms.Widget):
    """Reads ``languages`` and ``language_levels`` pairwise (rendered by the template)."""

    def value_from_datadict(self, data, files, name):
        getlist = getattr(data, "getlist", None)
        languages = getlist(name) if getlist else data.get(name) or []
        levels = getlist("language_levels") if getlist else data.get("language_levels") or []
        if isinstance(languages, str):
            languages = [languages]
        if isinstance(levels, str):
            levels = [levels]
        items = []
        for position, language in enumerate(languages):
            if not isinstance(language, str):
                items.append(language)  # rejected by the field
                continue
            language = language.strip()
            if not language:
                continue
            if ":" not in language:
                level = levels[position] if position < len(levels) else ""
                language = f"{language}:{level.strip() if isinstance(level, str) else ''}"
            items.append(language)
        return items

    def value_omitted_from_data(self, data, files, name):
        return name not in data


class LanguagesField(forms.Field):
    """``["de:B1", "en:A2"]`` -> ``{"de": "B1", "en": "A2"}``; one language twice: the higher level counts."""

    widget = LanguageRowsWidget

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if not value:
            return {}
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple):
            raise forms.ValidationError(_("Give languages as a list such as “de:B1”."), code="invalid_list")
        if len(value) > MAX_LANGUAGES:
            raise forms.ValidationError(
                _("Give at most %(max)s languages."), code="too_many", params={"max": MAX_LANGUAGES}
            )
        languages = {}
        known = vocab.codes(vocab.LANGUAGES)
        for item in value:
            if not isinstance(item, str) or ":" not in item:
                raise forms.ValidationError(_("Give each language as “de:B1”."), code="invalid")
            code, level = (part.strip() for part in item.split(":", 1))
            code, level = code.lower(), level.upper()
            if code not in known:
                raise forms.ValidationError(
                    _("“%(code)s” is not a language we know."), code="unknown_language", params={"code": code[:10]}
                )
            if not level:
                raise forms.ValidationError(
                    _("Choose your level for %(language)s."),
                    code="missing_level",
                    params={"language": vocab.label(vocab.LANGUAGES, code)},
                )
            if level not in engine.CEFR_RANK:
                raise forms.ValidationError(
                    _("“%(level)s” is not a level: choose A1, A2, B1, B2, C1 or C2."),
                    code="unknown_level",
                    params={"level": level[:10]},
                )
            if code not in languages or engine.CEFR_RANK[level] > engine.CEFR_RANK[languages[code]]:
                languages[code] = level
        return languages


class MatchForm(forms.Form):
    destination_countries = CodeListField(
        label=_("Countries you would like to go to"),
        help_text=_("Choose one or more, or none if any country is fine."),
        choices=partial(vocab.sorted_choices, vocab.COUNTRIES),  # by name in the page's language
    )
    include_other_countries = forms.BooleanField(
        label=_("Also show placements in other countries"),
        help_text=_("They come after the ones in the countries you chose."),
        required=False,
    )
    sectors = CodeListField(
        label=_("Sectors you are interested in"),
        help_text=_("Choose one or more, or none if you are open to anything."),
        choices=partial(vocab.sorted_choices, vocab.SECTORS),
    )
    keywords = forms.CharField(
        label=_("Jobs or words that interest you"),
        help_text=_("For example: cook, hotel, garden. Separate words with spaces."),
        max_length=200,
        required=False,
    )
    age = forms.IntegerField(label=_("Your age"), min_value=14, max_value=99, required=False)
    eqf_level = forms.TypedChoiceField(
        label=_("Your current level (EQF)"),
        help_text=_("Vocational school is often level 3 or 4. Ask your teacher or youth worker, or leave it empty."),
        choices=[("", _("I am not sure"))] + [(str(level), str(level)) for level, _label in vocab.EQF_LEVELS],
        coerce=int,
        empty_value=None,
        required=False,
    )
    languages = LanguagesField(
        label=_("Languages you speak"),
        help_text=_(
            "Your own language counts too. A1 and A2: you get by with simple phrases. "
            "B1 and B2: you can talk about work and daily life. C1 and C2: you speak it with ease."
        ),
    )
    available_from = forms.DateField(
        label=_("When can you start?"),
        help_text=_("The first day you are free to go."),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    max_weeks = forms.IntegerField(
        label=_("How many weeks can you stay at most?"),
        min_value=1,
        max_value=104,
        required=False,
    )
    support_needs = CodeListField(
        label=_("Support you need"),
        help_text=_("We only show placements that offer all of it. Choose none if you need nothing special."),
        choices=vocab.SUPPORT,
        normalise=str.lower,
    )
    weights = PriorityField(
        label=_("What matters most to you? (optional)"),
        help_text=_("What you choose here counts three times as much."),
        choices=CRITERIA_CHOICES,
        normalise=str.lower,
    )

    def clean_available_from(self):
        value = self.cleaned_data.get("available_from")
        if value and value > timezone.localdate() + datetime.timedelta(days=365 * MAX_YEARS_AHEAD):
            raise forms.ValidationError(_("Choose a date within the next three years."), code="too_far")
        return value

    def language_rows(self):
        """The language rows to render: what was sent (after an error) or empty rows."""
        rows = []
        if self.is_bound:
            raw = self.fields["languages"].widget.value_from_datadict(self.data, self.files, "languages")
            for item in raw:
                if isinstance(item, str) and ":" in item:
                    code, level = item.split(":", 1)
                    rows.append({"language": code.strip().lower(), "level": level.strip().upper()})
        rows = rows[:LANGUAGE_ROWS]
        while len(rows) < LANGUAGE_ROWS:
            rows.append({"language": "", "level": ""})
        return [dict(row, number=number) for number, row in enumerate(rows, start=1)]

    def profile(self, weights=None, today=None):
        """The engine's ``Profile`` (call after ``is_valid()``); ``weights`` overrides the form's."""
        data = self.cleaned_data
        today = today or timezone.localdate()
        available_from = data.get("available_from")
        if available_from and available_from < today:
            available_from = today
        return engine.Profile(
            destination_countries=data.get("destination_countries") or (),
            sectors=data.get("sectors") or (),
            keywords=data.get("keywords") or "",
            eqf_level=data.get("eqf_level"),
            languages=data.get("languages") or {},
            available_from=available_from,
            max_weeks=data.get("max_weeks"),
            age=data.get("age"),
            support_needs=data.get("support_needs") or (),
            weights=weights if weights is not None else engine.weights_for_priorities(data.get("weights") or ()),
            include_other_countries=bool(data.get("include_other_countries")),
        )


def prefill_from_query(query):
    """Initial data from the detail page's link: country and sector codes only, nothing else."""
    initial = {}
    for name, alias, vocabulary in (
        ("destination_countries", "country", vocab.COUNTRIES),
        ("sectors", "sector", vocab.SECTORS),
    ):
        allowed = vocab.codes(vocabulary)
        codes = []
        for raw in query.getlist(name)[:MAX_CODES] + query.getlist(alias)[:MAX_CODES]:
            for part in str(raw).split(","):
                code = part.strip().upper()
                if code in allowed and code not in codes:
                    codes.append(code)
        if codes:
            initial[name] = codes
    return initial
