"""A small, real SAML 2.0 identity provider for the tests, on 127.0.0.1.

/sso takes the service provider's AuthnRequest (HTTP-Redirect binding) and
answers the page an IdP answers: a form that posts a signed Response to the
request's AssertionConsumerServiceURL (HTTP-POST binding). The assertion is
signed RS256/SHA-256 with xmlsec (python3-saml's signing helper) under a key
and self-signed certificate made when the IdP starts. No login form: it signs
in whoever the test put in `next_person` (attribute name -> values).

The test steers the next answer (`sign`, `in_response_to`) to play hostile
cases; the application verifies everything itself.
"""

from __future__ import annotations

import base64
import datetime
import html
import re
import secrets
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from onelogin.saml2.utils import OneLogin_Saml2_Utils


def _key_and_certificate() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test idp")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode()
    return key_pem, cert.public_bytes(serialization.Encoding.PEM).decode()


def _instant(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class IdentityProvider:
    def __init__(self) -> None:
        self.key_pem, self.cert_pem = _key_and_certificate()
        self.next_person: dict[str, list[str]] = {}
        self.name_id = "amina@oic-oci.org"
        self.sign = True
        self.in_response_to: str | None = None  # None: the request's own ID
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.entity_id = f"{self.url}/metadata"
        self.sso_url = f"{self.url}/sso"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> IdentityProvider:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def certificate(self) -> str:
        """The certificate's base64 body, as SSO_SAML_IDP_X509_CERT holds it."""
        return "".join(line for line in self.cert_pem.splitlines() if "-----" not in line)

    def response(self, request_xml: str) -> tuple[str, str]:
        """(where to post, the base64 SAMLResponse) for this AuthnRequest."""
        request_id = re.search(r'\bID="([^"]+)"', request_xml)[1]
        acs = html.unescape(re.search(r'AssertionConsumerServiceURL="([^"]+)"', request_xml)[1])
        audience = re.search(r"<saml:Issuer[^>]*>([^<]+)</saml:Issuer>", request_xml)[1]
        answers = self.in_response_to or request_id
        now = datetime.datetime.now(datetime.UTC)
        later = now + datetime.timedelta(minutes=5)
        assertion_id, response_id = f"_a{secrets.token_hex(16)}", f"_r{secrets.token_hex(16)}"
        attributes = "".join(
            f"<saml:Attribute Name={quoteattr(name)}>"
            + "".join(
                f'<saml:AttributeValue xsi:type="xs:string">{escape(v)}</saml:AttributeValue>'
                for v in values
            )
            + "</saml:Attribute>"
            for name, values in self.next_person.items()
        )
        assertion = (
            '<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            f'ID="{assertion_id}" Version="2.0" IssueInstant="{_instant(now)}">'
            f"<saml:Issuer>{escape(self.entity_id)}</saml:Issuer>"
            "<saml:Subject>"
            '<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">'
            f"{escape(self.name_id)}</saml:NameID>"
            '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">'
            f'<saml:SubjectConfirmationData InResponseTo="{answers}" '
            f'NotOnOrAfter="{_instant(later)}" Recipient={quoteattr(acs)}/>'
            "</saml:SubjectConfirmation></saml:Subject>"
            f'<saml:Conditions NotBefore="{_instant(now - datetime.timedelta(minutes=1))}" '
            f'NotOnOrAfter="{_instant(later)}">'
            f"<saml:AudienceRestriction><saml:Audience>{escape(audience)}</saml:Audience>"
            "</saml:AudienceRestriction></saml:Conditions>"
            f'<saml:AuthnStatement AuthnInstant="{_instant(now)}" '
            f'SessionIndex="_s{secrets.token_hex(8)}"><saml:AuthnContext>'
            "<saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password"
            "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
            f"<saml:AttributeStatement>{attributes}</saml:AttributeStatement>"
            "</saml:Assertion>"
        )
        if self.sign:
            signed = OneLogin_Saml2_Utils.add_sign(assertion, self.key_pem, self.cert_pem)
            assertion = signed.decode() if isinstance(signed, bytes) else signed
            assertion = re.sub(r"^<\?xml[^>]*\?>\s*", "", assertion)
        response = (
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
            'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
            f'ID="{response_id}" Version="2.0" IssueInstant="{_instant(now)}" '
            f'Destination={quoteattr(acs)} InResponseTo="{answers}">'
            f"<saml:Issuer>{escape(self.entity_id)}</saml:Issuer>"
            '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>'
            f"</samlp:Status>{assertion}</samlp:Response>"
        )
        return acs, base64.b64encode(response.encode()).decode()


def _handler(idp: IdentityProvider):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path != "/sso" or "SAMLRequest" not in query:
                self.send_response(404)
                self.end_headers()
                return
            request_xml = zlib.decompress(base64.b64decode(query["SAMLRequest"]), -15).decode()
            acs, response = idp.response(request_xml)
            relay = query.get("RelayState", "")
            page = (
                "<!doctype html><html><body>"
                f'<form method="post" action="{html.escape(acs)}">'
                f'<input type="hidden" name="SAMLResponse" value="{response}">'
                f'<input type="hidden" name="RelayState" value="{html.escape(relay)}">'
                '<button type="submit">Continue</button></form></body></html>'
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

    return Handler
