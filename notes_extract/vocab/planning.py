"""Words of a council's answer to a planning application it was consulted on."""

from __future__ import annotations

# "Support", "Supported": a consultee's answer beside "No objection" (decisions.VERDICT_WORDS).
SUPPORT_VERDICT_WORDS = ("support", "supported", "supports")
# "No objection subject to ...", "OBJECTION (RATIFIED)": what may follow the verdict on its line.
VERDICT_TAIL_WORDS = ("raised", "ratified")
