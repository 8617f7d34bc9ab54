"""The application around the pages: start-up and run time, the controllers that decide which window
is on screen (seeker and staff), the main window with its page registry, the crash handler and the
demo mailbox."""
