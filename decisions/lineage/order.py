"""The order signal: successive meetings mostly keep the order of their
requests. Between two reports, the pairs of requests that say something
alike are laid out by their paragraphs' positions in each report; the
heaviest chain of them that goes forward in both reports at once (a
monotone alignment, as a diff aligns two texts) is the order the two
reports share. A pair on that chain keeps the order; one off it crosses
a pair that says more (the order changed, or it is the wrong paragraph).

When several earlier paragraphs of one owner compete for a later one,
the chain takes the one that keeps the order with the rest of the report:
the Secretary-General's follow-up before the transmission of the text,
asked in that order both times. A pair that crosses a better one gets
nothing, so a changed order never forces a match; and only pairs that
already share something (``content`` above 0) take part.

Pure: no queries, no Django. Time O(n log n) in the number of pairs.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

__all__ = ["MIN_CHAIN", "ORDER_BONUS", "kept_in_order"]

# Added to the content signal (0..1: what two requests share, their wording
# or concepts) of a pair that keeps the order of the two reports; the score
# weighs content 0.55, and the renewal words and a cited symbol scale with it,
# so a pair on the chain gains up to 0.11 (0.15 with both). Alone it proposes
# nothing: the pair must already share content.
ORDER_BONUS = 0.2

# An order is kept with other pairs: a lone pair alike between two reports
# keeps none.
MIN_CHAIN = 2


def kept_in_order(pairs: Sequence[tuple[Hashable, int, int, float]]) -> set[int]:
    """The indices of `pairs` on the heaviest chain strictly increasing in
    both positions, per group. Each pair is (group, later position, earlier
    position, weight); a group is a (later report, earlier report) couple,
    chained on its own. Pairs with a weight of 0 or less never take part.
    Pairs of one group with the same two positions (a paragraph renewed for
    two owners) stand or fall together, their weights added. A chain of
    fewer than MIN_CHAIN positions keeps no order: nothing else to keep it
    with. Ties go to the chain found first in order of positions: the result
    does not depend on the order of `pairs`."""
    groups: dict[Hashable, dict[tuple[int, int], list[int]]] = {}
    for index, (group, later, earlier, weight) in enumerate(pairs):
        if weight > 0:
            groups.setdefault(group, {}).setdefault((later, earlier), []).append(index)
    kept: set[int] = set()
    for nodes in groups.values():
        weights = {pos: sum(pairs[i][3] for i in members) for pos, members in nodes.items()}
        chain = _chain(weights)
        if len(chain) >= MIN_CHAIN:
            for pos in chain:
                kept.update(nodes[pos])
    return kept


def _chain(weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The (later, earlier) positions of the heaviest chain increasing in
    both: a weighted longest increasing subsequence over a Fenwick tree of
    prefix maxima (n log n)."""
    ranks = {e: r for r, e in enumerate(sorted({e for _, e in weights}), start=1)}
    size = len(ranks)
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)  # (best total, node)
    # Later position ascending; within one, earlier descending, so that two
    # nodes of one later paragraph never chain.
    order = sorted(weights, key=lambda p: (p[0], -p[1]))
    total: list[float] = []
    back: list[int] = []
    for k, (later, earlier) in enumerate(order):
        best, prev = 0.0, -1
        r = ranks[earlier] - 1  # strictly smaller earlier positions
        while r > 0:
            if tree[r][0] > best:
                best, prev = tree[r]
            r -= r & -r
        total.append(best + weights[(later, earlier)])
        back.append(prev)
        r = ranks[earlier]
        while r <= size:
            if total[k] > tree[r][0]:
                tree[r] = (total[k], k)
            r += r & -r
    if not order:
        return []
    k = max(range(len(order)), key=lambda i: (total[i], -i))
    out = []
    while k >= 0:
        out.append(order[k])
        k = back[k]
    return out[::-1]
