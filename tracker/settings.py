"""Settings for the decisions follow-up tracker.

Everything that differs between machines comes from the environment; every
variable is listed in the README. SQLite is the default so that a fresh
checkout runs; DATABASE_URL selects PostgreSQL.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as e:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from e


def envlist(name: str, default: str = "") -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


# Off unless the environment turns it on (`make run` does, for development).
DEBUG = envbool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment when DEBUG is off")
    # Development only: a key that is obviously not for production.
    SECRET_KEY = "django-insecure-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not DEBUG:
    # Production: refuse to start rather than run on a guessed configuration.
    # TRUSTED_PROXY_COUNT too: guessed wrong, either anyone who reaches the app
    # directly forges their address, or every client has the proxy's.
    required = ("ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL", "TRUSTED_PROXY_COUNT")
    missing = [n for n in required if not os.environ.get(n)]
    if missing:
        names = " and ".join(
            [", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing
        )
        raise ImproperlyConfigured(
            f"{names} must be set in the environment when DEBUG is off (see README, Production)"
        )
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",  # allauth's second-factor pages
    "django_filters",
    "axes",
    "decisions",
    # Single sign-on and second factors (django-allauth): see "Single sign-on" below.
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "allauth.mfa",
    "allauth.usersessions",
]

MIDDLEWARE = [
    # First: answers the load balancer's /healthz before the HTTPS redirect
    # and the Host check.
    "tracker.middleware.HealthzMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # django-csp's, its header built once per process (a nonce stays per request).
    "tracker.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, with the user's profile language unless the
    # language cookie says otherwise.
    "decisions.accounts.middleware.ProfileLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, reading the user with the session in one round trip
    # (decisions/accounts/session_user.py).
    "decisions.accounts.session_user.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-allauth's: finishes or drops a sign-in left half way.
    "allauth.account.middleware.AccountMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "decisions.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "tracker.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection is checked with a round trip ("SELECT 1") at the
        # start of each request that queries: the first request after the
        # database restarts is then served instead of answered 503. It costs
        # every page a round trip; off by default (Django's default), as a
        # connection found broken is dropped at the request's end anyway.
        conn_health_checks=envbool("DATABASE_CONN_HEALTH_CHECKS", False),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Take the write lock when a transaction starts and wait for a concurrent
    # writer, instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    )
    # A file, not memory, so that tests of concurrent writers see real locking.
    # One per process, so that two test runs on one checkout do not collide.
    DATABASES["default"]["TEST"] = {"NAME": BASE_DIR / f".test-db-{os.getpid()}.sqlite3"}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français"), ("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Formats Django's own locales lack (the Arabic date-time), tracker/formats/<lang>/.
FORMAT_MODULE_PATH = ["tracker.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # With DEBUG off, whitenoise serves hashed, compressed files made by collectstatic.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Cache and sessions ----------------------------------------------------------
# With REDIS_URL, one cache (Redis) is shared by every gunicorn worker and every
# app server: the dashboard's cached content, and sessions, read from the cache
# and written through to the database (cached_db), so a logout on one server
# ends the session on all of them. Without REDIS_URL each process has its own
# memory cache, so sessions stay in the database alone: a per-process cache
# would keep a session alive in one worker after a logout handled by another.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, building its client object once, not per call.
            "BACKEND": "tracker.redis_cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tracker",
            # Fail within seconds, not minutes, when Redis is unreachable.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # cached_db, reading the session's user with it (decisions/accounts/session_user.py).
    SESSION_ENGINE = "decisions.accounts.session_user"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
# The menu of base.html, rendered once per process for each language, page and
# kind of visitor (signed in, staff, may record updates) and kept in the
# process's memory: it holds no per-user data (the user's name and the forms
# with their CSRF token sit outside it), and it changes only with a deploy.
# A local cache, as Redis would cost a round trip as long as the rendering.
CACHES["nav"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "nav",
    "OPTIONS": {"MAX_ENTRIES": 2000},
}

# The cached content of the dashboard, the lists, the body pages and the
# report pages: in the shared cache, and a copy in each process's memory in
# front of it (its keys hold the change stamp, so a copy never goes stale;
# tracker/layered_cache.py). Up to 256 pages of some 50 to 150 KB each.
CACHES["pages"] = {
    "BACKEND": "tracker.layered_cache.LayeredCache",
    "OPTIONS": {"SHARED": "default", "MAX_ENTRIES": 256},
}

# --- Jobs (Celery) ----------------------------------------------------------------
# Long work (a large report's draft) runs as a job on a Celery worker, with
# Redis as the broker: CELERY_BROKER_URL, or else REDIS_URL. With neither, a
# job runs at once in the request that starts it (task_always_eager): the
# development default, so that `make run` needs no other service.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "") or REDIS_URL
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# The queue the web servers send jobs to and the workers read (a test's worker
# reads one of its own).
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "tracker")
# A job's message is acknowledged when the job ends, not when it starts, and
# given back to the queue if its worker dies: a killed worker's job is run
# again by another worker. Each worker process takes one job at a time.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True  # a job's state is the Job row, not a result backend
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Seconds Redis keeps a message a worker took but did not acknowledge before
# it gives it to another worker (when a whole worker machine is lost, no
# process is left to give it back). Longer than the longest job: a job still
# running when it expires is delivered twice (the second delivery waits for
# the first run's lease, JOB_LEASE_SECONDS, and then finds it done).
# A worker looks for such messages every CELERY_RESTORE_SECONDS.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", 3600),
    "unacked_restore_interval": envint("CELERY_RESTORE_SECONDS", 10),
    "unacked_restore_throttle": 1,
}
# Seconds after its last sign of life (each step) a running job counts as
# dead, so that a redelivered message runs it again.
JOB_LEASE_SECONDS = envint("JOB_LEASE_SECONDS", 120)
# An upload over this many bytes, or a pasted text over this many characters,
# is read as a job (with a progress page); smaller ones in the request.
JOB_THRESHOLD_BYTES = envint("JOB_THRESHOLD_BYTES", 200_000)
JOB_THRESHOLD_CHARS = envint("JOB_THRESHOLD_CHARS", 200_000)
# Seconds a job waits before each step: 0 but in tests that stop a worker mid-job.
JOB_STEP_PAUSE = envint("JOB_STEP_PAUSE", 0)
# Seconds a job may run, whatever its input: past them it fails with a message
# and writes nothing. On a worker the task is interrupted (Celery's soft limit,
# then its hard limit 30 s later kills the process); in the request (no broker)
# each step checks the time. Shorter than CELERY_VISIBILITY_TIMEOUT.
JOB_TIME_LIMIT_SECONDS = envint("JOB_TIME_LIMIT_SECONDS", 900)
# Runs a job may start: a job whose worker died this many times (an input
# that kills its worker) fails instead of being given to another.
JOB_MAX_ATTEMPTS = envint("JOB_MAX_ATTEMPTS", 3)
# Where backups are written: `manage.py backup` by hand, or the backup job
# (started by a superuser at /ops/backups/).
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", "") or BASE_DIR / "backups")
# The schedule's jobs (Celery beat, tracker/celery.py), in TIME_ZONE: the daily
# digests and reminders, and the nightly search for possible duplicates.
# "HH:MM"; empty turns that job off.
SCHEDULE_DIGESTS_AT = os.environ.get("SCHEDULE_DIGESTS_AT", "07:00")
SCHEDULE_REMINDERS_AT = os.environ.get("SCHEDULE_REMINDERS_AT", "07:30")
SCHEDULE_OVERLAPS_AT = os.environ.get("SCHEDULE_OVERLAPS_AT", "02:00")

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "decisions:home"
LOGOUT_REDIRECT_URL = "login"

# Seconds the dashboard's content is kept in the cache. Any update or import
# changes its key at once; the time bounds only what nothing signals (an
# admin renaming a body). 0 turns the cache off.
DASHBOARD_CACHE_SECONDS = envint("DASHBOARD_CACHE_SECONDS", 60)
# The dashboard and the item list key that content by the items' generation, a
# token in the shared cache replaced by every statement writing the items table
# (decisions/models/generation.py), instead of reading the items' change stamp
# from the database on each request. Only with Redis: a cache of each
# process's own would not see the other processes' writes; so every process
# writing the database (workers, cron commands) needs the same REDIS_URL.
ITEMS_GENERATION = bool(REDIS_URL)

# Seconds a generated follow-up report (PDF, DOCX) is kept. Any change to the
# report's items, a re-import or a new day makes a new one at once; this bounds
# only what the key cannot see (an admin renaming a body).
FOLLOWUP_CACHE_SECONDS = envint("FOLLOWUP_CACHE_SECONDS", 3600)

# Open the read-only pages (dashboard, lists, progress pages) to anonymous
# visitors. Off by default: every page then requires a login.
PUBLIC_READ = envbool("PUBLIC_READ", False)

# --- Security -----------------------------------------------------------------
# With DEBUG off the defaults are those of a site served over HTTPS (behind a
# proxy that sets X-Forwarded-Proto); each can be turned off from the environment.
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)
BEHIND_TLS_PROXY = envbool("BEHIND_TLS_PROXY", not DEBUG)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many reverse proxies in front of the app append to X-Forwarded-For; the
# client's address is the entry the outermost one appended (tracker/client_ip.py).
# 0: the header is ignored and the connecting address is the client's.
# Required when DEBUG is off (above); 0 in development.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more")
# The address gunicorn listens on (`make serve`: default 127.0.0.1:8000). Read
# here only for `check --deploy` to warn when the proxy setting does not fit it
# (tracker/checks.py).
BIND = os.environ.get("BIND", "")
# System checks to keep quiet, e.g. tracker.W001 when the app servers listen on
# a network address that a firewall opens to the proxy only.
SILENCED_SYSTEM_CHECKS = envlist("SILENCED_SYSTEM_CHECKS")
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp): no inline script or style, nothing
# from another origin, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins with
# one user name from one client address, that pair is locked for
# AXES_COOLOFF_MINUTES. Not the user name alone (anyone could lock a named
# user out) nor the address alone (one person could lock out an office behind
# one address). The address is the client's, from the trusted proxy.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading the signed-in user from the shared cache.
    "decisions.accounts.backends.CachedModelBackend",
]
# Seconds a user's row and access (role groups, permissions, bodies) are kept
# in the shared cache between requests (decisions/user_access.py). Every change
# deletes them at once; the time only bounds a change made behind the signals'
# back. Only with Redis: a cache of each process's own could not be told.
AUTH_CACHE_SECONDS = envint("AUTH_CACHE_SECONDS", 300) if REDIS_URL else 0
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "tracker.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "decisions.ops.views.locked_out"
AXES_VERBOSE = False
# Days a security event (sign-ins, failed sign-ins, second factors, password
# resets: decisions.SecurityEvent) is kept; `manage.py prune_security_events`,
# run daily, deletes older ones.
SECURITY_EVENTS_RETENTION_DAYS = envint("SECURITY_EVENTS_RETENTION_DAYS", 180)
if SECURITY_EVENTS_RETENTION_DAYS < 1:
    raise ImproperlyConfigured("SECURITY_EVENTS_RETENTION_DAYS must be 1 or more")

# --- Single sign-on (django-allauth) ----------------------------------------------
# The local sign-in page stays Django's (user name and password, locked by
# django-axes). django-allauth adds the organisation's sign-in: OpenID Connect
# (SSO_OIDC_*) and SAML 2.0 (SSO_SAML_*), each shown on the sign-in page when
# configured. Its own sign-up, email and password pages are not mounted
# (tracker/urls.py): accounts come from the admin or from single sign-on.
# decisions/accounts/sso.py decides who may come in (verified email only,
# never an administrator's account by email, roles from a group claim).
ACCOUNT_ADAPTER = "decisions.accounts.sso.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "decisions.accounts.sso.SocialAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False  # matching by email is ours (sso.py)
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_LOGIN_ON_GET = False  # the sign-in button posts (CSRF)
SOCIALACCOUNT_STORE_TOKENS = False
# The client's address for allauth's rate limits and session list, as for axes.
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
# A user's sessions are recorded at sign-in (allauth.usersessions), so that an
# administrator can end them all ("End this user's sessions" in the admin),
# whichever session engine is in use.
USERSESSIONS_TRACK_ACTIVITY = False

# OpenID Connect: the issuer (its /.well-known/openid-configuration is read),
# the client registered there, and the claims that carry the email address
# and the groups. Off unless the issuer and client id are set.
SSO_OIDC_ISSUER = (
    os.environ.get("SSO_OIDC_ISSUER", "") or os.environ.get("SSO_OIDC_SERVER_URL", "")
).rstrip("/")
SSO_OIDC_CLIENT_ID = os.environ.get("SSO_OIDC_CLIENT_ID", "")
if not DEBUG and SSO_OIDC_ISSUER and not SSO_OIDC_ISSUER.startswith("https://"):
    # The ID token comes straight from the token endpoint, trusted for being
    # fetched over TLS: plain HTTP is for the tests' local provider only.
    raise ImproperlyConfigured("SSO_OIDC_ISSUER must be an https:// address when DEBUG is off")
SSO_OIDC_CLIENT_SECRET = os.environ.get("SSO_OIDC_CLIENT_SECRET", "")
# The button's words: "Sign in with <name>".
SSO_OIDC_NAME = os.environ.get("SSO_OIDC_NAME", "") or "OpenID Connect"
SSO_EMAIL_CLAIM = os.environ.get("SSO_EMAIL_CLAIM", "") or "email"
SSO_GROUPS_CLAIM = os.environ.get("SSO_GROUPS_CLAIM", "") or "groups"
# "oic-secretariat=editors,oic-registry=importers": a member of the
# organisation's group gets the project's role (viewers, editors, importers).
SSO_GROUP_ROLES_RAW = os.environ.get("SSO_GROUP_ROLES", "")
SSO_ROLES = ("viewers", "editors", "importers")


def _group_roles(raw: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in raw.split(","):
        if not pair.strip():
            continue
        group, sep, role = pair.rpartition("=")
        if not sep or not group.strip() or role.strip() not in SSO_ROLES:
            raise ImproperlyConfigured(
                f"SSO_GROUP_ROLES: {pair.strip()!r} is not group=role with a role among "
                f"{', '.join(SSO_ROLES)}"
            )
        mapping[group.strip()] = role.strip()
    return mapping


SSO_GROUP_ROLES = _group_roles(SSO_GROUP_ROLES_RAW)
# Staff (is_staff or superuser) may sign in with a local password; 0: only
# through single sign-on (the admin's own sign-in page included).
LOCAL_PASSWORDS_FOR_STAFF = envbool("LOCAL_PASSWORDS_FOR_STAFF", True)


def _origin(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


SOCIALACCOUNT_PROVIDERS: dict = {
    "openid_connect": {
        # allauth's provider, which also sends a nonce and checks it.
        "provider_class": "decisions.accounts.sso.OrganisationOIDCProvider",
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [],
    },
    "saml": {"APPS": []},
}
if SSO_OIDC_ISSUER and SSO_OIDC_CLIENT_ID:
    SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"].append(
        {
            "provider_id": "organisation",
            "name": SSO_OIDC_NAME,
            "client_id": SSO_OIDC_CLIENT_ID,
            "secret": SSO_OIDC_CLIENT_SECRET,
            "settings": {"server_url": SSO_OIDC_ISSUER, "fetch_userinfo": True},
        }
    )
    # The sign-in button posts here, and the answer is a redirect to the
    # provider: the browser applies form-action to it.
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"].append(_origin(SSO_OIDC_ISSUER))

# --- Second factor (django-allauth's mfa) ------------------------------------------
# TOTP with recovery codes for everyone, and security keys or passkeys
# (WebAuthn) where the browser has them: /accounts/2fa/. A password sign-in
# goes on to the second step when the user has a factor (decisions.ops.views
# _LoginView), as does a sign-in through the organisation.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_ADAPTER = "decisions.accounts.mfa.MFAAdapter"
MFA_FORMS = {
    "authenticate": "decisions.accounts.mfa.AuthenticateForm",
    "reauthenticate": "decisions.accounts.mfa.ReauthenticateForm",
    "add_webauthn": "decisions.accounts.mfa.AddWebAuthnForm",
    "edit_webauthn": "decisions.accounts.mfa.EditWebAuthnForm",
}
# Confirming who one is before changing one's factors: the password or a
# factor. Not a code sent by email (those pages are not mounted); a user of the
# organisation with neither may go on for a few minutes after signing in
# (decisions.accounts.factors.sign_in_counts_as_confirmation).
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "mfa")
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "") or "OIC follow-up"
# Time steps (of 30 s) either side of now whose code is accepted: 1 takes the
# previous step's code (a phone's clock a little late, a code typed as it
# changed). A replayed code, or an older one once a newer one was used, is
# refused whatever the tolerance (decisions/accounts/factors.py).
MFA_TOTP_TOLERANCE = envint("MFA_TOTP_TOLERANCE", 1)
if not 0 <= MFA_TOTP_TOLERANCE <= 2:
    raise ImproperlyConfigured("MFA_TOTP_TOLERANCE must be 0, 1 or 2")
# Security keys over plain http on 127.0.0.1: development and tests only.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG and envbool("MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN", True)
# Signing in with a passkey alone, without a password: off (the sign-in page is
# Django's, with a password; a key is the second step).
MFA_PASSKEY_LOGIN_ENABLED = False
# The roles that must have a second factor: "staff" (staff flag or superuser),
# "superusers", or a group (editors, importers, viewers, focal points). Such a
# user without a factor is sent to add one from every page
# (decisions.accounts.middleware.SecondFactorRequiredMiddleware).
MFA_REQUIRED_FOR = envlist("MFA_REQUIRED_FOR", "" if DEBUG else "staff,editors,importers")
MIDDLEWARE.insert(
    MIDDLEWARE.index("allauth.account.middleware.AccountMiddleware") + 1,
    "decisions.accounts.middleware.SecondFactorRequiredMiddleware",
)

# SAML 2.0, where the organisation has no OpenID Connect: the IdP's entity id,
# and either its metadata address or its sign-in address and signing
# certificate (PEM, the lines between BEGIN and END, or the whole). The
# assertion must be signed and answer a request sent from the same browser
# (sign-ins the IdP starts on its own are refused). The email attribute is
# taken as verified by the IdP (the organisation's own directory) unless
# SSO_SAML_EMAIL_VERIFIED=0, which then asks for an `email_verified` attribute.
SSO_SAML_IDP_ENTITY_ID = os.environ.get("SSO_SAML_IDP_ENTITY_ID", "")
SSO_SAML_IDP_METADATA_URL = os.environ.get("SSO_SAML_IDP_METADATA_URL", "")
SSO_SAML_IDP_SSO_URL = os.environ.get("SSO_SAML_IDP_SSO_URL", "")
SSO_SAML_IDP_SLO_URL = os.environ.get("SSO_SAML_IDP_SLO_URL", "")
SSO_SAML_IDP_X509_CERT = os.environ.get("SSO_SAML_IDP_X509_CERT", "")
SSO_SAML_NAME = os.environ.get("SSO_SAML_NAME", "") or "SAML"
# The address part of this app's SAML pages: /accounts/saml/<slug>/acs/ etc.
SSO_SAML_SLUG = os.environ.get("SSO_SAML_SLUG", "") or "organisation"
SSO_SAML_UID_ATTRIBUTE = os.environ.get("SSO_SAML_UID_ATTRIBUTE", "")  # "": the NameID
SSO_SAML_EMAIL_ATTRIBUTE = os.environ.get("SSO_SAML_EMAIL_ATTRIBUTE", "") or "email"
SSO_SAML_GROUPS_ATTRIBUTE = os.environ.get("SSO_SAML_GROUPS_ATTRIBUTE", "") or SSO_GROUPS_CLAIM
SSO_SAML_EMAIL_VERIFIED = envbool("SSO_SAML_EMAIL_VERIFIED", True)


def saml_app(*, entity_id: str, slug: str, name: str, idp: dict) -> dict:
    """The SAML app as django-allauth reads it (tests build theirs with it)."""
    mapping = {"email": SSO_SAML_EMAIL_ATTRIBUTE, "email_verified": "email_verified"}
    if SSO_SAML_UID_ATTRIBUTE:
        mapping["uid"] = SSO_SAML_UID_ATTRIBUTE
    return {
        "name": name,
        "provider_id": entity_id,
        "client_id": slug,
        "settings": {
            "attribute_mapping": mapping,
            "idp": {"entity_id": entity_id, **idp},
            "advanced": {
                "strict": True,
                "want_assertion_signed": True,
                "reject_idp_initiated_sso": True,
                "reject_deprecated_algorithm": True,
            },
        },
    }


if SSO_SAML_IDP_ENTITY_ID and (
    SSO_SAML_IDP_METADATA_URL or (SSO_SAML_IDP_SSO_URL and SSO_SAML_IDP_X509_CERT)
):
    _idp = (
        {"metadata_url": SSO_SAML_IDP_METADATA_URL}
        if SSO_SAML_IDP_METADATA_URL
        else {
            "sso_url": SSO_SAML_IDP_SSO_URL,
            "x509cert": SSO_SAML_IDP_X509_CERT,
            **({"slo_url": SSO_SAML_IDP_SLO_URL} if SSO_SAML_IDP_SLO_URL else {}),
        }
    )
    SOCIALACCOUNT_PROVIDERS["saml"]["APPS"].append(
        saml_app(entity_id=SSO_SAML_IDP_ENTITY_ID, slug=SSO_SAML_SLUG, name=SSO_SAML_NAME, idp=_idp)
    )
    if SSO_SAML_IDP_SSO_URL:
        CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"].append(_origin(SSO_SAML_IDP_SSO_URL))

# --- Email, reminders, absolute links -------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "OIC follow-up <no-reply@localhost>")
# Required when DEBUG is off (checked above): links in emails and calendars.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
REMINDER_DAYS_AHEAD = envint("REMINDER_DAYS_AHEAD", 14)

# Password reset by email. In production the reset link must not end up in
# the server log: the console backend is refused unless reset is turned off
# (PASSWORD_RESET_ENABLED=0: no reset pages, "ask an administrator").
PASSWORD_RESET_ENABLED = envbool("PASSWORD_RESET_ENABLED", True)
if (
    not DEBUG
    and PASSWORD_RESET_ENABLED
    and EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend"
):
    raise ImproperlyConfigured(
        "EMAIL_BACKEND is the console backend, which would print password reset links "
        "to the server log: set EMAIL_BACKEND (and EMAIL_HOST) to send real email, or "
        "PASSWORD_RESET_ENABLED=0 to turn password reset off (see README, Production)"
    )
# Reset requests accepted per hour from one client address, and for one email
# address; beyond them the same page is shown and no email is sent.
PASSWORD_RESET_PER_IP_PER_HOUR = envint("PASSWORD_RESET_PER_IP_PER_HOUR", 5)
PASSWORD_RESET_PER_EMAIL_PER_HOUR = envint("PASSWORD_RESET_PER_EMAIL_PER_HOUR", 3)
# Every reset request takes at least this long, whether the address is known
# (an email is sent) or not, so that timing does not tell which.
PASSWORD_RESET_MIN_SECONDS = float(os.environ.get("PASSWORD_RESET_MIN_SECONDS", "1.0"))

# Every handler masks calendar keys (tracker/log_masking.py): django.request
# logs the path of a 404, django.server (runserver) the request line. Django's
# own handlers on "django" are replaced by the root's, which masks.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask_calendar_keys": {"()": "tracker.log_masking.CalendarKeyFilter"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["mask_calendar_keys"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["mask_calendar_keys"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}

# The review before import posts every paragraph's fields in one form (about
# five a paragraph, empty ones too): a 400-paragraph report sends some 2,000,
# past Django's default of 1,000, which refused it (400) and lost the review.
# The body stays capped by DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20_000

# --- Follow-up workflow: review, evidence files ---------------------------------
# Focal points' updates go to an editor's review, except for the bodies
# listed here (comma-separated slugs), whose focal points' updates apply at once.
REVIEW_SKIP_BODIES = envlist("REVIEW_SKIP_BODIES")
# The largest evidence file accepted, in bytes.
EVIDENCE_MAX_BYTES = envint("EVIDENCE_MAX_BYTES", 10 * 1024 * 1024)
# Uploaded evidence. Never served by a URL pattern nor by whitenoise: every
# download goes through a view that checks the user may see it. No MEDIA_URL.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "") or BASE_DIR / "media")
FILE_UPLOAD_PERMISSIONS = 0o640
if os.environ.get("STORAGE_S3_BUCKET"):
    # An S3-compatible object store (django-storages); private objects, never
    # a public URL (downloads still go through the view).
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["STORAGE_S3_BUCKET"],
            "endpoint_url": os.environ.get("STORAGE_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("STORAGE_S3_REGION") or None,
            "access_key": os.environ.get("STORAGE_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("STORAGE_S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("STORAGE_S3_PREFIX", "tracker"),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# --- Read API (decisions/api/), search, themes -----------------------------------
# Django REST framework for the read API at /api/v1/, drf-spectacular for its
# OpenAPI schema, the sidecar for the Swagger UI files (served from here: no CDN).
INSTALLED_APPS += ["rest_framework", "drf_spectacular", "drf_spectacular_sidecar"]

# Requests a user's API keys may make, e.g. "1000/hour" (DRF's UserRateThrottle,
# counted in the cache: per process with the default local-memory cache, shared
# with Redis).
API_THROTTLE_RATE = os.environ.get("API_THROTTLE_RATE", "1000/hour")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # First, so that a request without credentials gets 401 (WWW-Authenticate: Token).
        "decisions.api.auth.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["decisions.api.auth.HasRole"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "decisions.api.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": API_THROTTLE_RATE},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "OIC decisions follow-up: read API",
    "DESCRIPTION": (
        "Reports, their operative paragraphs, the bodies asked to act, the action items "
        "and their history. Read-only. Send `Authorization: Token <key>`; keys are made "
        "and revoked at /api/tokens/."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Status appears as status, old_status and new_status: one enum for all three.
    "ENUM_NAME_OVERRIDES": {"StatusEnum": "decisions.models.Status"},
}
