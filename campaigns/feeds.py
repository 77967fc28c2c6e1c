"""The RSS feed of news (/aktuality/rss/); every address in it is absolute, at ``BASE_URL``."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from campaigns.models.news import NEWS_IN_FEED
from campaigns.recurrence import PRAGUE
from portal.metadata import canonical_url


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "cs"
    item_guid_is_permalink = True  # the guid is the item's public address

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} – Komunitní plánování Ostrava"

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return canonical_url(self.request, self.index_page)

    def description(self):
        return self.index_page.introduction or "Aktuality komunitního plánování v Ostravě."

    def items(self):
        return self.index_page.news()[:NEWS_IN_FEED]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(8, 0), tzinfo=PRAGUE)
