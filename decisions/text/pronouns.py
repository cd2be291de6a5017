"""Paragraph -> what an object pronoun after a request verb stands for (the
addressees' reader calls it when a verb asks "them", "les", "ها")."""

from __future__ import annotations

from .bodies import BodyRef, Named, unregistered
from .clauses import Clause, meeting_subject
from .subjects import antecedent_name, subject_end
from .topic_pronouns import topic_group

__all__ = ["resolve_pronoun"]


def resolve_pronoun(
    text: str,
    folded: str,
    clause: Clause,
    named: Named,
    previous_owners: list[BodyRef],
    warnings: list[str],
) -> list[BodyRef]:
    """The bodies an object pronoun stands for ("les encourage", "urges them",
    "دعاها"): the owners asked just before, else the bodies named before it in
    the sentence, nearest first; none, with a warning, when nothing fits."""
    if previous_owners:
        return list(previous_owners)
    # "Le Conseil les encourage ...": the words before a sentence's first verb are
    # its subject, never what the object pronoun stands for.
    verb = clause.verb
    subject = bool(verb.pronoun) and meeting_subject(folded, clause.sentence[0], verb.start)
    # "En ce qui concerne les pays de l'AES, la Conférence les exhorte ...": the
    # group the sentence's topic names, before any body named on the way.
    group = topic_group(text, folded, clause.sentence[0], verb.start) if verb.pronoun else None
    if group is not None:
        return [unregistered(text[group[0] : group[1]])]
    choices = named.antecedents(clause.sentence[0], clause.verb.start)
    for number, refs in enumerate(choices):
        if subject:
            refs = [r for r in refs if r not in choices[2]]
        if refs:
            return refs
        if number == 3 and subject and named.previous and clause.sentence[0] == 0:
            # "Le Conseil les encourage ..." opening a paragraph, with nothing
            # named before it: what the paragraph before asked or named.
            return list(named.previous)
        # No registered body in the sentence: "the Parties ... them".
        if number == 0 and not subject:
            found = antecedent_name(folded, clause.sentence[0], clause.verb.start)
            if found is not None:  # with the words naming it after ("... of South Sudan")
                stop = subject_end(text, folded, found[0], clause.verb.start, named.spans())
                return [unregistered(text[found[0] : max(found[1], stop)])]
    warnings.append(
        f"could not tell which body a pronoun refers to: '{text[clause.start : clause.end]}'"
    )
    return []
