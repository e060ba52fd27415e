"""The Automerge layer: everything EduNode knows about Automerge's documents and bytes.

Only this package and ``domain/`` import ``automerge`` (a test checks it). ``binary`` reads
and writes the change format without Automerge (headers, hashes, causal order), ``columns``
counts a change's operations from its columns before Automerge applies it (op bombs,
decision 0004), ``document`` is the typed API over a document (create, load, read, write,
apply received changes), and ``text`` edits collaborative text per character. The names are
re-exported here, so callers write ``from edunode import crdt`` and ``crdt.put(...)``.
"""

from edunode.crdt.binary import (
    CHUNK_CHANGE,
    MAGIC,
    MAX_CHANGE_BYTES,
    Header,
    causal_order,
    change_hash,
    parse_header,
    read_sleb,
    read_uleb,
    sync_message,
    well_formed,
    write_uleb,
)
from edunode.crdt.document import (
    ROOT,
    ChangeInfo,
    Document,
    O,
    Plain,
    Readable,
    S,
    Scalar,
    Transaction,
    apply,
    changes_since,
    get_obj,
    get_value,
    heads,
    info,
    load,
    new_document,
    put,
    put_map,
    read,
    scalar_type,
)
from edunode.crdt.text import new_text, splice_text

__all__ = [
    "CHUNK_CHANGE", "MAGIC", "MAX_CHANGE_BYTES", "ROOT", "ChangeInfo", "Document", "Header",
    "O", "Plain", "Readable", "S", "Scalar", "Transaction", "apply", "causal_order",
    "change_hash", "changes_since", "get_obj", "get_value", "heads", "info", "load",
    "new_document", "new_text", "parse_header", "put", "put_map", "read", "read_sleb",
    "read_uleb", "scalar_type", "splice_text", "sync_message", "well_formed", "write_uleb",
]  # fmt: skip
