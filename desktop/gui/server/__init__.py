"""The ward office's book on a PostgreSQL server: the dialog that connects to it and logs in,
and the File menu's action that opens it."""

from desktop.gui.server.action import connections, server_action
from desktop.gui.server.connect_dialog import RecentServers, ServerConnectDialog

__all__ = ["RecentServers", "ServerConnectDialog", "connections", "server_action"]
