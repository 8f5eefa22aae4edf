"""Reading a chronology a person wrote: ``sources`` turns a file (text, HTML, PDF) into lines,
``entries`` finds the document's entries and their dates, ``events`` makes them events.

Used through ``ktimeline.api.import_chronology``; depends on the core only.
"""
