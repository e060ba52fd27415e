"""EduNode: peer-to-peer course and learner records for communities of small schools."""

__version__ = "0.1.0"
PROTOCOL_VERSION = 2  # 2: the link exchange commits to nonces for the verification code
