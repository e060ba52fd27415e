"""Peer network: discovery (zeroconf), TLS transport, links, and the sync protocol."""
