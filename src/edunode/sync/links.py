"""The link state machine: one table of transitions, used by the Node and drawn in the docs.

A *link* is this node's decision about another node. States:

* ``discovered`` — seen on the network (mDNS), nothing asked yet.
* ``requested``  — we sent that node a link request; we approve it when its admin approves.
* ``pending``    — that node sent us a link request; our admin has to decide.
* ``approved``   — our admin approved it with a role (``community`` or ``school``).
* ``refused``    — our admin said no; a later request from it comes back as pending.
* ``blocked``    — refused for good: its requests are dropped silently.
* ``revoked``    — was approved, then revoked: the connection drops, nothing more flows.

Two kinds of row also go away without anyone deciding (:data:`REMOVALS`; the limits are in
``service/peers.py``): a *pending* request nobody decided (``expire``: not asked again for two
weeks; ``evict``: made room for a newer request in a flood), and a *discovered* node
(``expire``: not announced for ten minutes; ``evict``: too many are).

Sync runs only with a node that is ``approved`` here *and* that approved us (the TLS server
only trusts certificates of approved peers, so both sides' approvals are needed).
"""

from __future__ import annotations

from edunode.errors import LocalProtocolError

STATES = ("discovered", "requested", "pending", "approved", "refused", "blocked", "revoked")
ROLES = ("community", "school")

# (state, event) -> new state.  ``None`` as a state means "not known yet".
TRANSITIONS: dict[tuple[str | None, str], str] = {
    (None, "discover"): "discovered",
    (None, "request_sent"): "requested",
    (None, "request_received"): "pending",
    ("discovered", "discover"): "discovered",
    ("discovered", "request_sent"): "requested",
    ("discovered", "request_received"): "pending",
    ("requested", "request_sent"): "requested",
    ("requested", "request_received"): "pending",
    ("requested", "approve"): "approved",
    ("requested", "refuse"): "refused",
    ("requested", "block"): "blocked",
    ("pending", "request_received"): "pending",
    ("pending", "request_sent"): "pending",
    ("pending", "approve"): "approved",
    ("pending", "refuse"): "refused",
    ("pending", "block"): "blocked",
    ("approved", "request_received"): "approved",
    ("approved", "request_sent"): "approved",
    ("approved", "approve"): "approved",
    ("approved", "revoke"): "revoked",
    ("approved", "block"): "blocked",
    ("refused", "request_received"): "pending",
    ("refused", "request_sent"): "requested",
    ("refused", "approve"): "approved",
    ("refused", "block"): "blocked",
    ("revoked", "request_received"): "pending",
    ("revoked", "request_sent"): "requested",
    ("revoked", "approve"): "approved",
    ("revoked", "block"): "blocked",
    ("blocked", "request_received"): "blocked",
    ("blocked", "approve"): "approved",
    ("blocked", "unblock"): "refused",
}

# Events that a state ignores without error (a discovery of a known node changes nothing).
IGNORED = {(s, "discover") for s in STATES if s != "discovered"}


# Events that delete the row, back to "not known": an undecided request, a mere announcement.
REMOVALS = {
    ("pending", "expire"),
    ("pending", "evict"),
    ("discovered", "expire"),
    ("discovered", "evict"),
}


def check_removal(state: str | None, event: str) -> None:
    """Raise unless ``event`` may delete a link that is ``state``."""
    if (state, event) not in REMOVALS:
        raise LocalProtocolError(
            f"cannot {event} a link that is {state or 'unknown'}", state=state, event=event
        )


def next_state(state: str | None, event: str) -> str | None:
    """The state after ``event``; None when the event changes nothing; raises when illegal."""
    if (state, event) in IGNORED:
        return None
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise LocalProtocolError(
            f"cannot {event.replace('_', ' ')} a link that is {state or 'unknown'}",
            state=state,
            event=event,
        ) from None


def mermaid() -> str:
    """The state diagram, for docs/PROTOCOL.md."""
    lines = ["stateDiagram-v2"]
    for (state, event), target in sorted(
        TRANSITIONS.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])
    ):
        lines.append(f"    {state or '[*]'} --> {target}: {event}")
    for state, event in sorted(REMOVALS):
        lines.append(f"    {state} --> [*]: {event}")
    return "\n".join(lines)
