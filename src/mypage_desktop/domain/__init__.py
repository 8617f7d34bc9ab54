"""Pure rules: validation, formats, validity periods. No Qt, no SQL."""
