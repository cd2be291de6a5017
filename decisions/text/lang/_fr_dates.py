"""French words around dates and deadlines ("d'ici la fin", "au plus tard le",
"dans les meilleurs délais"), folded (no accents) as the reading rules compare them."""

# fmt: off
MONTH_YEAR_LEADS = (
    r"d'ici(?:\s+(?:a|la))?(?:\s+(?:la\s+)?fin)?", r"avant(?:\s+(?:la\s+)?fin)?",
    r"au\s+plus\s+tard(?:\s+(?:en|(?:a\s+la\s+)?fin))?", r"(?:a\s+la\s+)?fin",
    r"jusqu'(?:en|a\s+fin)",
)

DEADLINE_PHRASES = (
    r"le\s+plus\s+tot\s+possible", r"au\s+plus\s+tot", r"des\s+que\s+possible",
    r"sans\s+(?:plus\s+(?:de\s+)?)?delai", r"sans\s+tarder",
    r"dans\s+les\s+(?:meilleurs|plus\s+brefs)\s+delais", r"immediatement",
    r"(?:avant|lors\s+de)\s+(?:la|sa)\s+prochaine\s+(?:reunion|session)",
    r"a\s+sa\s+prochaine\s+session",
)

DATE_LEADS = (
    r"avant\s+le", r"d'ici\s+(?:le|au)", r"au\s+plus\s+tard\s+le", r"jusqu'au",
    r"d'ici\s+(?:a\s+)?(?:la\s+)?fin", r"avant\s+(?:la\s+)?fin",
    r"au\s+plus\s+tard(?:\s+en|\s+fin)?", r"(?:a\s+la\s+)?fin(?:\s+d[eu']?)?", r"d'ici",
)
# fmt: on
