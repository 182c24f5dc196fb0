from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Benchmarks and their bulk data: installed only by the bench and test settings."""

    name = "bench"
    verbose_name = "Benchmarks"
