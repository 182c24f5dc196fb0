from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


def _live_rows(formset):
    """Cleaned rows of an inline formset, without the ones marked for deletion.

    The page form is cleaned before its formsets; validating the formset here
    fills in each row's ``cleaned_data`` (Django keeps the result).
    """
    formset.is_valid()
    return [
        form.cleaned_data
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class OpportunityPageForm(WagtailAdminPageForm):
    """Cross-field rules an editor must meet, each with a message saying what to change."""

    def clean(self):
        cleaned = super().clean()
        pairs = [
            ("duration_min_weeks", "duration_max_weeks", _("The shortest duration cannot be longer than the longest.")),
            ("eqf_min", "eqf_max", _("The lowest EQF level cannot be higher than the highest.")),
            ("age_min", "age_max", _("The minimum age cannot be higher than the maximum age.")),
        ]
        for low_name, high_name, message in pairs:
            low, high = cleaned.get(low_name), cleaned.get(high_name)
            if low is not None and high is not None and low > high:
                self.add_error(high_name, message)

        start_rows = _live_rows(self.formsets["start_periods"]) if "start_periods" in self.formsets else []
        starts = [row["start_date"] for row in start_rows if row.get("start_date")]
        if not starts:
            raise ValidationError(_("Add at least one start period."))
        deadline = cleaned.get("application_deadline")
        if deadline and deadline > min(starts):
            self.add_error(
                "application_deadline",
                _("The application deadline must be on or before the first start date (%(date)s).")
                % {"date": min(starts).isoformat()},
            )

        language_rows = _live_rows(self.formsets["languages"]) if "languages" in self.formsets else []
        languages = [row.get("language") for row in language_rows]
        if len(languages) != len(set(languages)):
            raise ValidationError(_("Each language can be listed only once."))
        return cleaned
