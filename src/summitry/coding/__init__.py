"""Event coding: the CAMEO/PLOVER ontology, the pattern dictionary and the coder."""
