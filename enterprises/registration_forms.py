"""The public employer registration form and the editors' moderation decision."""

from functools import partial

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from home import vocabularies as vocab

from . import vocabularies as evocab
from .models import EmployerRegistration

HONEYPOT_FIELD = "reference_code"
SINGLE_LINE_FIELDS = ["organisation_name", "city", "contact_role", "periods"]
CONTROL_CHARACTERS = {chr(code) for code in range(32)} | {chr(127)}


def host_country_choices():
    """Registrations are for the host countries (each has a section and an editors' group),
    sorted by name in the page's language."""
    hosts = [(code, label) for code, label in vocab.COUNTRIES if code in settings.PATHWAY_HOST_COUNTRIES]
    return [("", "---------")] + vocab.sorted_choices(hosts)


def sector_choices():
    return [("", "---------")] + vocab.sorted_choices(vocab.SECTORS)


class EmployerRegistrationForm(forms.ModelForm):
    """What an employer tells us; no file uploads, every text field length-limited."""

    kind = forms.ChoiceField(label=_("Kind of organisation"), choices=evocab.KINDS, widget=forms.RadioSelect)
    country = forms.ChoiceField(label=_("Country"), choices=host_country_choices)
    sector = forms.ChoiceField(label=_("Main sector"), choices=sector_choices)
    website = forms.URLField(
        label=_("Website"),
        max_length=200,
        required=False,
        assume_scheme="https",
        help_text=_("For example https://www.example.org"),
    )
    places = forms.IntegerField(
        label=_("How many trainees could you host in a year?"), required=False, min_value=1, max_value=500
    )
    supports = forms.MultipleChoiceField(
        label=_("Support you can offer"), choices=vocab.SUPPORT, required=False, widget=forms.CheckboxSelectMultiple
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken at your workplace"),
        choices=partial(vocab.sorted_choices, vocab.LANGUAGES),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    opportunity_id = forms.CharField(required=False, widget=forms.HiddenInput)  # never an error
    consent = forms.BooleanField(
        label=_("Privacy notice"),
        required=True,
        error_messages={"required": _("Please agree to the privacy notice, so that we may process your registration.")},
    )
    # The honeypot: hidden from people by CSS, filled in by some robots.
    reference_code = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    class Meta:
        model = EmployerRegistration
        fields = [
            "organisation_name",
            "kind",
            "country",
            "city",
            "sector",
            "website",
            "contact_email",
            "contact_role",
            "places",
            "periods",
            "supports",
            "languages",
            "message",
        ]
        labels = {
            "organisation_name": _("Name of your organisation"),
            "city": _("City"),
            "contact_email": _("Email address"),
            "contact_role": _("Your role"),
            "periods": _("When could trainees come?"),
            "message": _("Anything else we should know?"),
        }
        help_texts = {
            "contact_email": _("We send a confirmation link to this address. Please use a work address."),
            "contact_role": _("A role, not your name, e.g. 'Training manager'."),
            "periods": _("For example: from September to December, or all year."),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].max_length = 2000
        self.fields["message"].widget.attrs["maxlength"] = "2000"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_role"].widget.attrs["autocomplete"] = "organization-title"
        self.fields["website"].widget.attrs["autocomplete"] = "url"
        honeypot = self.fields[HONEYPOT_FIELD].widget.attrs
        honeypot.update({"autocomplete": "off", "tabindex": "-1"})
        for name, field in self.fields.items():
            if not field.required and name not in (HONEYPOT_FIELD, "opportunity_id"):
                field.label = format_lazy("{label} ({optional})", label=field.label, optional=_("optional"))
        self.opportunity = None

    def clean(self):
        cleaned = super().clean()
        for name in SINGLE_LINE_FIELDS:
            value = cleaned.get(name) or ""
            if any(character in CONTROL_CHARACTERS for character in value):
                self.add_error(name, gettext("Please write this on one line, without special characters."))
        return cleaned

    def honeypot_caught(self):
        """True when the hidden field was filled in (read from the raw data: no validation needed)."""
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    def clean_opportunity_id(self):
        """An optional opportunity (from ``?opportunity=<id>``); an unknown one is quietly dropped."""
        from opportunities.models import OpportunityPage

        raw = (self.cleaned_data.get("opportunity_id") or "").strip()[:12]
        self.opportunity = None
        if raw.isascii() and raw.isdigit():
            self.opportunity = OpportunityPage.objects.live().public().filter(pk=int(raw)).first()
        return str(self.opportunity.pk) if self.opportunity else ""

    def save(self, commit=True):
        instance = super().save(commit=False)
        instance.opportunity = self.opportunity
        if commit:
            instance.save()
        return instance


class ModerationForm(WagtailAdminModelForm):
    """An editor's decision on a confirmed registration."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("approve", _("Approve: create a draft profile in the country's section")),
            ("reject", _("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    field_order = ["decision", "reject_reason"]

    class Meta:
        model = EmployerRegistration
        fields = ["reject_reason"]
        help_texts = {"reject_reason": _("Required when rejecting: it is sent to the registrant.")}

    def clean(self):
        cleaned = super().clean()
        if not self.instance.is_pending:
            raise ValidationError(gettext("This registration has already been decided."))
        if cleaned.get("decision") == "reject" and not (cleaned.get("reject_reason") or "").strip():
            self.add_error("reject_reason", gettext("Please give a reason: it is sent to the registrant."))
        return cleaned
