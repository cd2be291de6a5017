"""Paragraph -> what an object pronoun after a request verb stands for (the
addressees' reader calls it when a verb asks "them", "les", "ها")."""

from __future__ import annotations

from bisect import bisect_left

from .bodies import BodyRef, Named, unregistered
from .clauses import Clause, meeting_subject
from .plural_organ import demonstrative_state, plural_state_organ
from .subjects import antecedent_name, is_singular, subject_end
from .topic_pronouns import topic_group

__all__ = ["resolve_pronoun"]


def resolve_pronoun(
    text: str,
    folded: str,
    clause: Clause,
    named: Named,
    previous_owners: list[BodyRef],
    warnings: list[str],
    pronoun: str = "",
) -> list[BodyRef]:
    """The bodies an object pronoun stands for ("les encourage", "urges them",
    "دعاها"): the owners asked just before, else (for a plural one) a State's organ
    named by its adjective right before it, else the bodies named before it in
    the sentence, nearest first; none, with a warning, when nothing fits."""
    if previous_owners:
        return list(previous_owners)
    choices = named.antecedents(clause.sentence[0], clause.verb.start)
    state = demonstrative_state(pronoun, [r for r in choices[3] if r in named.places])
    if state is not None:  # "called on that country to ...": the one State named before
        return state
    # "violations by Syrian authorities and calling on them": those authorities.
    if pronoun and not is_singular(pronoun):
        spans = named.spans()
        before = bisect_left(spans, (clause.verb.start,))
        last = spans[before - 1][1] if before else 0
        organ = plural_state_organ(named.index, folded, clause.sentence[0], clause.verb.start, last)
        if organ is not None:
            return [unregistered(text[organ[0] : organ[1]])]
    # "Le Conseil les encourage ...": the words before a sentence's first verb are
    # its subject, never what the object pronoun stands for.
    verb = clause.verb
    subject = bool(verb.pronoun) and meeting_subject(folded, clause.sentence[0], verb.start)
    # "En ce qui concerne les pays de l'AES, la Conférence les exhorte ...": the
    # group the sentence's topic names, before any body named on the way.
    group = topic_group(text, folded, clause.sentence[0], verb.start) if verb.pronoun else None
    if group is not None:
        return [unregistered(text[group[0] : group[1]])]
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
