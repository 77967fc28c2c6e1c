"""A login-only plan's goals and measures stay out of the public search, as its page does."""

from wagtail.models import PageViewRestriction

from portal.search import indexing


def test_measures_of_a_login_only_plan_are_not_found_by_citizens(client, make_plan):
    make_plan("plan-verejny", title="Veřejný plán", measures_per_goal=1, goals=1)
    hidden = make_plan("plan-interni", title="Interní plán", measures_per_goal=1, goals=1)
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    indexing.rebuild()

    response = client.get("/hledat/", {"q": "opatreni cislo"})

    assert response.status_code == 200
    content = response.content.decode()
    assert "/komunitni-planovani/plan-verejny/opatreni/1-1-1/" in content
    assert "/komunitni-planovani/plan-interni/" not in content
