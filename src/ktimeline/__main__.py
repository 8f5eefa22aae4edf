"""Entry point: ``python -m ktimeline`` and the ``ktimeline`` console script."""

from __future__ import annotations


def main() -> None:
    # A command is a short-lived process whose objects make no reference cycles worth
    # collecting (bulk loads run without the collector anyway): the collector's passes over
    # start-up's imports would cost about 5% of a query (16M of 318M instructions measured
    # with callgrind for `range`), so it stays off.
    import gc

    gc.disable()
    try:
        from ktimeline.cli.app import run
    except KeyboardInterrupt:  # Ctrl-C while starting: the same message as later on
        import sys

        sys.stderr.write("ktimeline: interrupted\n")
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
