"""The adjectives of States that do not start with the State's name, so the
stem rule of ``states`` cannot read them ("the Ivorian Government", "le
Gouvernement ivoirien" -> Côte d'Ivoire; "Turkish" is not "Turkey" less an
ending). Data only: each adjective's stem (folded, the feminine and plural
endings go on it: "ivoirien" reads "ivoiriennes"), then the State's names as
the registry may hold them; a State the registry does not hold names nothing.
"""

from __future__ import annotations

__all__ = ["IRREGULAR_DEMONYMS"]

IRREGULAR_DEMONYMS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("ivorian", "ivoirien"), ("cote d'ivoire", "ivory coast")),
    (("burkinabe",), ("burkina faso",)),
    (("comorian", "comorien"), ("comoros", "comores")),
    (("turkish", "turc", "turque"), ("turkiye", "turkey", "turquie")),
    (("lebanese",), ("lebanon", "liban")),
    (("saudi", "saoudien", "saoudite"), ("saudi arabia", "arabie saoudite")),
    (("emirati", "emirien"), ("united arab emirates", "emirats arabes unis")),
    (("mozambican", "mozambicain"), ("mozambique",)),
    (("maldivian", "maldivien"), ("maldives",)),
    # "nigérien(ne)s" is Niger's: its longest stem would be Nigeria's ("nigeri-").
    (("nigerien",), ("niger",)),
)
