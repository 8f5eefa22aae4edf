"""The version of ktimeline, in a module of its own so that any layer can name it without
importing the package's face (its lazy re-exports reach the API)."""

__version__ = "0.1.0"
