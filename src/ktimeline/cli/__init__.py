"""The command line: parse arguments, call the API, pick a renderer, turn errors into exit codes.

``app`` is the Typer application and the only exit point; ``options`` declares the shared
options, ``completion`` and ``shells`` answer shell completion, ``helptext`` and ``messages``
hold the words a terminal shows, ``output`` and ``pager`` decide where and how output goes.
Nothing below this package imports it.
"""
