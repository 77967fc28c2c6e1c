"""Keeping the portal usable when the services around it fail (database, search, cache, mail)."""
