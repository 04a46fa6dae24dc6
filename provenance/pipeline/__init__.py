"""The pipeline: the stages wired together, run on this machine or on Spark."""
