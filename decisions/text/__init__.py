"""The text core: report text to paragraphs and requests.

Pure Python, standard library only. Nothing here imports Django or the rest
of the app (tests/text/test_purity.py checks it), so it can be tested and
reused on its own.
"""
