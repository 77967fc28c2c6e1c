"""Admin avatars drawn from the user's initials, so the admin never asks Gravatar (or anyone).

An avatar the user uploaded in their account settings still wins.
"""

from urllib.parse import quote

from django.utils.html import escape

# Wagtail's admin palette (teal) with white letters: readable in both themes.
BACKGROUND = "#007d7e"


def initials(user):
    """Up to two letters: first and last name, else the start of the username or e-mail."""
    if user is None:  # a deleted account in a page's history, or a system action
        return "?"
    names = [getattr(user, "first_name", "").strip(), getattr(user, "last_name", "").strip()]
    letters = "".join(name[0] for name in names if name)
    if not letters:
        fallback = (user.get_username() or getattr(user, "email", "")).strip()
        letters = fallback[:1] or "?"
    return letters.upper()


def initials_avatar_url(user, size):
    """A ``data:`` URL of a square SVG with the user's initials (CSP allows ``data:`` images)."""
    if uploaded_avatar(user):
        return None
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 100 100"><rect width="100" height="100" fill="{BACKGROUND}"/>'
        '<text x="50" y="50" dy=".35em" text-anchor="middle" fill="#fff" '
        'font-family="sans-serif" font-size="42" font-weight="bold">'
        f"{escape(initials(user))}</text></svg>"
    )
    return "data:image/svg+xml," + quote(svg)


def uploaded_avatar(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return bool(profile and profile.avatar)
