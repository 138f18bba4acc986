"""The evaluation harness: a question set, the project against a baseline, metrics, report and gate."""
