"""Pagination of every list (its own module: DRF imports it from settings)."""

from __future__ import annotations

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """`?page=2`, and `?page_size=` up to 200 (default 50)."""

    page_size_query_param = "page_size"
    max_page_size = 200
