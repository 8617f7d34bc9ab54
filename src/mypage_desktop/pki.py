"""The office CA and the certificates of the office server and its PCs (issue 10).

Mutual TLS proves "an enrolled office PC" (docs/security.md, N2): the server accepts only
client certificates signed by the office CA, and the PCs accept only a server certificate
signed by it. Keys are EC P-256 (small, fast handshakes). Everything here is bytes in, bytes
out; the callers decide where files go (0600 for keys).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from mypage_desktop.tls import client_ssl_context as client_ssl_context  # here too: the CLI and the tests use it

CA_DAYS = 3650
SERVER_DAYS = 825
DEVICE_DAYS = 825


class CertificateRequestError(ValueError):
    """A certificate request that cannot be signed (unreadable, bad signature, weak key)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _name(common_name: str, office: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if office:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, office))
    return x509.Name(parts)


def create_ca(common_name: str, *, days: int = CA_DAYS) -> tuple[bytes, bytes]:
    """(certificate PEM, private key PEM) of a new office CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name)
    now = _now()
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM), _key_pem(key)


def _load_ca(ca_cert_pem: bytes, ca_key_pem: bytes) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    cert = x509.load_pem_x509_certificate(ca_cert_pem)
    key = serialization.load_pem_private_key(ca_key_pem, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("the office CA key must be an EC key")
    return cert, key


def _leaf(ca_cert: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey, subject: x509.Name,
          public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey, usage: x509.ObjectIdentifier,
          days: int, alt_names: list[x509.GeneralName] | None = None) -> x509.Certificate:
    now = _now()
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(ca_cert.subject).public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
    )
    if alt_names:
        builder = builder.add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
    return builder.sign(ca_key, hashes.SHA256())


def issue_server_certificate(ca_cert_pem: bytes, ca_key_pem: bytes, hostnames: list[str], *,
                             days: int = SERVER_DAYS) -> tuple[bytes, bytes]:
    """(certificate PEM, key PEM) for the office server, valid for ``hostnames`` (names or
    IP addresses, as the PCs' ``server_url`` will say)."""
    ca_cert, ca_key = _load_ca(ca_cert_pem, ca_key_pem)
    key = ec.generate_private_key(ec.SECP256R1())
    alt: list[x509.GeneralName] = []
    for host in hostnames:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            alt.append(x509.DNSName(host))
    cert = _leaf(ca_cert, ca_key, _name(hostnames[0]), key.public_key(), ExtendedKeyUsageOID.SERVER_AUTH, days, alt)
    return cert.public_bytes(serialization.Encoding.PEM), _key_pem(key)


def make_device_request(common_name: str) -> tuple[bytes, bytes]:
    """(private key PEM, CSR PEM) made on the new PC; the key never leaves it."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(_name(common_name)).sign(key, hashes.SHA256())
    return _key_pem(key), csr.public_bytes(serialization.Encoding.PEM)


def check_request(csr_pem: str) -> x509.CertificateSigningRequest:
    """A readable CSR with a valid signature and a strong key, or CertificateRequestError."""
    try:
        csr = x509.load_pem_x509_csr(csr_pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise CertificateRequestError("unreadable") from exc
    if not csr.is_signature_valid:
        raise CertificateRequestError("bad signature")
    key = csr.public_key()
    strong = (isinstance(key, ec.EllipticCurvePublicKey) and key.curve.key_size >= 256) or \
        (isinstance(key, rsa.RSAPublicKey) and key.key_size >= 2048)
    if not strong:
        raise CertificateRequestError("weak key")
    return csr


def sign_device_request(ca_cert_pem: bytes, ca_key_pem: bytes, csr_pem: str, device_uid: str, *,
                        days: int = DEVICE_DAYS) -> tuple[str, str]:
    """(certificate PEM, serial as hex) for an approved PC: the subject is its device id, not
    what the request asked for; usable only as a TLS client."""
    csr = check_request(csr_pem)
    ca_cert, ca_key = _load_ca(ca_cert_pem, ca_key_pem)
    public_key = csr.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey)
    cert = _leaf(ca_cert, ca_key, _name(device_uid), public_key, ExtendedKeyUsageOID.CLIENT_AUTH, days)
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii"), format(cert.serial_number, "x")


DeviceSigner = Callable[[str, str], tuple[str, str]]


def device_signer(ca_file: Path, ca_key_file: Path) -> DeviceSigner:
    """The office CA as ``ServiceContext.device_signer`` wants it (CSR PEM, device id →
    certificate PEM, serial), used by the server and by ``mypage-admin device approve``. Both
    files are read now, so a missing or unreadable one is an error at start (OSError)."""
    ca_cert, ca_key = ca_file.read_bytes(), ca_key_file.read_bytes()
    return lambda csr_pem, device_uid: sign_device_request(ca_cert, ca_key, csr_pem, device_uid)


def write_private(path: Path, data: bytes) -> None:
    """Writes a key or token readable by its owner only (0600), replacing any old file."""
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)
