"""Qt only: windows, wizard pages, dialogs, table models. Reaches data through the façade."""
