"""The read API (/api/v1/): Django REST framework views over the same
QuerySets, filters and permission rule as the pages."""
