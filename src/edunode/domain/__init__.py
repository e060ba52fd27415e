"""School, course and learner documents: schema and typed API over Automerge."""
