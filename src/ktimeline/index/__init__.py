"""The on-disk index of large chronologies: ``store`` answers queries from it and keeps it
fresh (a cache: an answer through it equals reading the file), ``writer`` fills it in a forked
child. Depends on the core only.
"""
