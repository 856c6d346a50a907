"""faceid-codes generator: spec/codes.yaml -> the artefacts under generated/.

Data flows one way: YAML -> validated model (spec.py) -> rendered texts
(render.py, in memory) -> compared or written (cli.py, files.py).
"""
