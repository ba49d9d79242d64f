"""The exchange with the ward office in the GUI: send, receive (dry run first)."""

from desktop.gui.exchange.actions import exchange_actions

__all__ = ["exchange_actions"]
