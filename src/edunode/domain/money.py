"""Money as exact decimals in an ISO 4217 currency: parsing people's input strictly.

Amounts are ``decimal.Decimal`` everywhere and travel as their canonical text (``"12.50"``)
inside documents, never as floats. :func:`parse_amount` accepts only plain digits with at
most the currency's minor units after one decimal point (``1250``, ``12.5``, ``12.50`` for
a 2-digit currency); no sign, exponent, grouping, spaces inside, ``NaN`` or ``Infinity``,
and no more than :data:`MAX_DIGITS` whole digits. The table is ISO 4217's active codes with
their minor units (list one, 2024); precious metals, testing and "no currency" codes are
left out because a school fund is not held in them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from edunode.controls import CONTROL
from edunode.errors import ValidationError

MAX_DIGITS = 15  # whole digits: far above any school budget, exact in every currency

_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_FOUR = "CLF UYW"
_TWO = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD "
    "FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD "
    "KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD "
    "NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP "
    "SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VES "
    "VED WST XCD YER ZAR ZMW ZWG"
)
MINOR_UNITS: dict[str, int] = {
    **{c: 2 for c in _TWO.split()},
    **{c: 0 for c in _ZERO.split()},
    **{c: 3 for c in _THREE.split()},
    **{c: 4 for c in _FOUR.split()},
}

_AMOUNT = re.compile(r"([0-9]+)(?:\.([0-9]*))?")


def _shown(text: str, limit: int = 30) -> str:
    """Input quoted back in a message: one line, control characters shown as ``?``."""
    return CONTROL.sub("?", text.strip()[:limit])


def currency(code: str | None) -> str:
    """An ISO 4217 code (any case, spaces around allowed) in upper case, or ValidationError."""
    cleaned = (code or "").strip().upper()
    if cleaned not in MINOR_UNITS:
        shown = _shown(code or "", 20)
        raise ValidationError(
            f"'{shown}' is not a currency code EduNode knows (use an ISO 4217 code such as "
            "KES, UGX, USD or EUR)"
        )
    return cleaned


def parse_amount(text: object, code: str, *, what: str = "amount", zero: bool = False) -> Decimal:
    """``text`` as an exact amount of ``code`` (already checked by :func:`currency`),
    greater than 0 (or ≥ 0 with ``zero``); ValidationError naming the problem otherwise."""
    if isinstance(text, (int, Decimal)) and not isinstance(text, bool):
        text = str(text)
    if not isinstance(text, str):
        raise ValidationError(f"the {what} must be a number such as 12.50")
    cleaned = text.strip()
    shown = _shown(cleaned)
    if cleaned.startswith("-"):
        raise ValidationError(f"the {what} must not be negative ('{shown}')")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise ValidationError(f"'{shown}' is not an amount (write digits, e.g. 1250 or 12.50)")
    whole, fraction = match.group(1), match.group(2) or ""
    if len(whole.lstrip("0")) > MAX_DIGITS:
        raise ValidationError(f"the {what} is too large (at most {MAX_DIGITS} digits)")
    minor = MINOR_UNITS[code]
    if len(fraction.rstrip("0")) > minor:
        places = "no decimals" if minor == 0 else f"at most {minor} decimal places"
        raise ValidationError(f"the {what} '{shown}' has too many decimals ({code} has {places})")
    value = Decimal(f"{whole}.{fraction[:minor].ljust(minor, '0')}" if minor else whole)
    if value == 0 and not zero:
        raise ValidationError(f"the {what} must be greater than 0")
    return value


def canonical(value: Decimal, code: str) -> str:
    """The amount as stored and shown: exactly the currency's minor units (``12.50``)."""
    minor = MINOR_UNITS[code]
    return f"{value.quantize(Decimal(1).scaleb(-minor)):f}"


def stored(text: object, code: str) -> Decimal | None:
    """An amount read back from a document: its canonical text, else None (refused)."""
    if not isinstance(text, str):
        return None
    try:
        value = parse_amount(text, code, zero=True)
    except ValidationError:
        return None
    return value if canonical(value, code) == text else None
