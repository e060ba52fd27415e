"""The learner's record bundle: a W3C Verifiable Credential plus the signed history."""
