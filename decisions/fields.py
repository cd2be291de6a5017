"""Form fields that take only what can be stored: every form of the app, the
admin and the list filters build on them (tests/test_input_cleaning.py and
tests/test_oversized_input.py walk every form to check it).

- Text is normalised (normalize_text) before any validation: line breaks and
  tabs stay; other control characters, a NUL and the bidi overrides are
  dropped rather than refused, so max_length counts what will be stored.
- Numbers have bounds a column can hold on every database (MAX_INT for an
  integer column, MAX_ID for an id), so an oversized one is a form error and
  never reaches SQLite (OverflowError) or PostgreSQL (DataError).
- Objects chosen by id refuse what cannot be an id before any query.
"""

from __future__ import annotations

import datetime

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator

from decisions.text.folding import collation_key
from decisions.text.normalize import normalize_text

# The largest id a database key holds (a 64-bit integer); a longer number is
# not an id and would overflow the query parameter.
MAX_ID = 2**63 - 1
# The largest value of an integer column (IntegerField, PositiveIntegerField)
# on every database: PostgreSQL's `integer` is 32 bits.
MAX_INT = 2**31 - 1


def as_id(value: str) -> int | None:
    """`value` as a database id, or None. Decimal digits of any script
    ("٣٤" too, as int() reads them); not "²", which isdigit() accepts and
    int() refuses; nothing past the 64-bit range."""
    if not value.isdecimal() or len(value) > len(str(MAX_ID)):
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


class PlainTextMixin:
    """Normalises a text field's value before its validators run."""

    def to_python(self, value):
        value = super().to_python(value)
        if not isinstance(value, str):
            return value
        value = normalize_text(value)
        value = value.strip() if self.strip else value
        return self.empty_value if value in self.empty_values else value


class PlainTextField(PlainTextMixin, forms.CharField):
    """A CharField whose value is normalised (normalize_text) before any
    validation: a NUL pasted with the text is dropped rather than refused."""


class PlainSlugField(PlainTextMixin, forms.SlugField):
    pass


class PlainEmailField(PlainTextMixin, forms.EmailField):
    pass


class PlainURLField(PlainTextMixin, forms.URLField):
    """A link: http or https only, normalised like any text."""

    default_validators = []

    def __init__(self, **kwargs):
        from django.core.validators import URLValidator

        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)
        self.validators.append(URLValidator(schemes=["http", "https"]))


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Objects chosen by id: a value that cannot be an id (too big for any
    key, a NUL, a sign) is refused before the query, which SQLite would
    refuse with an OverflowError."""

    def _check_values(self, value):
        if self.to_field_name is None:
            for pk in value:
                if as_id(str(pk)) is None:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": str(pk)[:30]},
                    )
        return super()._check_values(value)


class ByNameChoiceIterator(ModelChoiceIterator):
    """The choices in the order of their labels in the reader's language,
    accents and case set aside (collation_key): a database orders by bytes,
    and by one language's column."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        choices = [self.choice(obj) for obj in self.queryset.all()]
        yield from sorted(choices, key=lambda choice: collation_key(str(choice[1])))


class ByNameModelChoiceField(forms.ModelChoiceField):
    iterator = ByNameChoiceIterator


class ByNameIdMultipleChoiceField(IdMultipleChoiceField):
    iterator = ByNameChoiceIterator


class ByNameModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ByNameModelChoiceField


class TextFilter(django_filters.CharFilter):
    """A filter's text, normalised as every form's is (PlainTextField)."""

    field_class = PlainTextField


class IdFilter(django_filters.NumberFilter):
    """An object's id in the query string: a whole number that a key can hold,
    else 400."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class IsoDateInput(forms.DateInput):
    """A browser date picker (<input type="date">). Its value must be an ISO
    date or nothing (the HTML standard): what the user typed and the form
    refused is not put back, the error message says what was wrong."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        if isinstance(value, str):
            try:
                datetime.date.fromisoformat(value.strip())
            except ValueError:
                return None
            return value.strip()
        return super().format_value(value)
