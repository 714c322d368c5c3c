"""Files -> ``Article``: story folders found and grouped (``discover``, ``group``), each file
read by the reader of its format (``markdown``, ``text``, ``html``), cleaned of site chrome
(``chrome``), its metadata read (``meta``, ``pagemeta``, ``dates``) and its text checked
(``limits``, ``scrub``, ``budget``). This package imports none of them: a build that finds
every article in its cache loads no reader.
"""
