"""Arabic ordinal words as paragraph numbers ("أولا", "الحادي عشر", "الحادي والعشرون"):
their value, in the folded spelling the reading rules compare with."""

UNITS = ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
ORDINALS = {
    "اولا": 1, "ثانيا": 2, "ثالثا": 3, "رابعا": 4, "خامسا": 5, "سادسا": 6, "سابعا": 7,
    "ثامنا": 8, "تاسعا": 9, "عاشرا": 10,
}  # fmt: skip
for _n, _unit in enumerate(UNITS, start=11):
    ORDINALS[f"{_unit} عشر"] = _n
    ORDINALS[f"ال{_unit} عشر"] = _n
for _n, _unit in enumerate(UNITS, start=21):
    for _tens in ("عشرون", "عشرين"):
        ORDINALS[f"{_unit} و{_tens}"] = _n
        ORDINALS[f"ال{_unit} وال{_tens}"] = _n
for _word, _n in (("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30)):
    ORDINALS[_word] = _n
    ORDINALS["ال" + _word] = _n
ORDINALS["واحد وعشرون"] = 21
