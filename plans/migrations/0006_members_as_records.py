"""A working group's member organisations become records (``WorkingGroupMember``) with a
representative and a substitute, instead of blocks of a StreamField.

Every member block becomes a record in its order, linked to the same provider page (when it
still exists) or named; the page's revisions are converted the same way, so a draft or an older
version opened in the admin still lists its members.
"""

import json

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def _member_values(raw):
    """The ``{"page", "name"}`` values of the old StreamField, live or in a revision."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw) if raw else []
        except ValueError:
            raw = []
    for block in raw or []:
        if isinstance(block, dict) and block.get("type") == "member":
            yield block.get("value") or {}


def _provider_id(ProviderPage, value):
    page_id = value.get("page")
    if page_id and ProviderPage.objects.filter(pk=page_id).exists():
        return page_id
    return None


def members_to_records(apps, schema_editor):
    Group = apps.get_model("plans", "WorkingGroupPage")
    Member = apps.get_model("plans", "WorkingGroupMember")
    ProviderPage = apps.get_model("catalogue", "ProviderPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for group in Group.objects.all():
        Member.objects.bulk_create(
            [
                Member(
                    group=group,
                    sort_order=order,
                    provider_id=_provider_id(ProviderPage, value),
                    name=(value.get("name") or "").strip()[:200],
                )
                for order, value in enumerate(_member_values(group.members.raw_data))
            ]
        )

    content_type = ContentType.objects.filter(app_label="plans", model="workinggrouppage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        content = revision.content
        if "members" not in content:
            continue
        content["member_organisations"] = [
            {
                "pk": None,
                "group": int(revision.object_id),
                "sort_order": order,
                "provider": _provider_id(ProviderPage, value),
                "name": (value.get("name") or "").strip()[:200],
                "representative": "",
                "substitute": "",
            }
            for order, value in enumerate(_member_values(content.pop("members")))
        ]
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("catalogue", "0007_opening_hours_kinds_and_age_range"),
        ("plans", "0005_remove_plan_structure"),
    ]

    operations = [
        migrations.CreateModel(
            name="WorkingGroupMember",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "name",
                    models.CharField(
                        blank=True,
                        help_text=(
                            "Vyplňte, pokud organizace není v katalogu (nebo pro jiný název)."
                        ),
                        max_length=200,
                        verbose_name="Název",
                    ),
                ),
                (
                    "representative",
                    models.CharField(blank=True, max_length=120, verbose_name="Zástupce"),
                ),
                (
                    "substitute",
                    models.CharField(blank=True, max_length=120, verbose_name="Náhradník"),
                ),
                (
                    "group",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="member_organisations",
                        to="plans.workinggrouppage",
                    ),
                ),
                (
                    "provider",
                    models.ForeignKey(
                        blank=True,
                        help_text="Vyberte, pokud je organizace v katalogu.",
                        limit_choices_to={"live": True},
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="catalogue.providerpage",
                        verbose_name="Poskytovatel v katalogu",
                    ),
                ),
            ],
            options={
                "verbose_name": "Členská organizace",
                "verbose_name_plural": "Členské organizace",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(members_to_records, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="workinggrouppage",
            name="members",
        ),
    ]
