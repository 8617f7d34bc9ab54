"""mypage-desktop: the HelloWork 求職者マイページ as a desktop application."""

__version__ = "0.1.0"
