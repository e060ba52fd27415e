"""Showing EduNode to people: the three-school demo and realistic sample data.

``python -m edunode.demo`` (``make demo``) runs ``three_schools``: three headless nodes on
loopback that discover, link, sync, and keep learners at home. ``sample_data`` fills a data
folder for screenshots and trying the window (``edunode sample-data``). ``polling`` is the
bounded wait that the demo, the benchmarks and the tests share. Nothing in the product
imports this package except the ``sample-data`` command.
"""
