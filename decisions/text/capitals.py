"""Capitals standing for their State's government: news reports write "le CCG a
exhorté Téhéran à ...", "the League called on Damascus to ...", "دعا طهران إلى".
Addressed alone, a capital is its State (the registry's, looked up by the
State's English name); named anywhere else it stays a place. Plain data: each
capital in the three languages, folded as ``folding.fold_key`` folds names.
A capital written like its State ("Djibouti", "الجزائر", "تونس") or shared by
two States ("عمان": Amman and Oman) is left out."""

from __future__ import annotations

from .folding import fold_key

__all__ = ["CAPITALS"]

# The State's English name (as the registry writes it) -> its capital as texts write it.
_BY_STATE: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Kabul", "Kaboul", "كابول"),
    "Albania": ("Tirana", "تيرانا"),
    "Algeria": ("Algiers", "Alger"),
    "Azerbaijan": ("Baku", "Bakou", "باكو"),
    "Bahrain": ("Manama", "المنامة"),
    "Bangladesh": ("Dhaka", "Dacca", "دكا"),
    "Benin": ("Porto-Novo", "Cotonou", "كوتونو"),
    "Brunei Darussalam": ("Bandar Seri Begawan",),
    "Burkina Faso": ("Ouagadougou", "واغادوغو"),
    "Cameroon": ("Yaoundé", "ياوندي"),
    "Chad": ("N'Djamena", "Ndjamena", "انجامينا"),
    "Comoros": ("Moroni", "موروني"),
    "Côte d'Ivoire": ("Yamoussoukro", "Abidjan", "أبيدجان"),
    "Egypt": ("Cairo", "Le Caire", "Caire", "القاهرة"),
    "Gabon": ("Libreville", "ليبرفيل"),
    "Gambia": ("Banjul", "بانجول"),
    "Guinea": ("Conakry", "كوناكري"),
    "Guinea-Bissau": ("Bissau", "بيساو"),
    "Guyana": ("Georgetown",),
    "Indonesia": ("Jakarta", "Djakarta", "جاكرتا"),
    "Iran": ("Tehran", "Téhéran", "طهران"),
    "Iraq": ("Baghdad", "Bagdad", "بغداد"),
    "Jordan": ("Amman",),
    "Kazakhstan": ("Astana", "أستانا"),
    "Kyrgyzstan": ("Bishkek", "Bichkek", "بيشكيك"),
    "Lebanon": ("Beirut", "Beyrouth", "بيروت"),
    "Libya": ("Tripoli", "طرابلس"),
    "Malaysia": ("Kuala Lumpur", "كوالالمبور"),
    "Maldives": ("Malé",),
    "Mali": ("Bamako", "باماكو"),
    "Mauritania": ("Nouakchott", "نواكشوط"),
    "Morocco": ("Rabat", "الرباط"),
    "Mozambique": ("Maputo", "مابوتو"),
    "Niger": ("Niamey", "نيامي"),
    "Nigeria": ("Abuja", "أبوجا"),
    "Oman": ("Muscat", "Mascate", "مسقط"),
    "Pakistan": ("Islamabad", "إسلام آباد"),
    "Qatar": ("Doha", "الدوحة"),
    "Saudi Arabia": ("Riyadh", "Riyad", "Ryad", "الرياض"),
    "Senegal": ("Dakar", "داكار"),
    "Sierra Leone": ("Freetown", "فريتاون"),
    "Somalia": ("Mogadishu", "Mogadiscio", "مقديشو"),
    "Sudan": ("Khartoum", "الخرطوم"),
    "Suriname": ("Paramaribo",),
    "Syria": ("Damascus", "Damas", "دمشق"),
    "Tajikistan": ("Dushanbe", "Douchanbé", "دوشنبه"),
    "Togo": ("Lomé", "لومي"),
    "Tunisia": ("Tunis",),
    "Türkiye": ("Ankara", "أنقرة"),
    "Turkmenistan": ("Ashgabat", "Achgabat", "عشق آباد"),
    "Uganda": ("Kampala", "كمبالا"),
    "United Arab Emirates": ("Abu Dhabi", "Abou Dhabi", "أبوظبي"),
    "Uzbekistan": ("Tashkent", "Tachkent", "طشقند"),
    "Yemen": ("Sanaa", "Sana'a", "صنعاء"),
    "Bosnia and Herzegovina": ("Sarajevo", "سراييفو"),
    "Central African Republic": ("Bangui", "بانغي"),
    "Thailand": ("Bangkok", "بانكوك"),
    "Russian Federation": ("Moscow", "Moscou", "موسكو"),
}

CAPITALS: dict[str, str] = {
    fold_key(capital): fold_key(state)
    for state, capitals in _BY_STATE.items()
    for capital in capitals
}
"""A capital, folded -> its State's English name, folded."""
