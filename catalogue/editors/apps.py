from django.apps import AppConfig


class EditorsConfig(AppConfig):
    name = "catalogue.editors"
    label = "catalogue_editors"
    verbose_name = "Editoři poskytovatelů"

    def ready(self):
        from wagtail.signals import workflow_approved

        from catalogue.editors.workflow import verify_approved_service

        workflow_approved.connect(verify_approved_service, dispatch_uid="verify_approved_service")
