"""Translations: edunode_<locale>.qm files (see edunode.ui.app)."""
