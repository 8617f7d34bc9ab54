"""The remote back end: the façades over HTTPS to the office server, and the wire format the
server shares."""
