"""The subscription form: an address, how often, the consent, and the search (a hidden field).

The follow page (``opportunities/follow.html``) writes the same fields by hand: it is a cached
page of the opportunities app and has no form object. Labels and messages live here and in
``alerts/includes/subscribe_form.html``, which renders both.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Alert

MAX_FILTERS_LENGTH = 4000  # raw; the stored, normalised string is shorter


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter an email address like name@example.org."),
        },
    )
    frequency = forms.ChoiceField(
        label=_("How often?"),
        choices=Alert.Frequency.choices,
        initial=Alert.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose how often you want an email.")},
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={"required": _("Please agree to the privacy notice, so that we may send you these alerts.")},
    )
    filters = forms.CharField(required=False, strip=True, widget=forms.HiddenInput)

    def clean_filters(self):
        # Never an error: unknown parameters and values are dropped (services.normalise_filters).
        return (self.cleaned_data.get("filters") or "")[:MAX_FILTERS_LENGTH]
