"""This PC's own files and the folders a person chooses: written safely, kept private.

``private`` keeps the data folder ``0700`` and its files ``0600`` (fixed whenever a Node opens
the folder); ``log`` is ``edunode.log`` in the data folder, rotated and private; ``atomic`` is
the one writer for a folder the user chose (a USB stick, a file dialog's folder): nothing is
written through a planted link, and a write cut short never leaves a file that looks whole.
Decision 0011 lists the attacks each one answers.
"""
