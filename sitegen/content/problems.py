"""Problems found while reading content that are lint rules too: the author may turn
them off or change their severity like any other rule (`lint.rules` in site.yaml).

Each is declared here once; the lint rule with its explanation refers to it.
"""

from __future__ import annotations

from sitegen.diagnostics import Code

INVALID_PART = Code("SER002", "invalid-part")
MISSING_PART = Code("SER004", "missing-part")
INVALID_BLURB = Code("ENG903", "invalid-blurb")
