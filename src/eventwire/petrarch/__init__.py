"""PETRARCH compatibility: load PETRARCH/CAMEO dictionaries and code sentences with them."""
