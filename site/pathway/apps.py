from django.apps import AppConfig


class PathwayConfig(AppConfig):
    """The project itself: settings, URLs, project-wide views and the demo command
    that gathers each app's own demo-content builder."""

    name = "pathway"
    label = "pathway"
    verbose_name = "VET Pathway"

    # The page cache is purged by the content generation (home.content_cache), which home wires.
