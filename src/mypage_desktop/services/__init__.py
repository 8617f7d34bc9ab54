"""Use cases: one transaction each, plain dataclasses out. No Qt."""
