"""Whole-page cache for anonymous visitors of public pages.

Each cached response is stored (in the default cache: Redis in production, local memory
otherwise) together with the *generation* it was rendered under, a token kept in the cache as
well. Publishing, unpublishing, moving or deleting a page, and changing any snippet, setting,
image or other content bumps the generation (see ``invalidation``), so every page rendered before
the change stops being served at once. Nothing here may break a request: when the cache fails,
the page is simply rendered.
"""
