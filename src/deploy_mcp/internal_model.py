"""The base of pydantic models that no tool's schema shows: ledger records, requests, plans, backend answers.

pydantic builds a model's validator when its class is created unless told to defer it; these are built on
first use instead, so the server's start (up to the ``tools/list`` answer) does not pay for them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class InternalModel(BaseModel):
    model_config = ConfigDict(defer_build=True)
