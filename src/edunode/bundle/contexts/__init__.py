"""The JSON-LD contexts a bundle's credential uses, shipped inside the package.

Each file is the published context, byte for byte, under the URL it is published at; the
rdfc document loader (:func:`edunode.bundle.rdfc.document_loader`) serves these and nothing
else, so no credential operation ever fetches anything. Where each copy came from:

- ``credentials-v2.jsonld``: https://www.w3.org/ns/credentials/v2, W3C Verifiable
  Credentials Data Model v2.0 (github.com/w3c/vc-data-model, ``contexts/credentials/v2``,
  commit 08b83e46). It also defines ``DataIntegrityProof`` and its properties, so the
  proofs need no context of their own.
- ``clr-v2p0-context-2.0.1.json``: https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json,
  1EdTech Comprehensive Learner Record 2.0, as the 1EdTech validator ships it
  (github.com/1EdTech/digital-credentials-public-validator,
  ``inspector-vc/src/main/resources/contexts/clr-v2p0-2.0.1.json``).
- ``ob-v3p0-context-3.0.3.json``: https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json,
  1EdTech Open Badges 3.0, the revision the 1EdTech validator ships (same repository,
  ``ob-v3p0-3.0.3.json``, commit 143a82b: the published file gained the ``jti`` and
  ``endorsementJwt`` terms after the copy in the specification repository; no term a bundle
  uses differs between them).

``SHA256`` pins each file: a changed copy would change every canonical form and signature,
so :func:`get` refuses one that does not match (tested).
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources
from typing import Any

from edunode.errors import BundleError

VC_V2 = "https://www.w3.org/ns/credentials/v2"
CLR_V2 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

FILES = {
    VC_V2: "credentials-v2.jsonld",
    CLR_V2: "clr-v2p0-context-2.0.1.json",
    OB_V3: "ob-v3p0-context-3.0.3.json",
}
SHA256 = {
    VC_V2: "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    CLR_V2: "880f1902d4158f2f33ce06af41b90719977cd1ea337a9de2e41edb3ff5e543d6",
    OB_V3: "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84",
}


def raw(url: str) -> bytes:
    """The shipped file's bytes for ``url`` (KeyError when EduNode ships none)."""
    return resources.files(__name__).joinpath(FILES[url]).read_bytes()


@functools.cache
def _parsed(url: str) -> str:
    data = raw(url)
    if hashlib.sha256(data).hexdigest() != SHA256[url]:
        raise BundleError(f"the shipped JSON-LD context for {url} is damaged: reinstall EduNode")
    return data.decode("utf-8")


def get(url: str) -> dict[str, Any] | None:
    """The parsed context document published at ``url``, or None when EduNode ships none.
    A fresh copy each call: pyld may keep and change what it is given."""
    if not isinstance(url, str) or url not in FILES:
        return None
    document: dict[str, Any] = json.loads(_parsed(url))
    return document
