"""Small presentation helpers for the catalogue's templates."""

from django import template

from portal.templatetags.czech_tags import cs_plural

register = template.Library()
register.filter("cs_plural", cs_plural)
