"""Beside the pipeline: Tencent's table as recorded in spec/upstream/.

`table` reads the Markdown table, `diff` compares its rows with the spec,
`worddiff` and `report` say what differs, and `command` is
`python -m generator upstream`.
"""
