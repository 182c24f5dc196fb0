from django.apps import AppConfig


class PathwayConfig(AppConfig):
    """The project itself: settings, URLs, project-wide views and the demo command
    that gathers each app's own demo-content builder."""

    name = "pathway"
    label = "pathway"
    verbose_name = "VET Pathway"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .page_cache import purge_all

        page_published.connect(purge_all, dispatch_uid="page_cache_purge_published")
        page_unpublished.connect(purge_all, dispatch_uid="page_cache_purge_unpublished")
        post_page_move.connect(purge_all, dispatch_uid="page_cache_purge_moved")
        post_delete.connect(purge_all, sender=Page, dispatch_uid="page_cache_purge_deleted")
