"""`python -m narrator`: the same command line as `narrator`, for when the script is not on PATH."""

from narrator.cli import run

run()
