"""Arabic date-time formats that Django's own Arabic locale lacks: without
them a date-time falls back to the English order ("مارس 5, 2024, 2:30 م").
Django's Arabic formats give every other value."""

# The date as Django's Arabic DATE_FORMAT writes it, then the time as its TIME_FORMAT.
DATETIME_FORMAT = "j F، Y، g:i A"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y g:i A"
