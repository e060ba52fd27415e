"""Peer network: discovery (zeroconf), TLS transport, links, and the sync protocol."""

DEFAULT_PORT = 24870  # the TCP port a node listens on unless told otherwise
