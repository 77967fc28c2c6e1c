"""Factories for campaign, event, news and registration test data."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    EventCategory,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    Registration,
)


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kampaně"
    slug = "kampane"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kampaň {n}")
    introduction = "O čem kampaň je."

    class Meta:
        model = CampaignPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Akce"
    slug = "akce"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Akce číslo {n}")
    introduction = "Co se na akci bude dít."
    category = EventCategory.SEMINAR
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))

    class Meta:
        model = EventPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktuality"
    slug = "aktuality"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Aktualita {n}")
    introduction = "Shrnutí aktuality."

    class Meta:
        model = NewsPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Účastník {n}")
    email = factory.Sequence(lambda n: f"ucastnik{n}@example.org")
    consent_given_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration
