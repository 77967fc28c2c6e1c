"""Facet counts of the database indexes, from bitmaps of entry ids kept in memory.

Counting how many of a search's matches have each value of a facet is the part of a search
that grows with its matches: in SQL it reads the facet rows of every matching entry ("nemam kde
spat" matches 12 000 of 70 000 services in ``bench/search.py``, each with about seven facet
values). Here every facet value and every kind of entry is a compressed bitmap of entry ids
(Roaring bitmaps, ``pyroaring``; Lucene and Elasticsearch count facets over the same kind of
bitmaps), read from the index once per content generation (``cached``), and a count is the size
of an intersection, whatever the number of matches. The index supplies the ids of the entries
the text matches; the bitmaps do the rest.

The generation changes with every write to the index (``indexing``); with the local-memory cache,
other processes read the bitmaps again within ``cached.TIMEOUT``, as they do the vocabularies.
"""

from pyroaring import BitMap

from portal.search.cached import cached

CACHE_NAME = "facet-bitmaps"


def id_bitmap(ids):
    """A bitmap of ``ids``: integers, or the text "3,5,8" the databases' string aggregates give
    (``None`` of no rows)."""
    if not ids:
        return BitMap()
    if isinstance(ids, str):
        ids = map(int, ids.split(","))
    return BitMap(ids)


class FacetBitmaps:
    """The entries of every kind and of every facet value of the index, as bitmaps of ids."""

    def __init__(self, kinds, values):
        self.kinds = kinds  # kind -> BitMap
        self.values = values  # facet name -> {value: BitMap}

    def of_kinds(self, kinds):
        """The entries of any of ``kinds`` (of every kind when none is given)."""
        chosen = self.kinds.values() if not kinds else [self.kinds.get(k, BitMap()) for k in kinds]
        return BitMap.union(BitMap(), *chosen)

    def having(self, name, values):
        """The entries that have any of ``values`` of facet ``name``."""
        of_name = self.values.get(name, {})
        return BitMap.union(BitMap(), *(of_name.get(str(value), BitMap()) for value in values))

    def counts(self, matches, facets, chosen):
        """{facet: {value: count}} of ``facets`` among ``matches`` (the entries the text and
        kinds find) that have a chosen value of every facet of ``chosen``, except that a
        chosen facet's own choice does not narrow its counts (its other options keep theirs).
        Values no such entry has are left out."""
        allowed = {name: self.having(name, values) for name, values in chosen.items()}
        counts = {}
        for name in facets:
            within = matches
            for other, entries in allowed.items():
                if other != name:
                    within = within & entries
            counts[name] = {
                value: found
                for value, entries in self.values.get(name, {}).items()
                if (found := within.intersection_cardinality(entries))
            }
        return counts


def facet_bitmaps(load):
    """The ``FacetBitmaps`` of the index: ``load()`` once per content generation and process."""
    return cached(CACHE_NAME, load)
