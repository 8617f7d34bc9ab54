"""The office server checks passwords with libsodium's argon2id (services/hashing.py,
docs/security.md §argon2-on-the-server): the same answer as argon2-cffi for every stored form
argon2-cffi makes, right and wrong secrets, odd strings; hashes are still argon2-cffi's."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, Type, extract_parameters
from hypothesis import given, settings, strategies as st

from mypage_desktop.services.hashing import BoundedHasher, Hasher

PARAMETERS = [(1, 8, 1), (1, 64, 8), (2, 1024, 2), (3, 4096, 4), (2, 19456, 1)]


@pytest.fixture(scope="module")
def hasher() -> BoundedHasher:
    return BoundedHasher(1, 1024, 4, workers=2, queue=8)


def test_the_server_checks_with_libsodium(hasher: BoundedHasher) -> None:
    # PyNaCl comes with the server extra (and the test extra): not falling back silently here.
    assert hasher._sodium_verify is not None


@pytest.mark.parametrize(("time_cost", "memory_kib", "lanes"), PARAMETERS)
def test_libsodium_answers_as_argon2_cffi_for_each_stored_form(hasher: BoundedHasher, time_cost: int,
                                                                memory_kib: int, lanes: int) -> None:
    stored = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=lanes,
                            type=Type.ID).hash("Kiosk#Pass1")
    plain = Hasher(time_cost, memory_kib, lanes)
    for secret in ("Kiosk#Pass1", "Kiosk#Pass2", "kiosk#pass1", "", "Kiosk#Pass1 "):
        assert hasher.verify(stored, secret) is plain.verify(stored, secret) is (secret == "Kiosk#Pass1")


@settings(max_examples=40, deadline=None)
@given(secret=st.text(max_size=40), guess=st.text(max_size=40))
def test_any_text_gets_the_same_answer(hasher: BoundedHasher, secret: str, guess: str) -> None:
    stored = Hasher(1, 64, 2).hash(secret)
    assert hasher.verify(stored, guess) is (guess == secret)
    assert hasher.verify(stored, secret) is True


def test_the_production_form_is_checked_and_still_made_by_argon2_cffi() -> None:
    production = BoundedHasher(workers=1, queue=1)
    stored = production.hash("Counter#Pass9")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")  # C1: the form does not change
    assert extract_parameters(stored).parallelism == 4
    assert production.verify(stored, "Counter#Pass9")
    assert not production.verify(stored, "Counter#Pass8")


@pytest.mark.parametrize("stored", [
    "",
    "not a hash",
    "$argon2id$v=19$m=1024,t=1,p=4$c2FsdHNhbHQ$",
    "$argon2id$v=19$m=1024,t=1,p=4$@@@@$@@@@",
    "$argon2id$v=16$m=1024,t=1,p=4$c2FsdHNhbHRzYWx0$c2FsdHNhbHRzYWx0c2FsdHNhbHQ",
    "$argon2id$v=19$m=1024,t=1,p=4$" + "c2FsdA" * 30 + "$" + "c2FsdA" * 10,
])
def test_a_damaged_stored_value_is_a_wrong_password_not_an_error(hasher: BoundedHasher, stored: str) -> None:
    assert hasher.verify(stored, "Kiosk#Pass1") is False


def test_an_argon2i_value_is_checked_by_argon2_cffi(hasher: BoundedHasher) -> None:
    stored = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=2, type=Type.I).hash("Kiosk#Pass1")
    assert hasher.verify(stored, "Kiosk#Pass1")
    assert not hasher.verify(stored, "Kiosk#Pass2")


def test_an_unknown_account_costs_a_check_and_fails(hasher: BoundedHasher) -> None:
    assert hasher.verify(None, "Kiosk#Pass1") is False
