from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecisionsConfig(AppConfig):
    name = "decisions"
    verbose_name = _("Decisions follow-up")

    def ready(self) -> None:
        from decisions.accounts import (
            middleware,  # noqa: F401  (connects the login signal)
            receivers,  # noqa: F401  (records security events)
            sessions,  # noqa: F401  (records each sign-in's session)
        )
        from decisions.items import touch
        from decisions.models import generation
        from tracker import checks  # noqa: F401  (registers the deployment checks)

        touch.connect()  # what an item page shows moves its items' stamp
        generation.connect()  # every write to the items table replaces their generation
