"""A citizen comments on a draft plan; a coordinator resolves and publishes the comments."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from plans.forms import COMMENTS_PER_CLIENT
from plans.models import PlanComment
from plans.models.plan import PlanStatus

pytestmark = pytest.mark.django_db


def comment_data(**overrides):
    data = {
        "target": "measure:1.1.2",
        "name": "Jana Nováková",
        "email": "jana@example.org",
        "organisation": "",
        "comment": "Opatření by mělo počítat i s víkendovým provozem.",
        "proposed_change": "Doplnit víkendy.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def comment_url(plan):
    return plan.url + "pripominky/"


def test_citizen_goes_from_measure_to_preselected_comment_form(client, make_plan):
    plan = make_plan()

    plan_html = client.get(plan.url).content.decode()
    assert 'href="/komunitni-planovani/plan/pripominky/?k=measure:1.1.2#formular"' in plan_html
    response = client.get(comment_url(plan), {"k": "measure:1.1.2"})

    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<option value="measure:1.1.2" selected>Opatření 1.1.2 Opatření číslo 1-2</option>' in html
    )
    assert '<label for="id_comment">Připomínka <span class="form-field__required">' in html


def test_citizen_submits_comment_on_a_measure(client, make_plan):
    plan = make_plan()

    response = client.post(comment_url(plan), comment_data(), follow=True)

    assert "Děkujeme, připomínku jsme přijali" in response.content.decode()
    comment = PlanComment.objects.get()
    assert comment.plan == plan
    assert comment.measure.code == "1.1.2"
    assert comment.goal.code == "1.1"
    assert comment.target_label == "Opatření 1.1.2 Opatření číslo 1-2"
    assert comment.resolution == PlanComment.Resolution.PENDING
    receipt, notice = mail.outbox
    assert receipt.to == ["jana@example.org"]
    assert "Opatření by mělo počítat i s víkendovým provozem." in receipt.body
    assert notice.subject.startswith("Nová připomínka k plánu")


def test_citizen_comments_on_the_plan_as_a_whole(client, make_plan):
    plan = make_plan()

    client.post(comment_url(plan), comment_data(target="plan"))

    comment = PlanComment.objects.get()
    assert comment.goal is None and comment.measure is None
    assert comment.target_label == "Plán jako celek"


def test_failed_validation_keeps_what_was_typed_and_explains_in_czech(client, make_plan):
    plan = make_plan()
    typed = "Moje dlouhá připomínka, kterou nechci psát znovu."

    response = client.post(
        comment_url(plan),
        comment_data(email="není-email", consent="", comment=typed, target="measure:9.9.9"),
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert typed in html
    assert 'value="Jana Nováková"' in html
    assert "Zadejte e-mail ve tvaru jmeno@example.cz." in html
    assert "Bez souhlasu se zpracováním osobních údajů připomínku nemůžeme přijmout." in html
    assert "Vybraná část plánu neexistuje." in html
    assert '<a href="#id_email">' in html
    assert 'role="alert"' in html
    assert PlanComment.objects.count() == 0


def test_too_long_comment_is_refused_with_its_length(client, make_plan):
    plan = make_plan()

    response = client.post(comment_url(plan), comment_data(comment="x" * 5001))

    assert response.status_code == 400
    assert "nejvýše 5000 znaků (má 5001)" in response.content.decode()


def test_empty_form_lists_every_missing_field(client, make_plan):
    plan = make_plan()

    response = client.post(comment_url(plan), {})

    html = response.content.decode()
    assert response.status_code == 400
    for message in ("Vyplňte své jméno a příjmení.", "Napište svou připomínku.", "Vyplňte e-mail"):
        assert message in html


def test_robot_filling_the_honeypot_is_refused(client, make_plan):
    plan = make_plan()

    response = client.post(comment_url(plan), comment_data(website="http://spam.example"))

    assert response.status_code == 400
    assert "robotem" in response.content.decode()
    assert PlanComment.objects.count() == 0


def test_too_many_comments_from_one_address_are_slowed_down(client, make_plan):
    plan = make_plan()
    for number in range(COMMENTS_PER_CLIENT.limit):
        client.post(comment_url(plan), comment_data(comment=f"Připomínka {number}"))

    response = client.post(comment_url(plan), comment_data(comment="Ještě jedna připomínka"))

    assert response.status_code == 400
    html = response.content.decode()
    assert "Zkuste to prosím znovu za čtvrt hodiny" in html
    assert "Ještě jedna připomínka" in html
    assert PlanComment.objects.count() == COMMENTS_PER_CLIENT.limit


def test_form_is_closed_outside_the_window_with_dates_shown(client, make_plan):
    today = timezone.localdate()
    plan = make_plan(
        status=PlanStatus.DRAFT,
        consultation_start=today + datetime.timedelta(days=5),
        consultation_end=today + datetime.timedelta(days=30),
    )

    plan_html = client.get(plan.url).content.decode()
    form_response = client.get(comment_url(plan))
    post_response = client.post(comment_url(plan), comment_data())

    start = (today + datetime.timedelta(days=5)).strftime("%-d. %-m. %Y")
    assert f"Připomínkování začne {start}" in plan_html
    assert "Připomínkovat opatření" not in plan_html
    assert "Návrh" in plan_html
    assert "Připomínkování není otevřené" in form_response.content.decode()
    assert post_response.status_code == 403
    assert "Vaše připomínka nebyla uložena" in post_response.content.decode()
    assert comment_data()["comment"] in post_response.content.decode()
    assert PlanComment.objects.count() == 0


def closed_consultation(make_plan):
    """A draft plan whose consultation ended yesterday, its resolution to be published."""
    today = timezone.localdate()
    return make_plan(
        status=PlanStatus.DRAFT,
        consultation_start=today - datetime.timedelta(days=30),
        consultation_end=today - datetime.timedelta(days=1),
        publish_resolution=True,
    )


def test_resolution_table_is_published_after_the_window_without_emails(client, make_plan):
    plan = closed_consultation(make_plan)
    PlanComment.objects.create(
        plan=plan,
        target_label="Plán jako celek",
        name="Petr Svoboda",
        email="petr.tajny@example.org",
        comment="Chybí rozpočet.",
        consent=True,
        resolution=PlanComment.Resolution.PARTLY,
        resolution_reasoning="Rozpočet doplní akční plán.",
    )

    response = client.get(plan.url + "vyporadani/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Chybí rozpočet." in html
    assert "Akceptováno částečně" in html
    assert "Rozpočet doplní akční plán." in html
    assert "petr.tajny@example.org" not in html
    assert 'href="/komunitni-planovani/plan/vyporadani/"' in client.get(plan.url).content.decode()


def test_resolution_table_stays_hidden_while_consultation_runs(client, make_plan):
    plan = make_plan(publish_resolution=True)

    response = client.get(plan.url + "vyporadani/")

    assert response.status_code == 302


def test_form_fields_are_described_and_never_cut_by_the_browser(client, make_plan):
    plan = make_plan()

    response = client.post(comment_url(plan), comment_data(email="spatne"))

    html = response.content.decode()
    assert 'aria-describedby="id_email_hint id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'id="id_email_error"' in html
    assert "maxlength" not in html.split('id="formular"')[1]


@pytest.fixture
def resolved_plan(make_plan):
    """A closed consultation with a published resolution: a comment on measure 1.1.2 and one
    whose text would start a spreadsheet formula."""
    plan = closed_consultation(make_plan)
    measure = plan.measures.get(code="1.1.2")
    PlanComment.objects.create(
        plan=plan,
        measure=measure,
        target_label=measure.label,
        name="Petr Svoboda",
        organisation="Charita Ostrava",
        email="petr.tajny@example.org",
        comment="Chybí víkendový provoz.",
        consent=True,
        resolution=PlanComment.Resolution.ACCEPTED,
        resolution_reasoning="Doplněno do aktivit.",
    )
    PlanComment.objects.create(
        plan=plan,
        target_label="Plán jako celek",
        name='=HYPERLINK("http://zle.example")',
        email="utocnik@example.org",
        comment="+1",
        consent=True,
        resolution=PlanComment.Resolution.REJECTED,
    )
    return plan


def test_resolution_table_downloads_as_csv_without_emails_or_formulas(client, resolved_plan):
    import csv
    import io

    response = client.get(resolved_plan.url + "vyporadani/csv/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["Č.", "Část plánu", "Autor"]
    first, second = rows[1], rows[2]
    assert first[2] == "Petr Svoboda, Charita Ostrava"
    assert first[5:7] == ["Akceptováno", "Doplněno do aktivit."]
    assert first[7].endswith("/opatreni/1-1-2/")
    assert second[2].startswith("'=") and second[3] == "'+1"
    assert "@example.org" not in text
    assert 'vyporadani/csv/"' in client.get(resolved_plan.url + "vyporadani/").content.decode()


def test_resolution_table_downloads_as_xlsx_with_text_cells(client, resolved_plan):
    import io

    from openpyxl import load_workbook

    response = client.get(resolved_plan.url + "vyporadani/xlsx/")

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Č."
    assert values[1][3] == "Chybí víkendový provoz."
    assert values[2][2] == '=HYPERLINK("http://zle.example")'
    assert sheet.cell(row=3, column=3).data_type == "s"
    assert all("@example.org" not in str(value) for row in values for value in row)


def test_resolution_files_are_not_there_before_publication(client, make_plan):
    plan = make_plan(publish_resolution=True)  # consultation still running

    for name in ("vyporadani/csv/", "vyporadani.xlsx"):
        assert client.get(plan.url + name).status_code == 404
