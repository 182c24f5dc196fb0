"""Error reports never carry what people typed into forms.

Django's error reports (emails to administrators, debug pages) show POST data
except for parameters marked sensitive. Here every POST value is hidden: the
matching profile and the registration form hold personal data, sometimes of
minors, and none of it belongs in a log or an email.
"""

from django.views.debug import SafeExceptionReporterFilter


class NoPostDataExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        return [
            (name, self.cleansed_substitute)
            for name, _value in super().get_traceback_frame_variables(request, tb_frame)
        ]
