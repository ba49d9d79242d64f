"""The PySide6 face of Sổ hòa giải. Everything here talks to ``desktop.core.services`` only."""
