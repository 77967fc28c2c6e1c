"""Creating demo pages once: an existing page with the same slug is left untouched."""


def ensure_child(parent, model, slug, log=None, **fields):
    """Return the live child of ``parent`` with ``slug``, creating and publishing it if missing."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    if log:
        log(f"Vytvořena stránka {page.url_path}")
    return page
