"""The facts of a catalogue result card (see ``catalogue.cards``)."""

from django import template

from catalogue import cards

register = template.Library()


@register.filter
def hours_today(service):
    return cards.hours_today_label(service, cards.today())


@register.filter
def phone(service):
    return cards.phone_of(service)


@register.simple_tag(takes_context=True)
def distance_from_place(context, service):
    """The card's distance from the place the citizen gave; empty on pages without one (a
    provider's page lists the same cards without ``near``)."""
    near = context.get("near")
    return cards.distance_text(service, near) if near else ""
