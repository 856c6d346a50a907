"""Stage 1, load: spec/codes.yaml -> the validated model (generator.model).

Bounded reading of the file (`reading`), YAML with positions (`yamltree`),
the characters a text may hold (`characters`), each field's reader
(`fields`), the naming rules (`naming`), families (`families`) and the
whole-spec checks that build the model (`loader`).  Every problem is a
`Problem` with its line and column; all of them end in one `SpecError`.
"""

from generator.load.loader import Problem, SpecError, load_spec, parse_spec

__all__ = ["Problem", "SpecError", "load_spec", "parse_spec"]
