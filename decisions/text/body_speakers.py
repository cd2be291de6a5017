"""More shapes of the words before a verb that leave it to the body that met
(or to its writer), read by ``clauses`` and by the prose reading of a page:
an opener up to its comma then the body (``opener_speaker``), the writer of a
signed message in the first person (``signed_message``), and a session's
adopted text described by its request (``adopted_texts``)."""

from __future__ import annotations

from collections.abc import Callable

from .adopted_texts import adopted_text_speaker
from .opener_speaker import opener_then_meeting
from .signed_message import first_person_speaker

__all__ = ["ORIGIN", "adopted_text_speaker", "body_speaks"]

# A body's acronym may carry the adjective of its continent or country after it,
# in a French news report ("Le CPS africain a demandé ..."): still the body alone.
ORIGIN = r"(?:\s+[a-z]{3,20}(?:aine?|ienn?e?|aise?)s?(?![\w-]))?"


def body_speaks(
    folded: str, start: int, end: int, meeting: Callable[[str, int, int], bool]
) -> bool:
    """Whether ``folded[start:end]``, the words of a sentence before its verb,
    leave the verb to the body that met in one of these shapes."""
    return (
        opener_then_meeting(folded, start, end, meeting)  # "As a first step, the leaders"
        or first_person_speaker(folded, start, end)  # "I call upon ..."
        or adopted_text_speaker(folded, start, end, meeting)  # "... celle par laquelle le Conseil"
    )
