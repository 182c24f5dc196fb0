"""The page's filters: a period (a calendar year) and a host country, read from GET."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home import vocabularies as vocab

from .tables import Filters

YEARS_SHOWN = 3  # this year and the two before


def years(today=None):
    this_year = (today or timezone.localdate()).year
    return list(range(this_year, this_year - YEARS_SHOWN, -1))


class StatisticsFilterForm(forms.Form):
    period = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    country = forms.ChoiceField(label=_("Host country"), required=False)

    def __init__(self, data=None, today=None, countries=None):
        """``countries``: the only countries offered (the admin report for a country's editors);
        None offers every host country and "all"."""
        super().__init__(data)
        self.fields["period"].choices = [(year, str(year)) for year in years(today)]
        shown = set(settings.PATHWAY_HOST_COUNTRIES if countries is None else countries)
        choices = [(code, label) for code, label in vocab.sorted_choices(vocab.COUNTRIES) if code in shown]
        self.fields["country"].choices = ([("", _("All host countries"))] if countries is None else []) + choices
        self.fields["country"].required = countries is not None
        self.countries = countries

    def filters(self, today=None):
        """The chosen filters; an invalid choice falls back to this year and every country."""
        self.is_valid()  # each valid field is kept, each invalid one falls back
        year = self.cleaned_data.get("period") or years(today)[0]
        country = self.cleaned_data.get("country") or ""
        if self.countries is not None and country not in self.countries:
            country = sorted(self.countries)[0]
        return Filters(year=year, country=country)
