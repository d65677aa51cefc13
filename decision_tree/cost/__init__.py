"""The cost model: what each option the guide weighs costs a month, from dated example prices or
the reader's own figures (:mod:`.model`), the fields and their example values (:mod:`.data`),
and a result priced beside its rivals (:mod:`.compare`)."""

from .data import CostData, CostDataError, CostInputError, Field, cost_data
from .model import BreakEven, Design, Estimate, Inputs, Prices, Rate, Tokens, Usage, break_even, estimate, tokens

__all__ = [
    "BreakEven", "CostData", "CostDataError", "CostInputError", "Design", "Estimate", "Field", "Inputs", "Prices", "Rate",
    "Tokens", "Usage", "break_even", "cost_data", "estimate", "tokens",
]
