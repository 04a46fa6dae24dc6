"""``python -m provenance`` runs the command line."""

from provenance.launch import main

main()
