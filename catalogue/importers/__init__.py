"""Importers that fill the catalogue from outside sources (the national registry, HSDS)."""
