"""Everything an editor could try to change, as plain data: equal snapshots mean no change."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    TaskState,
    WorkflowPage,
    WorkflowState,
)

from catalogue.editors.models import ProviderTeam
from catalogue.models import ServicePage, ServiceType
from portal.models import SiteSettings


def rows(queryset, *fields):
    return list(queryset.order_by("pk").values_list("pk", *fields))


def database_state():
    User = get_user_model()
    return {
        "pages": rows(
            Page.objects,
            "path",
            "title",
            "draft_title",
            "slug",
            "live",
            "has_unpublished_changes",
            "latest_revision_id",
            "live_revision_id",
            "locked",
            "owner_id",
        ),
        "services": rows(ServicePage.objects, "last_verified", "summary"),
        "revisions": rows(Revision.objects, "object_id"),
        "restrictions": rows(PageViewRestriction.objects, "page_id"),
        "images": rows(Image.objects, "title", "collection_id"),
        "documents": rows(Document.objects, "title", "collection_id"),
        "collections": rows(Collection.objects, "name", "path"),
        "page_permissions": rows(GroupPagePermission.objects, "group_id", "page_id", "permission"),
        "collection_permissions": rows(
            GroupCollectionPermission.objects, "group_id", "collection_id", "permission"
        ),
        "groups": rows(Group.objects, "name"),
        "group_permissions": rows(Group.permissions.through.objects, "group_id", "permission_id"),
        "users": rows(User.objects, "username", "email", "is_superuser", "is_staff", "is_active"),
        "memberships": rows(User.groups.through.objects, "user_id", "group_id"),
        "teams": rows(ProviderTeam.objects, "provider_id", "group_id", "collection_id"),
        "service_types": rows(ServiceType.objects, "name", "slug"),
        "workflow_states": rows(WorkflowState.objects, "status"),
        "task_states": rows(TaskState.objects, "status"),
        "workflow_pages": rows(WorkflowPage.objects, "workflow_id"),
        "sites": rows(Site.objects, "hostname", "root_page_id", "is_default_site"),
        "site_settings": rows(SiteSettings.objects, "email", "phone"),
    }
