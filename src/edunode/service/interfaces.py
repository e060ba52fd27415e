"""This PC's network connections, and the person's choice of where EduNode may be found.

The choice is the node setting ``interfaces``: missing or None means every connection (what
``edunode init`` and older nodes have); a list of addresses or connection names (``eth0``)
means only those; an empty list means none at all — no server, no discovery, USB sticks
only. The first-run wizard and Settings › Network write it; the window's network service and
``edunode serve`` read it (``serve --interfaces`` overrides it for that run).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any

from edunode.errors import ValidationError

SETTING = "interfaces"


@dataclass(frozen=True)
class Interface:
    """One address of one network connection of this PC."""

    name: str  # the connection's name, e.g. "eth0", "Wi-Fi"
    address: str  # "192.168.1.20", "fd00::2"

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback


def list_interfaces() -> list[Interface]:
    """Every usable address of this PC: IPv4, and IPv6 other than link-local (which can't
    be listened on without a scope). Loopback last."""
    import ifaddr  # zeroconf depends on it

    found: list[Interface] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            address = ip.ip if isinstance(ip.ip, str) else ip.ip[0]
            try:
                parsed = ipaddress.ip_address(address)
            except ValueError:
                continue
            if parsed.is_link_local:
                continue
            found.append(Interface(str(adapter.nice_name or adapter.name), address))
    return sorted(found, key=lambda i: (i.loopback, ":" in i.address))


def choice(store: Any) -> list[str] | None:
    """The saved choice: None (every connection), [] (none) or a list of addresses/names."""
    value = store.setting(SETTING)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value]


def save_choice(store: Any, value: list[str] | None) -> None:
    store.set_setting(SETTING, None if value is None else list(value))


def resolve(wanted: list[str], available: list[Interface] | None = None) -> list[str]:
    """Addresses to listen on for ``wanted`` (addresses or connection names), in order.

    An address is kept as it is (the server says so if this PC does not have it); a name
    stands for every address of that connection."""
    available = list_interfaces() if available is None else available
    addresses: list[str] = []
    for item in wanted:
        text = item.strip().strip("[]")
        try:
            ipaddress.ip_address(text)
            matches = [text]
        except ValueError:
            matches = [i.address for i in available if i.name.lower() == text.lower()]
            if not matches:
                raise ValidationError(
                    f"this PC has no network connection called '{text}' "
                    "(choose again in Settings › Network)",
                    interface=text,
                ) from None
        addresses.extend(a for a in matches if a not in addresses)
    return addresses
