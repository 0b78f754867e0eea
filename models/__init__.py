"""The project's model assets: lexicons, patterns and settings the components load.

Installed as ``extractor.models`` so ``importlib.resources`` finds them in any install.
"""
