"""The domain: reports, their operative paragraphs, the bodies asked to act,
the action items that follow each request, and the append-only history of
what happened to each item. One module per area; everything is re-exported
here, so `from decisions.models import ActionItem` works as before."""

from decisions.models.bodies import (
    STATE_KINDS,
    Body,
    BodyKind,
    BodyManager,
    BodyQuerySet,
    WorkingLanguage,
)
from decisions.models.calendar import CalendarToken, ReminderSent, new_calendar_key
from decisions.models.catalog import ApiToken, Theme, ThemeKind
from decisions.models.correspondence import Letter, LetterKind, Reply
from decisions.models.intake import ImportDraft, ImportDraftQuerySet
from decisions.models.items import (
    ActionItem,
    ActionItemQuerySet,
    StatusUpdate,
    StatusUpdateQuerySet,
)
from decisions.models.job_runs import JobRun, RoutineJob
from decisions.models.jobs import Job, JobKind, JobQuerySet, JobState
from decisions.models.lineage import LifecycleDecision, OverlapFlag, RenewalLink
from decisions.models.people import DigestSent, EmailMode, Notification, Profile, Watch
from decisions.models.reports import (
    Decision,
    DecisionKind,
    DecisionQuerySet,
    DecisionTranslation,
    Report,
    ReportManager,
    ReportQuerySet,
    ReportTranslation,
)
from decisions.models.responses import (
    ANSWERED_STATUSES,
    RESPONSE_COLOURS,
    MemberResponse,
    MemberResponseChange,
    MemberResponseChangeQuerySet,
    MemberResponseQuerySet,
    Membership,
    MembershipQuerySet,
    ResponseStatus,
)
from decisions.models.security import SecurityEvent, SecurityEventKind, SecurityEventQuerySet
from decisions.models.status import (
    CLOSED_STATUSES,
    STATUS_COLOURS,
    Status,
    overdue_q,
    progress_counts,
    status_rows,
)
from decisions.models.trend_days import TrendDay, TrendState
from decisions.models.workflow import Comment, Evidence, PublicStatus, Submission, SubmissionState

__all__ = [
    "TrendDay",
    "TrendState",
    "SecurityEvent",
    "SecurityEventKind",
    "SecurityEventQuerySet",
    "Job",
    "JobRun",
    "ANSWERED_STATUSES",
    "RESPONSE_COLOURS",
    "MemberResponse",
    "MemberResponseChange",
    "MemberResponseChangeQuerySet",
    "MemberResponseQuerySet",
    "Membership",
    "MembershipQuerySet",
    "ResponseStatus",
    "RoutineJob",
    "JobKind",
    "JobQuerySet",
    "JobState",
    "ApiToken",
    "Theme",
    "ThemeKind",
    "Comment",
    "DigestSent",
    "EmailMode",
    "Notification",
    "Profile",
    "Watch",
    "Evidence",
    "Letter",
    "LetterKind",
    "PublicStatus",
    "Reply",
    "Submission",
    "SubmissionState",
    "CLOSED_STATUSES",
    "STATE_KINDS",
    "STATUS_COLOURS",
    "ActionItem",
    "ActionItemQuerySet",
    "Body",
    "BodyKind",
    "WorkingLanguage",
    "BodyManager",
    "BodyQuerySet",
    "CalendarToken",
    "Decision",
    "DecisionKind",
    "DecisionQuerySet",
    "DecisionTranslation",
    "ImportDraft",
    "ImportDraftQuerySet",
    "LifecycleDecision",
    "OverlapFlag",
    "ReminderSent",
    "RenewalLink",
    "Report",
    "ReportManager",
    "ReportQuerySet",
    "ReportTranslation",
    "Status",
    "StatusUpdate",
    "StatusUpdateQuerySet",
    "new_calendar_key",
    "overdue_q",
    "progress_counts",
    "status_rows",
]
