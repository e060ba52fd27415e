"""A bundle credential's proof set: one eddsa-rdfc-2022 and one eddsa-jcs-2022 proof.

W3C "Verifiable Credential Data Integrity 1.0" section 2.1.2 (proof sets): ``proof`` is a
list, each proof made over the credential without any proof (no ``previousProof``, so
neither depends on the other). Two suites so that every verifier can check the credential:
the 1EdTech validator, the Learner Credential Wallet and the DCC verifier accept
eddsa-rdfc-2022 (RDF canonicalization, :mod:`edunode.bundle.rdfc`); eddsa-jcs-2022
(:mod:`edunode.bundle.vc`) needs no JSON-LD processing at all.

Reading is narrow, like the rest of a bundle: exactly those two proofs, both by the same
did:key, which must be the issuer's. Each is checked on its own, so a changed claim is
reported as failing both (:func:`check_each`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from edunode.bundle import rdfc, vc
from edunode.errors import BundleError

SUITES = (rdfc.CRYPTOSUITE, vc.CRYPTOSUITE)  # the order they are written in


@dataclass(frozen=True)
class ProofCheck:
    """One proof of a set, checked: its suite, who signed, and the problem if any."""

    cryptosuite: str
    verification_method: str
    created: str
    key: bytes | None  # the signer, when the proof checks out
    error: str | None  # what is wrong, when it does not

    @property
    def ok(self) -> bool:
        return self.error is None


def sign(
    credential: dict[str, Any],
    private_key: Ed25519PrivateKey,
    *,
    created: str,
    loader: rdfc.Loader = rdfc.SHIPPED,
    canonical: rdfc.Canonicalizer | None = None,
) -> dict[str, Any]:
    """A copy of ``credential`` carrying the proof set (rdfc first, then jcs); ``canonical``
    canonicalizes it for the rdfc proof, when not :func:`rdfc.canonicalize`."""
    if not isinstance(credential, dict):
        raise BundleError("the credential is not a JSON object")
    if "proof" in credential:
        raise BundleError("the credential is already signed (it has a proof)")
    jcs = vc.jcs_proof(credential, private_key, created=created)  # checks key, date, issuer
    # a copy of its own (plain JSON, the jcs hashing proved it: a JSON round trip copies it
    # several times faster than deepcopy)
    signed = json.loads(json.dumps(credential, ensure_ascii=False))
    proof = rdfc.make_proof(
        signed, private_key, created=created, loader=loader, canonical=canonical
    )
    return {**signed, "proof": [proof, jcs]}


def check_each(
    credential: dict[str, Any],
    *,
    suites: tuple[str, ...] = SUITES,
    loader: rdfc.Loader = rdfc.SHIPPED,
    canonical: rdfc.Canonicalizer | None = None,
) -> list[ProofCheck]:
    """Each proof of the set (those of ``suites``) checked on its own, in the order of
    :data:`SUITES`. BundleError when the set itself is not the one a bundle carries."""
    if not isinstance(credential, dict):
        raise BundleError("the credential is not a JSON object")
    proofs = _the_set(credential)
    unsecured = {key: value for key, value in credential.items() if key != "proof"}
    checks = []
    for suite in (s for s in SUITES if s in suites):
        proof = next(p for p in proofs if p.get("cryptosuite") == suite)
        key: bytes | None = None
        error: str | None = None
        try:
            if suite == rdfc.CRYPTOSUITE:
                key = rdfc.check_proof(unsecured, proof, loader=loader, canonical=canonical)
            else:
                key = vc.check_jcs_proof(unsecured, proof)
        except BundleError as exc:
            error = str(exc)
        method = proof.get("verificationMethod")
        created = proof.get("created")
        checks.append(
            ProofCheck(
                cryptosuite=suite,
                verification_method=method if isinstance(method, str) else "",
                created=created if isinstance(created, str) else "",
                key=key,
                error=error,
            )
        )
    return checks


def verify(
    credential: dict[str, Any],
    *,
    suites: tuple[str, ...] = SUITES,
    loader: rdfc.Loader = rdfc.SHIPPED,
    canonical: rdfc.Canonicalizer | None = None,
) -> bytes:
    """Check both proofs (or those of ``suites``: the set must still hold both); the one key
    that made them. BundleError naming the first problem."""
    checks = check_each(credential, suites=suites, loader=loader, canonical=canonical)
    for check in checks:
        if check.error is not None:
            raise BundleError(f"{check.cryptosuite} proof: {check.error}")
    keys = {check.key for check in checks}
    if len(keys) != 1:
        raise BundleError("the credential's two proofs were made by different keys")
    (key,) = keys
    assert key is not None
    return key


def _the_set(credential: dict[str, Any]) -> list[dict[str, Any]]:
    if "proof" not in credential:
        raise BundleError("the credential is not signed (it has no proof)")
    proofs = credential["proof"]
    if not isinstance(proofs, list):
        raise BundleError(
            f"the credential carries a single proof; a bundle's carries two ({', '.join(SUITES)})"
        )
    if not all(isinstance(p, dict) for p in proofs):
        raise BundleError("the credential's proof set holds something that is not a proof")
    suites = [p.get("cryptosuite") for p in proofs]
    if len(proofs) != len(SUITES) or sorted(map(str, suites)) != sorted(SUITES):
        shown = ", ".join(vc.show(s) for s in suites[:4])
        raise BundleError(
            f"the credential's proofs are [{shown}]; a bundle's are one {SUITES[0]} and one "
            f"{SUITES[1]} proof"
        )
    return proofs
