"""A flood of simultaneous comments from one address is held to the limit (issue 14)."""

import threading

import pytest

from plans.forms import COMMENTS_PER_CLIENT, CommentForm
from plans.models import PlanComment
from tests.plans.builders import COMMENT, consultation_plan, planning_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(home_page):
    return consultation_plan(
        planning_index(home_page), title="Plán pro seniory", measures_per_goal=1, goals=1
    )


def comment_form(plan, number):
    data = {**COMMENT, "comment": f"Připomínka {number}"}
    return CommentForm(data, plan=plan, client_address="203.0.113.1")


def test_eight_simultaneous_comments_from_one_address_are_held_to_five(plan):
    forms = [comment_form(plan, number) for number in range(8)]
    barrier = threading.Barrier(len(forms))
    accepted = []

    def send(form):
        barrier.wait()
        if form.is_valid():
            accepted.append(form)

    threads = [threading.Thread(target=send, args=(form,)) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert COMMENTS_PER_CLIENT.limit == 5
    assert len(accepted) == 5
    refused = [form for form in forms if form not in accepted]
    assert all("Z vaší adresy jsme právě přijali" in str(form.errors) for form in refused)


def test_a_comment_counts_from_the_moment_it_is_accepted(plan):
    """Check and count are one step: comments being saved cannot slip past the limit."""
    validated = [comment_form(plan, number) for number in range(COMMENTS_PER_CLIENT.limit)]
    assert all(form.is_valid() for form in validated)

    late = comment_form(plan, "navíc")

    assert not late.is_valid()
    for form in validated:
        form.save()
    assert PlanComment.objects.count() == COMMENTS_PER_CLIENT.limit
