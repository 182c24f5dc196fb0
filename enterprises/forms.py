"""The profile editor's rules (the page form of every organisation profile)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from home import vocabularies as vocab


def _live_rows(formset):
    """Cleaned rows of an inline formset, without the ones marked for deletion."""
    formset.is_valid()
    return [
        form.cleaned_data
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class OrganisationPageForm(WagtailAdminPageForm):
    """Rules an editor must meet on a profile, each with a message saying what to change."""

    def clean(self):
        cleaned = super().clean()
        parent = getattr(self, "parent_page", None)
        section_country = getattr(parent.specific_deferred, "country", None) if parent is not None else None
        country = cleaned.get("country")
        if section_country and country and country != section_country:
            self.add_error(
                "country",
                gettext("This profile is in the %(section)s section: its country must be %(section)s.")
                % {"section": vocab.label(vocab.COUNTRIES, section_country)},
            )
        for name, column, message in (
            ("sectors", "sector", _("Each sector can be listed only once.")),
            ("languages", "language", _("Each language can be listed only once.")),
            ("supports", "support", _("Each kind of support can be listed only once.")),
            ("commitments", "principle", _("Each quality commitment can be listed only once.")),
        ):
            if name in self.formsets:
                values = [row.get(column) for row in _live_rows(self.formsets[name])]
                if len(values) != len(set(values)):
                    raise ValidationError(message)
        return cleaned
