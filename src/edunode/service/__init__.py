"""The Node: the one service facade that the UI, the CLI and tests go through."""
