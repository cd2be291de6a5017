"""The fixture format of `manage.py backup`: Django's XML, which `loaddata`
reads back, but written even when a stored text holds a character XML 1.0
cannot carry (a NUL, another control character).

Django's XML serializer stops the whole dump on the first such character, so
one API key named "laptop\\x01" would stop every backup. Forms drop these
characters on the way in (decisions.fields), but older rows, the shell or a
database session may still hold them. Here such a text is written as every
export writes it (strip_unsafe: a vertical tab becomes a line break, the other
controls go), and each one is reported, so the backup says what it changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.serializers import register_serializer, xml_serializer
from django.utils.xmlutils import SimplerXMLGenerator

from decisions.text.normalize import strip_unsafe

FORMAT = "backup-xml"

# What XML 1.0 cannot hold, even as a character reference (its `Char` rule).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# (model label, pk, field name) of each text cleaned by the dump under way.
_cleaned: list[tuple[str, str, str]] | None = None


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", strip_unsafe(text)) if _NOT_XML.search(text) else text


class _Generator(SimplerXMLGenerator):
    def __init__(self, *args, serializer: Serializer, **kwargs):
        super().__init__(*args, **kwargs)
        self.serializer = serializer

    def characters(self, content):
        if content and _NOT_XML.search(content):
            self.serializer.note_cleaned()
            content = xml_safe(content)
        super().characters(content)


class Serializer(xml_serializer.Serializer):
    _where: tuple[str, str, str] = ("", "", "")

    def start_serialization(self):
        encoding = self.options.get("encoding", settings.DEFAULT_CHARSET)
        self.xml = _Generator(self.stream, encoding, serializer=self)
        self.xml.startDocument()
        self.xml.startElement("django-objects", {"version": "1.0"})

    def _at(self, obj, field) -> None:
        self._where = (obj._meta.label_lower, str(obj.pk), field.name)

    def handle_field(self, obj, field):
        self._at(obj, field)
        super().handle_field(obj, field)

    def handle_fk_field(self, obj, field):
        self._at(obj, field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self._at(obj, field)
        super().handle_m2m_field(obj, field)

    def note_cleaned(self) -> None:
        if _cleaned is not None and self._where not in _cleaned:
            _cleaned.append(self._where)


class Deserializer(xml_serializer.Deserializer):
    """Django's, but a text keeps its leading and trailing spaces and line
    breaks: Django's strips every value it reads back, so a note that ended
    with a line break, or a code written with a space before it, would come
    back changed."""

    def _handle_object(self, node):
        found = super()._handle_object(node)
        meta = found.object._meta
        for field_node in node.childNodes:
            if getattr(field_node, "tagName", "") != "field":
                continue
            try:
                field = meta.get_field(field_node.getAttribute("name"))
            except FieldDoesNotExist:
                continue
            if (
                field.get_internal_type() in _TEXT_TYPES
                and not field.is_relation
                and not field_node.getElementsByTagName("None")
            ):
                text = xml_serializer.getInnerText(field_node)
                setattr(found.object, field.attname, field.to_python(text))
        return found


_TEXT_TYPES = ("CharField", "TextField")


@contextmanager
def dumping() -> Iterator[list[tuple[str, str, str]]]:
    """Registers the format for `dumpdata` and yields the list of the texts
    cleaned while dumping: (model label, pk, field)."""
    global _cleaned
    register_serializer(FORMAT, __name__)
    _cleaned = []
    try:
        yield _cleaned
    finally:
        _cleaned = None


@contextmanager
def loading() -> Iterator[None]:
    """`loaddata` of a backup (an .xml file) reads it with this module's
    Deserializer, which keeps the texts' outer spaces; Django's own XML
    format is back once it is done."""
    register_serializer("xml", __name__)
    try:
        yield
    finally:
        register_serializer("xml", "django.core.serializers.xml_serializer")
