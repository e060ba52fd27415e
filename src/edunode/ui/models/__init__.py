"""Qt item models over the Node's read projections."""
