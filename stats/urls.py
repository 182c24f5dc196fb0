"""Included by the project inside the language prefix at ``statistics/``."""

from django.urls import path

from . import views

app_name = "stats"
urlpatterns = [
    path("", views.statistics, name="statistics"),
    path("statistics.xlsx", views.workbook, name="workbook"),
    path("<slug:slug>.csv", views.table_csv, name="table_csv"),
]
